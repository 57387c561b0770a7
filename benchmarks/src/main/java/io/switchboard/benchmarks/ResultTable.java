package io.switchboard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a JMH JSON result as a table, each benchmark's score beside the floor's from the same run and parameters:
 * {@code java ... ResultTable result.json floorMethodName}.
 */
public final class ResultTable {

    private ResultTable() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        String floor = args.length > 1 ? args[1] : "handwrittenJackson";
        Map<String, Double> floorScore = new LinkedHashMap<>();
        for (JsonNode result : results) {
            if (method(result).equals(floor)) {
                floorScore.put(params(result), result.at("/primaryMetric/score").asDouble());
            }
        }
        System.out.printf(Locale.ROOT, "%-22s %-12s %14s %12s %10s%n", "benchmark", "params", "score", "± error",
                "ratio");
        for (JsonNode result : results) {
            double score = result.at("/primaryMetric/score").asDouble();
            double error = result.at("/primaryMetric/scoreError").asDouble();
            Double base = floorScore.get(params(result));
            String ratio = base == null || base == 0 ? "-" : String.format(Locale.ROOT, "%.2f", score / base);
            System.out.printf(Locale.ROOT, "%-22s %-12s %14.1f %12.1f %10s  %s%n", method(result), params(result),
                    score, error, ratio, result.at("/primaryMetric/scoreUnit").asText());
        }
    }

    private static String method(JsonNode result) {
        String name = result.get("benchmark").asText();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String params(JsonNode result) {
        JsonNode params = result.get("params");
        if (params == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        params.fields().forEachRemaining(field -> out.append(out.isEmpty() ? "" : ",").append(field.getValue().asText()));
        return out.toString();
    }
}
