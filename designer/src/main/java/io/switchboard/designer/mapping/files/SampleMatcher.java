package io.switchboard.designer.mapping.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.mapping.PayloadException;
import io.switchboard.flow.mapping.PayloadFormat;
import io.switchboard.flow.schema.FieldNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Picks the workspace sample that looks most like a mapping's source: the most top-level field names in common. */
public final class SampleMatcher {

    private final PayloadCodec codec;

    public SampleMatcher(PayloadCodec codec) {
        this.codec = codec;
    }

    /** Reads the samples: call off the FX thread. Samples that cannot be read simply do not match. */
    public Optional<Path> best(FieldNode source, List<Path> samples) {
        Set<String> names = new HashSet<>();
        source.children().forEach(field -> names.add(field.name()));
        Path best = null;
        int bestScore = 0;
        for (Path sample : samples) {
            int score = score(sample, names);
            if (score > bestScore) {
                best = sample;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private int score(Path sample, Set<String> names) {
        Optional<PayloadFormat> format = PayloadFormat.fromFileName(sample);
        if (format.isEmpty()) {
            return 0;
        }
        try {
            JsonNode value = codec.read(Files.readAllBytes(sample), format.get());
            JsonNode object = value.isArray() && value.size() > 0 ? value.get(0) : value;
            int score = 0;
            for (Iterator<String> fields = object.fieldNames(); fields.hasNext(); ) {
                score += names.contains(fields.next()) ? 1 : 0;
            }
            return score;
        } catch (IOException | PayloadException e) {
            return 0;
        }
    }
}
