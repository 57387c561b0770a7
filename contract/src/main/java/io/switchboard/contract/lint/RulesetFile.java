package io.switchboard.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.flow.source.JsonPointers;
import io.switchboard.flow.source.FileScope;
import io.switchboard.flow.source.Location;
import io.switchboard.flow.source.SourceDocument;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a ruleset file written the way Spectral's are, so a team's {@code .spectral.yaml} habits carry over:
 * <pre>
 * extends: [[spectral:oas, recommended]]   # or all, off; or another ruleset file
 * rules:
 *   info-contact: off
 *   operation-description: error          # error | warn | info | hint | off | true | false | 0..3 | {severity: …}
 * overrides:
 *   - files: ["contracts/legacy/**"]
 *     rules:
 *       operation-operationId: off
 * </pre>
 * The workspace's ruleset is {@code .switchboard/lint.yaml}; its globs are relative to the workspace folder.
 */
public final class RulesetFile {

    public static final Path WORKSPACE_RULESET = Path.of(".switchboard", "lint.yaml");
    private static final String SPECTRAL_OAS = "spectral:oas";

    private final List<LintRule> catalog;
    private final Map<String, LintRule> byId = new HashMap<>();

    public RulesetFile(List<LintRule> catalog) {
        this.catalog = catalog;
        catalog.forEach(rule -> byId.put(rule.id(), rule));
    }

    /** The workspace's ruleset, or {@code spectral:oas} recommended when the workspace has none. */
    public Ruleset forWorkspace(Path workspace) throws RulesetException {
        Path file = workspace.resolve(WORKSPACE_RULESET);
        return Files.isRegularFile(file) ? read(file) : Ruleset.recommended(catalog);
    }

    public Ruleset read(Path file) throws RulesetException {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path globBase = folder.getFileName() != null && folder.getFileName().toString().equals(".switchboard")
                ? folder.getParent() : folder;
        return load(absolute, globBase, new HashSet<>(), true);
    }

    private Ruleset load(Path file, Path globBase, Set<Path> reading, boolean root) throws RulesetException {
        if (!reading.add(file)) {
            throw new RulesetException(file, new Location(1, 1), "extends itself through " + file.getFileName());
        }
        SourceDocument document = parse(file);
        JsonNode top = document.root();
        if (!top.isObject()) {
            throw new RulesetException(file, document.locate(""), "a ruleset must be a mapping with extends, rules "
                    + "and overrides");
        }
        Map<String, FindingSeverity> settings = new HashMap<>();
        List<Ruleset.Override> overrides = new ArrayList<>();
        for (Iterator<String> keys = top.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            switch (key) {
                case "extends" -> applyExtends(document, top.get(key), settings, globBase, reading);
                case "rules", "overrides", "formats", "documentationUrl", "description" -> { }
                default -> throw new RulesetException(file, document.locateKey("/" + key),
                        "unknown field '" + key + "' (a ruleset has extends, rules and overrides)");
            }
        }
        if (!top.has("extends")) {
            extendSpectral(settings, "recommended");
        }
        for (Map.Entry<String, Optional<FindingSeverity>> rule : readRules(document, "/rules").entrySet()) {
            set(settings, rule.getKey(), rule.getValue());
        }
        JsonNode overrideList = top.path("overrides");
        if (top.has("overrides") && !root) {
            throw new RulesetException(file, document.locateKey("/overrides"),
                    "overrides are only allowed in the ruleset that is used, not in one it extends");
        }
        for (int i = 0; i < overrideList.size(); i++) {
            overrides.add(readOverride(document, "/overrides/" + i));
        }
        reading.remove(file);
        return new Ruleset(settings, overrides, globBase);
    }

    private SourceDocument parse(Path file) throws RulesetException {
        try {
            return SourceDocument.read(file);
        } catch (SourceFormatException e) {
            throw new RulesetException(file, e.location(), e.getMessage());
        } catch (IOException e) {
            throw new RulesetException(file, Location.UNKNOWN, "cannot be read: " + e.getMessage());
        }
    }

