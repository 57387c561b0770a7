package io.switchboard.benchmarks.input;

import io.switchboard.flow.source.SourceDocument;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * A contract whose example is one long double-quoted scalar without spaces (base64, as real examples are), at
 * 2, 5 and 10 MB: the studio's YAML reading beside SnakeYAML's own reader (the anchor, quadratic here) and beside
 * the same document as JSON, each the median of a few runs in one JVM. Linear means the YAML/JSON ratio stays flat.
 */
public final class LongScalarHarness {

    private static final int RUNS = Integer.getInteger("switchboard.runs", 3);
    private static final int[] SIZES_MB = {2, 5, 10};

    private LongScalarHarness() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Long double-quoted scalar without spaces (median of " + RUNS + " runs, ms)");
        System.out.printf(Locale.ROOT, "%-6s %14s %14s %14s %12s %12s%n", "size", "studio YAML", "studio JSON",
                "SnakeYAML", "YAML/JSON", "ms per MB");
        for (int mb : SIZES_MB) {
            String value = "QUJD".repeat(mb * 1024 * 1024 / 4);
            String yaml = "example: \"" + value + "\"\n";
            String json = "{\"example\": \"" + value + "\"}";
            double ours = median(() -> SourceDocument.parse(Path.of("long.yaml"), yaml));
            double asJson = median(() -> SourceDocument.parse(Path.of("long.json"), json));
            double snake = median(() -> snakeYamlEvents(yaml));
            System.out.printf(Locale.ROOT, "%-6s %14.0f %14.0f %14.0f %12.2f %12.0f%n", mb + " MB", ours, asJson,
                    snake, ours / asJson, ours / mb);
        }
    }

    private static void snakeYamlEvents(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(yaml)), options);
        while (!parser.checkEvent(Event.ID.StreamEnd)) {
            parser.getEvent();
        }
    }

    private static double median(Work work) throws Exception {
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times[RUNS / 2];
    }

    private interface Work {
        void run() throws Exception;
    }
}
