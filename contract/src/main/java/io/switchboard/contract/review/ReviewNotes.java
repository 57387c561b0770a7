package io.switchboard.contract.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The review notes of one contract, kept beside it as {@code <name>.review.json} so the team sees them in git.
 *
 * @param version  the file format's version
 * @param contract the contract's file name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewNotes(int version, String contract, List<ReviewNote> notes) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ReviewNotes {
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    public static Path fileFor(Path contract) {
        String name = contract.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return contract.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".review.json");
    }

    /** The notes saved beside the contract, or none yet. */
    public static ReviewNotes readFor(Path contract) throws IOException {
        Path file = fileFor(contract);
        if (!Files.isRegularFile(file)) {
            return new ReviewNotes(1, contract.getFileName().toString(), List.of());
        }
        try {
            return JSON.readValue(file.toFile(), ReviewNotes.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file.getFileName() + " line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    public ReviewNotes with(ReviewNote note) {
        List<ReviewNote> all = new ArrayList<>(notes);
        all.add(note);
        return new ReviewNotes(version, contract, all);
    }

    public List<ReviewNote> about(String target) {
        return notes.stream().filter(note -> note.target().equals(target)).toList();
    }

    /** Writes through a temporary file, so a crash never leaves half a file. */
    public void writeBeside(Path contractFile) throws IOException {
        Path file = fileFor(contractFile);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, JSON.writeValueAsString(this) + "\n");
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