    private void applyExtends(SourceDocument document, JsonNode value, Map<String, FindingSeverity> settings,
                              Path globBase, Set<Path> reading) throws RulesetException {
        List<JsonNode> entries = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(entries::add);
        } else {
            entries.add(value);
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String pointer = value.isArray() ? "/extends/" + i : "/extends";
            String name = entry.isArray() ? entry.path(0).asText() : entry.asText();
            String mode = entry.isArray() && entry.size() > 1 ? entry.get(1).asText() : "recommended";
            if (name.equals(SPECTRAL_OAS)) {
                if (!List.of("recommended", "all", "off").contains(mode)) {
                    throw new RulesetException(document.file(), document.locate(pointer),
                            "'" + mode + "' is not a way to extend; use recommended, all or off");
                }
                extendSpectral(settings, mode);
            } else if (name.startsWith("spectral:")) {
                throw new RulesetException(document.file(), document.locate(pointer),
                        "'" + name + "' is not available here; OpenAPI contracts use spectral:oas");
            } else if (name.isBlank()) {
                throw new RulesetException(document.file(), document.locate(pointer), "extends names nothing");
            } else {
                Path other = document.file().getParent().resolve(name).normalize();
                try {
                    FileScope.ofWorkspace(document.file()).check(other);
                } catch (FileScope.OutsideScopeException e) {
                    throw new RulesetException(document.file(), document.locate(pointer),
                            "the ruleset '" + name + "' it extends lies outside the workspace (also through links)");
                }
                if (!Files.isRegularFile(other)) {
                    throw new RulesetException(document.file(), document.locate(pointer),
                            "the ruleset '" + name + "' it extends does not exist");
                }
                Ruleset base = load(other, globBase, reading, false);
                settings.clear();
                settings.putAll(base.settingsFor(null));
            }
        }
    }

    private void extendSpectral(Map<String, FindingSeverity> settings, String mode) {
        settings.clear();
        for (LintRule rule : catalog) {
            if (mode.equals("all") || mode.equals("recommended") && rule.recommended()) {
                settings.put(rule.id(), rule.defaultSeverity());
            }
        }
    }

    private Map<String, Optional<FindingSeverity>> readRules(SourceDocument document, String pointer)
            throws RulesetException {
        Map<String, Optional<FindingSeverity>> rules = new LinkedHashMap<>();
        JsonNode node = document.root().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return rules;
        }
        if (!node.isObject()) {
            throw new RulesetException(document.file(), document.locate(pointer), "rules must be a mapping of rule "
                    + "names to severities");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> rule = it.next();
            String at = JsonPointers.child(pointer, rule.getKey());
            LintRule known = byId.get(rule.getKey());
            if (known == null) {
                throw new RulesetException(document.file(), document.locateKey(at), "unknown rule '" + rule.getKey()
                        + "'; custom rules (given/then) are not supported, only the rules of spectral:oas");
            }
            rules.put(rule.getKey(), severityOf(document, at, rule.getValue(), known));
        }
        return rules;
    }

    private Optional<FindingSeverity> severityOf(SourceDocument document, String pointer, JsonNode value,
                                                 LintRule rule) throws RulesetException {
        JsonNode severity = value.isObject() ? value.path("severity") : value;
        if (value.isObject() && severity.isMissingNode()) {
            return Optional.of(rule.defaultSeverity());
        }
        if (severity.isBoolean()) {
            return severity.booleanValue() ? Optional.of(rule.defaultSeverity()) : Optional.empty();
        }
        String text = severity.asText();
        if (text.equals("off") || text.equals("-1")) {
            return Optional.empty();
        }
        Optional<FindingSeverity> parsed = FindingSeverity.parse(text);
        if (parsed.isEmpty()) {
            throw new RulesetException(document.file(), document.locate(value.isObject() ? pointer + "/severity"
                    : pointer), "'" + text + "' is not a severity; use error, warn, info, hint or off");
        }
        return parsed;
    }

    private Ruleset.Override readOverride(SourceDocument document, String pointer) throws RulesetException {
        JsonNode files = document.root().at(pointer + "/files");
        if (!files.isArray() || files.isEmpty()) {
            throw new RulesetException(document.file(), document.locate(pointer),
                    "an override needs 'files': a list of globs");
        }
        List<String> globs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String glob = files.get(i).asText();
            if (glob.contains("#")) {
                throw new RulesetException(document.file(), document.locate(pointer + "/files/" + i),
                        "overrides for a place inside a file (" + glob + ") are not supported; name whole files");
            }
            globs.add(glob);
        }
        return new Ruleset.Override(globs, readRules(document, pointer + "/rules"));
    }

    private static void set(Map<String, FindingSeverity> settings, String rule, Optional<FindingSeverity> severity) {
        if (severity.isPresent()) {
            settings.put(rule, severity.get());
        } else {
            settings.remove(rule);
        }
    }
}
