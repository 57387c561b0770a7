package io.switchboard.contract.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * oasdiff's own list of rules (id and level, from its checker's rule table), kept beside the code: which of our
 * rules are oasdiff's, and that those report at oasdiff's level. The rest of ours are Switchboard's own.
 */
final class OasdiffCatalogue {

    private static final Map<String, ChangeLevel> RULES = read();

    private OasdiffCatalogue() {
    }

    static Map<String, ChangeLevel> rules() {
        return RULES;
    }

    private static Map<String, ChangeLevel> read() {
        try (InputStream in = OasdiffCatalogue.class.getResourceAsStream("oasdiff-rules.tsv")) {
            Map<String, ChangeLevel> rules = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .forEach(line -> {
                        String[] fields = line.split("\t");
                        rules.put(fields[0], ChangeLevel.valueOf(fields[1]));
                    });
            return Collections.unmodifiableMap(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("the oasdiff rule list is part of the build", e);
        }
    }
}
