package io.switchboard.contract.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.flow.source.JsonPointers;
import io.switchboard.flow.text.Plural;
import java.nio.file.Path;
import java.util.List;

/** Lint findings for people (one line each, as Spectral's "stylish" output) and for tools (JSON). */
public final class FindingsReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FindingsReport() {
    }

    public static String text(Path file, List<ContractFinding> findings) {
        StringBuilder out = new StringBuilder();
        if (!findings.isEmpty()) {
            out.append(file).append('\n');
        }
        for (ContractFinding finding : findings) {
            out.append(String.format(" %-9s %-6s %-36s %s%n", finding.location(), finding.severity().label(),
                    finding.rule(), finding.message()));
        }
        out.append(summary(findings)).append('\n');
        return out.toString();
    }

    public static String summary(List<ContractFinding> findings) {
        long errors = count(findings, FindingSeverity.ERROR);
        long warnings = count(findings, FindingSeverity.WARN);
        long infos = count(findings, FindingSeverity.INFO);
        long hints = count(findings, FindingSeverity.HINT);
        if (findings.isEmpty()) {
            return "No results with a severity of 'error' or higher found!";
        }
        return Plural.of(findings.size(), "problem") + " (" + Plural.of(errors, "error") + ", "
                + Plural.of(warnings, "warning") + ", " + Plural.of(infos, "info") + ", " + Plural.of(hints, "hint") + ")";
    }

    private static long count(List<ContractFinding> findings, FindingSeverity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    /** {@code {"findings":[{"rule","severity","path","line","column","message"}]}}; path as Spectral gives it. */
    public static String json(List<ContractFinding> findings) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("findings");
        for (ContractFinding finding : findings) {
            ObjectNode item = list.addObject();
            item.put("rule", finding.rule());
            item.put("severity", finding.severity().label());
            ArrayNode path = item.putArray("path");
            JsonPointers.segments(finding.pointer()).forEach(path::add);
            item.put("line", finding.location().line());
            item.put("column", finding.location().column());
            item.put("message", finding.message());
            if (finding.file() != null) {
                item.put("file", finding.file().toString());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
