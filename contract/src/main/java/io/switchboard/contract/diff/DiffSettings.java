package io.switchboard.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.lint.RulesetException;
import io.switchboard.flow.source.Location;
import io.switchboard.flow.source.SourceDocument;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workspace's choices about the comparison, from {@code .switchboard/diff.yaml}, written as lint's ruleset is:
 * {@code rules:} a rule id of the catalogue with a level ({@code ERR}, {@code WARN}, {@code INFO}) or {@code off};
 * {@code deprecation-days:} with {@code beta} and {@code stable}, the days a deprecation must give before its
 * sunset (oasdiff's deprecation policy; none by default).
 */
public final class DiffSettings {

    public static final String WORKSPACE_FILE = ".switchboard/diff.yaml";
    private static final DiffSettings NONE = new DiffSettings(Map.of(), DeprecationPolicy.NONE);

    /** The rule's level as chosen; empty: the rule is off. */
    private final Map<String, Optional<ChangeLevel>> levels;
    private final DeprecationPolicy deprecation;

    private DiffSettings(Map<String, Optional<ChangeLevel>> levels, DeprecationPolicy deprecation) {
        this.levels = levels;
        this.deprecation = deprecation;
    }

    public DeprecationPolicy deprecation() {
        return deprecation;
    }

    public static DiffSettings none() {
        return NONE;
    }

    /** The settings of the workspace {@code folder}; none when it has no {@code diff.yaml}. Does file I/O. */
    public static DiffSettings forWorkspace(Path folder) throws RulesetException {
        Path file = folder.resolve(WORKSPACE_FILE);
        return Files.isRegularFile(file) ? read(file) : NONE;
    }

    /** Reads a settings file; a rule not in the catalogue or a level that is none is refused at its line. */
    public static DiffSettings read(Path file) throws RulesetException {
        SourceDocument document;
        try {
            document = SourceDocument.read(file);
        } catch (SourceFormatException e) {
            throw new RulesetException(file, e.location(), "not well-formed: " + e.getMessage());
        } catch (IOException e) {
            throw new RulesetException(file, new Location(1, 1), "cannot be read: " + e.getMessage());
        }
        JsonNode root = document.root();
        JsonNode rules = root == null ? null : root.get("rules");
        JsonNode days = root == null ? null : root.get("deprecation-days");
        if (rules == null && days != null) {
            rules = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (rules == null || !rules.isObject()) {
            throw new RulesetException(file, new Location(1, 1),
                    "'rules' must map rule ids to ERR, WARN, INFO or off (switchboard diff --list-rules lists them)");
        }
        DeprecationPolicy deprecation = DeprecationPolicy.NONE;
        if (days != null && !days.isObject()) {
            throw new RulesetException(file, document.locate("/deprecation-days"), "'deprecation-days' must map "
                    + "beta and stable to a number of days");
        }
        if (days != null) {
            deprecation = new DeprecationPolicy(days(file, document, days, "beta"), days(file, document, days,
                    "stable"));
        }
        Map<String, Optional<ChangeLevel>> levels = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String pointer = "/rules/" + entry.getKey().replace("~", "~0").replace("/", "~1");
            if (DiffRules.rule(entry.getKey()).isEmpty()) {
                throw new RulesetException(file, document.locateKey(pointer), "'" + entry.getKey()
                        + "' is not a diff rule (switchboard diff --list-rules lists them)");
            }
            String value = entry.getValue().asText("");
            if (value.equalsIgnoreCase("off")) {
                levels.put(entry.getKey(), Optional.empty());
                continue;
            }
            Optional<ChangeLevel> level = ChangeLevel.parse(value);
            if (level.isEmpty()) {
                throw new RulesetException(file, document.locate(pointer), "'" + value + "' is not a level: ERR, WARN, "
                        + "INFO or off");
            }
            levels.put(entry.getKey(), level);
        }
        return new DiffSettings(levels, deprecation);
    }

    private static int days(Path file, SourceDocument document, JsonNode days, String level)
            throws RulesetException {
        JsonNode value = days.path(level);
        if (value.isMissingNode()) {
            return 0;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > 3650) {
            throw new RulesetException(file, document.locate("/deprecation-days/" + level), "'deprecation-days' "
                    + level + " must be a number of days from 0 to 3650");
        }
        return value.asInt();
    }

    /** The changes as the workspace wants them: levels changed, rules switched off left out. */
    public List<Change> apply(List<Change> changes) {
        if (levels.isEmpty()) {
            return changes;
        }
        List<Change> applied = new ArrayList<>();
        for (Change change : changes) {
            Optional<ChangeLevel> chosen = levels.get(change.rule());
            if (chosen == null) {
                applied.add(change);
            } else if (chosen.isPresent()) {
                applied.add(new Change(change.rule(), chosen.get(), change.operation(), change.base(),
                        change.revision(), change.message()));
            }
        }
        return applied;
    }
}
