package io.switchboard.contract.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.diff.Change;
import io.switchboard.contract.diff.ChangeLevel;
import io.switchboard.flow.text.Plural;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Changes between two versions as text (oasdiff's layout), JSON for tools, or Markdown for a pull request. */
public final class ChangesReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChangesReport() {
    }

    public static boolean breaking(List<Change> changes) {
        return changes.stream().anyMatch(change -> change.level().breaking());
    }

    public static String summary(List<Change> changes) {
        return Plural.of(changes.size(), "change") + ": " + count(changes, ChangeLevel.ERR)
                + " error, " + count(changes, ChangeLevel.WARN) + " warning, " + count(changes, ChangeLevel.INFO)
                + " info";
    }

    private static long count(List<Change> changes, ChangeLevel level) {
        return changes.stream().filter(change -> change.level() == level).count();
    }

    public static String text(Path base, Path revision, List<Change> changes) {
        StringBuilder out = new StringBuilder(summary(changes)).append('\n');
        for (Change change : changes) {
            out.append(levelWord(change.level())).append("\t[").append(change.rule()).append("] at ")
                    .append(base.getFileName()).append(':').append(change.base().location()).append(" → ")
                    .append(revision.getFileName()).append(':').append(change.revision().location()).append('\n');
            if (!change.operation().isEmpty()) {
                out.append("\tin API ").append(change.operation()).append('\n');
            }
            out.append("\t\t").append(change.message()).append("\n\n");
        }
        return out.toString();
    }

    private static String levelWord(ChangeLevel level) {
        return switch (level) {
            case ERR -> "error";
            case WARN -> "warning";
            case INFO -> "info";
        };
    }

    /** {@code {"breaking":…,"changes":[{"rule","level","operation","location","message"}]}}. */
    public static String json(Path base, Path revision, List<Change> changes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("breaking", breaking(changes));
        ArrayNode list = root.putArray("changes");
        for (Change change : changes) {
            ObjectNode item = list.addObject();
            item.put("rule", change.rule());
            item.put("level", change.level().name());
            item.put("operation", change.operation());
            ObjectNode location = item.putObject("location");
            place(location.putObject("base"), base, change.base());
            place(location.putObject("revision"), revision, change.revision());
            item.put("message", change.message());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void place(ObjectNode node, Path file, Change.Place place) {
        node.put("file", file.toString());
        node.put("pointer", place.pointer());
        node.put("line", place.location().line());
        node.put("column", place.location().column());
    }

    /** A table per operation, breaking changes first, for a pull request comment. */
    public static String markdown(Path base, Path revision, List<Change> changes) {
        StringBuilder out = new StringBuilder("## API changes: ").append(base.getFileName()).append(" → ")
                .append(revision.getFileName()).append("\n\n").append(summary(changes)).append("\n");
        Map<String, List<Change>> byOperation = new LinkedHashMap<>();
        changes.stream().sorted(java.util.Comparator.comparing(Change::operation).thenComparing(Change::level))
                .forEach(change -> byOperation.computeIfAbsent(change.operation().isEmpty() ? "Whole API"
                        : change.operation(), key -> new java.util.ArrayList<>()).add(change));
        for (Map.Entry<String, List<Change>> operation : byOperation.entrySet()) {
            out.append("\n### ").append(operation.getKey()).append("\n\n| level | rule | change | base | revision |\n")
                    .append("|---|---|---|---|---|\n");
            for (Change change : operation.getValue()) {
                out.append("| ").append(change.level().name()).append(" | `").append(change.rule()).append("` | ")
                        .append(change.message().replace("|", "\\|")).append(" | ")
                        .append(change.base().location().line()).append(" | ")
                        .append(change.revision().location().line()).append(" |\n");
            }
        }
        return out.toString();
    }
}
