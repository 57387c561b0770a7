package io.switchboard.contract.refs;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.source.FileScope;
import io.switchboard.flow.source.SourceDocument;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Follows references, into the same document or into other files beside it. Each other file is read once per
 * resolver; a resolver lives as long as one validation or one navigation.
 */
public final class ReferenceResolver {

    /** Why a reference leads nowhere, said so that a person can fix it. */

    private final SourceDocument home;
    private final Map<Path, Object> otherFiles = new HashMap<>();
    private FileScope scope;

    /** Other files must lie in the home document's workspace ({@link FileScope#ofWorkspace}). */
    public ReferenceResolver(SourceDocument home) {
        this.home = home;
    }

    public Optional<ReferenceTarget> resolve(Reference reference) {
        return resolveOrExplain(reference).left();
    }

    public Result resolveOrExplain(Reference reference) {
        if (reference.value().startsWith("http://") || reference.value().startsWith("https://")) {
            return Result.failed("remote references are not followed: " + reference.value());
        }
        SourceDocument document;
        if (reference.isLocal()) {
            document = home;
        } else {
            Path base = home.file().toAbsolutePath().getParent();
            Path target = base == null ? Path.of(reference.file()) : base.resolve(reference.file()).normalize();
            Object loaded = otherFiles.computeIfAbsent(target, this::load);
            if (loaded instanceof String problem) {
                return Result.failed(problem);
            }
            document = (SourceDocument) loaded;
        }
        if (!reference.pointer().isEmpty() && !reference.pointer().startsWith("/")) {
            return Result.failed("'" + reference.value() + "' is not a JSON pointer (it must start with #/)");
        }
        JsonNode node = document.root().at(reference.pointer());
        if (node.isMissingNode()) {
            String where = reference.isLocal() ? "this document" : reference.file();
            return Result.failed("'" + reference.value() + "' does not resolve: " + where + " has nothing at "
                    + (reference.pointer().isEmpty() ? "its root" : reference.pointer()));
        }
        return Result.found(new ReferenceTarget(document.file(), reference.pointer(),
                document.locateKey(reference.pointer())));
    }

    private Object load(Path file) {
        if (scope == null) {
            // Looked for only when another file is referred to: most contracts never do.
            scope = FileScope.ofWorkspace(home.file());
        }
        try {
            scope.check(file);
        } catch (FileScope.OutsideScopeException e) {
            return "the referenced file " + e.getMessage();
        }
        if (!Files.isRegularFile(file)) {
            return "the referenced file " + file.getFileName() + " does not exist";
        }
        try {
            return SourceDocument.read(file);
        } catch (SourceFormatException e) {
            return "the referenced file " + file.getFileName() + " cannot be read at " + e.location() + ": "
                    + e.withoutQuotes();
        } catch (IOException e) {
            return "the referenced file " + file.getFileName() + " cannot be read: " + e.getMessage();
        }
    }

    /** A target, or the reason there is none. */
    public record Result(ReferenceTarget target, String problem) {

        static Result found(ReferenceTarget target) {
            return new Result(target, null);
        }

        static Result failed(String problem) {
            return new Result(null, problem);
        }

        public boolean resolved() {
            return target != null;
        }

        Optional<ReferenceTarget> left() {
            return Optional.ofNullable(target);
        }
    }
}
