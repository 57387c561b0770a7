package io.switchboard.benchmarks.contract;

import static io.switchboard.benchmarks.FxCalls.onFx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.check.ContractLinter;
import io.switchboard.contract.diff.Change;
import io.switchboard.contract.diff.ContractDiff;
import io.switchboard.contract.outline.Outline;
import io.switchboard.contract.validation.SwaggerParser;
import io.switchboard.designer.contract.editor.ContractAnalyzer;
import io.switchboard.designer.contract.editor.ContractEditorView;
import io.switchboard.designer.contract.editor.ContractEditorViewModel;
import io.switchboard.fx.task.ExecutorTasks;
import io.switchboard.fx.task.FxWatchdog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

/**
 * The contract editor on the largest real specs (GitHub's YAML and JSON, Stripe's), each figure beside
 * swagger-parser's own parse of the same text in the same run: open to validated (parse with locations, outline,
 * structure, references, examples and every recommended rule), lint, and comparison with a copy carrying breaking
 * edits; then, in the real editor (headless), the time to the first visible text, to the outline and findings on
 * screen, and keystroke-to-colour latency while typing in the middle of GitHub's YAML.
 */
public final class ContractHarness {

    private static final int RUNS = Integer.getInteger("switchboard.runs", 11);
    private static final int KEYSTROKES = Integer.getInteger("switchboard.keystrokes", 150);

    private final List<String[]> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Path root = Path.of(System.getProperty("switchboard.root", ".")).toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory("switchboard-contracts");
        try {
            new ContractHarness().run(root, scratch);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            Platform.exit();
        }
    }

    private void run(Path root, Path scratch) throws Exception {
        Path githubYaml = RealSpecs.find(root, "github-api.github.com.yaml", scratch);
        Path githubJson = RealSpecs.find(root, "github-api.github.com.json", scratch);
        Path stripe = RealSpecs.find(root, "stripe-spec3.json", scratch);
        if (!Boolean.getBoolean("switchboard.editorOnly")) {
            generated(scratch);
            if (Boolean.getBoolean("switchboard.generatedOnly")) {
                printRows();
                return;
            }
            for (Path spec : List.of(githubYaml, githubJson, stripe)) {
                headless(spec, scratch);
            }
            if (Boolean.getBoolean("switchboard.headlessOnly")) {
                printRows();
                return;
            }
        }
        ScheduledExecutorService analysis = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService highlighting = Executors.newSingleThreadScheduledExecutor();
        try {
            for (Path spec : List.of(githubYaml, githubJson, stripe)) {
                Path copy = Files.copy(spec, scratch.resolve("editor-" + spec.getFileName()));
                editor(copy, analysis, highlighting, spec.equals(githubYaml));
            }
        } finally {
            analysis.shutdownNow();
            highlighting.shutdownNow();
        }
        printRows();
    }

    private void printRows() {
        System.out.printf(Locale.ROOT, "%n%-28s %-44s %10s %10s %8s%n", "spec", "measure", "median ms", "max ms",
                "ratio");
        for (String[] row : rows) {
            System.out.printf(Locale.ROOT, "%-28s %-44s %10s %10s %8s%n", (Object[]) row);
        }
    }

    /**
     * A generated spec of 20,000 paths sharing 50 component schemas, against a revision with a parameter made
     * required on every hundredth path: the diff against the time of parsing both versions (target: within 2x).
     */
    private void generated(Path scratch) throws Exception {
        int pathCount = Integer.getInteger("switchboard.generatedPaths", 20_000);
        String base = generatedSpec(pathCount, false);
        String revision = generatedSpec(pathCount, true);
        Path spec = scratch.resolve("generated-" + pathCount + ".json");
        Files.writeString(spec, base);
        String name = "generated, " + String.format(Locale.ROOT, "%,d", pathCount) + " paths";
        double parseBoth = time(() -> List.of(parse(spec, base), parse(spec, revision)));
        ContractDocument before = parse(spec, base);
        ContractDocument after = parse(spec, revision);
        List<Change> changes = ContractDiff.compare(before, after);
        double diff = time(() -> ContractDiff.compare(before, after));
        double diffWithParse = time(() -> ContractDiff.compare(parse(spec, base), parse(spec, revision)));
        row(name, "parse both versions (anchor)", parseBoth, parseBoth);
        row(name, "diff of the parsed versions (" + changes.size() + " changes)", diff, parseBoth);
        row(name, "diff including parsing both versions", diffWithParse, parseBoth);
    }

    private static String generatedSpec(int pathCount, boolean revision) throws Exception {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = json.createObjectNode();
        root.put("openapi", "3.0.3");
        root.putObject("info").put("title", "Generated").put("version", "1.0.0");
        com.fasterxml.jackson.databind.node.ObjectNode paths = root.putObject("paths");
        for (int i = 0; i < pathCount; i++) {
            com.fasterxml.jackson.databind.node.ObjectNode get = paths.putObject("/things" + i + "/{id}")
                    .putObject("get");
            get.put("operationId", "getThing" + i);
            com.fasterxml.jackson.databind.node.ArrayNode parameters = get.putArray("parameters");
            parameters.addObject().put("name", "id").put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
            parameters.addObject().put("name", "expand").put("in", "query")
                    .put("required", revision && i % 100 == 0).putObject("schema").put("type", "boolean");
            get.putObject("responses").putObject("200").put("description", "The thing")
                    .putObject("content").putObject("application/json").putObject("schema")
                    .put("$ref", "#/components/schemas/Thing" + (i % 50));
        }
        com.fasterxml.jackson.databind.node.ObjectNode schemas = root.putObject("components").putObject("schemas");
        for (int k = 0; k < 50; k++) {
            com.fasterxml.jackson.databind.node.ObjectNode thing = schemas.putObject("Thing" + k);
            thing.put("type", "object").putArray("required").add("id");
            com.fasterxml.jackson.databind.node.ObjectNode properties = thing.putObject("properties");
            properties.putObject("id").put("type", "string");
            properties.putObject("name").put("type", "string").put("maxLength", 100);
            properties.putObject("next").put("$ref", "#/components/schemas/Thing" + ((k + 1) % 50));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** The work without a screen, each measure repeated; ratios against swagger-parser's parse of the same text. */
    private void headless(Path spec, Path scratch) throws Exception {
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        String name = spec.getFileName().toString();
        ContractLinter linter = ContractLinter.recommended();
        double parse = time(() -> SwaggerParser.parseText(text, name).getOpenAPI());
        double parseResolved = time(() -> SwaggerParser.parseTextResolved(text, name).getOpenAPI());
        double open = time(() -> {
            try {
                ContractLinter.Report report = linter.check(spec, text);
                return Outline.of(report.document());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ContractDocument document = parse(spec, text);
        double lint = time(() -> linter.lint(document));
        String revisionText = write(BreakingEdits.apply(document), ContractDocument.isYamlFile(spec));
        ContractDocument revision = parse(spec, revisionText);
        List<Change> changes = ContractDiff.compare(document, revision);
        double diff = time(() -> ContractDiff.compare(document, revision));
        double diffWithParse = time(() -> ContractDiff.compare(parse(spec, text), parse(spec, revisionText)));
        row(name, "swagger-parser parse (anchor)", parse, parse);
        row(name, "swagger-parser parse + resolve", parseResolved, parse);
        row(name, "open to validated (parse+outline+lint)", open, parse);
        row(name, "lint of a parsed contract", lint, parse);
        row(name, "diff vs copy with breaking edits (" + changes.stream().filter(c -> c.level().breaking()).count()
                + " breaking)", diff, parse);
        row(name, "diff including parsing both versions", diffWithParse, parse);
    }

    private static ContractDocument parse(Path spec, String text) {
        try {
            return ContractDocument.parse(spec, text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(JsonNode tree, boolean yaml) throws Exception {
        ObjectMapper mapper = yaml ? YAMLMapper.builder().enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build() : new ObjectMapper();
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    /** The median of {@link #RUNS} runs after two warm-ups, in milliseconds. */
    private static double time(Supplier<?> work) {
        work.get();
        work.get();
        double[] runs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            // Each run starts from a collected heap, so one run's garbage is not charged to the next.
            System.gc();
            long start = System.nanoTime();
            work.get();
            runs[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(runs);
        return runs[RUNS / 2];
    }

    private void row(String spec, String measure, double millis, double anchor) {
        rows.add(new String[] {spec, measure, format(millis), "", String.format(Locale.ROOT, "%.2f", millis / anchor)});
        System.out.printf(Locale.ROOT, "%-28s %-44s %10s %8.2f%n", spec, measure, format(millis), millis / anchor);
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%,.1f", millis);
    }

    /** The real editor in a stage: open, first text, findings on screen, then typing (GitHub's YAML only). */
    private void editor(Path spec, ScheduledExecutorService analysis, ScheduledExecutorService highlighting,
                        boolean type) throws Exception {
        String name = spec.getFileName().toString().replace("editor-", "");
        ContractEditorViewModel[] editor = new ContractEditorViewModel[1];
        ContractEditorView[] view = new ContractEditorView[1];
        AtomicLong lastColour = new AtomicLong();
        onFx(() -> {
            editor[0] = new ContractEditorViewModel(new ContractAnalyzer(path -> ContractLinter.recommended()),
                    new ExecutorTasks(analysis, analysis, Platform::runLater), Duration.ofMillis(300));
            view[0] = new ContractEditorView(editor[0], new ExecutorTasks(highlighting, highlighting, Platform::runLater),
                    ContractEditorView.Comparisons.NONE);
            view[0].onHighlightApplied(lastColour::set);
            Stage stage = new Stage();
            stage.setScene(new Scene(view[0], 1280, 800));
            stage.show();
            return null;
        });
        CodeArea area = view[0].code().area();
        // Blocks over 100 ms, in waiting time and in the FX thread's own processor time (what our code did, without
        // the waits for a processor that two busy cores add): while opening, and from the first screen on.
        FxWatchdog watchdog = watch(name, FxWatchdog.Measure.WALL);
        FxWatchdog cpuWatchdog = watch(name, FxWatchdog.Measure.CPU);
        FxWatchdog[] afterFirstScreen = new FxWatchdog[2];
        long start = System.nanoTime();
        onFx(() -> {
            editor[0].open(spec);
            return null;
        });
        long[] firstText = new long[1];
        long[] firstScreen = new long[1];
        long[] validated = new long[1];
        long[] wholeText = new long[1];
        waitUntil(() -> onFx(() -> {
            long now = System.nanoTime();
            if (firstText[0] == 0 && area.getLength() > 0 && lastColour.get() > start) {
                firstText[0] = now;
                // The first screen is on once the pulse after its text and colours has laid it out.
                Runnable[] laidOut = new Runnable[1];
                laidOut[0] = () -> {
                    area.getScene().removePostLayoutPulseListener(laidOut[0]);
                    firstScreen[0] = System.nanoTime();
                    afterFirstScreen[0] = watch(name + " after the first screen", FxWatchdog.Measure.WALL);
                    afterFirstScreen[1] = watch(name + " after the first screen", FxWatchdog.Measure.CPU);
                };
                area.getScene().addPostLayoutPulseListener(laidOut[0]);
                Platform.requestNextPulse();
            }
            if (validated[0] == 0 && editor[0].analysisProperty().get() != null && !editor[0].outline().isEmpty()) {
                validated[0] = now;
            }
            if (wholeText[0] == 0 && firstText[0] > 0 && view[0].code().loaded()) {
                wholeText[0] = now;
            }
            return firstScreen[0] > 0 && validated[0] > 0 && wholeText[0] > 0;
        }));
        watchdog.close();
        cpuWatchdog.close();
        afterFirstScreen[0].close();
        afterFirstScreen[1].close();
        rows.add(new String[] {name, "editor: open to first coloured text", format((firstText[0] - start) / 1e6), "",
            ""});
        rows.add(new String[] {name, "editor: open to the first screen laid out",
            format((firstScreen[0] - start) / 1e6), "", ""});
        rows.add(new String[] {name, "editor: open to the whole text in", format((wholeText[0] - start) / 1e6), "",
            ""});
        rows.add(new String[] {name, "editor: open to outline + findings shown", format((validated[0] - start) / 1e6),
            "", ""});
        rows.add(new String[] {name, "editor: longest FX-thread block while opening",
            format(watchdog.longest().toNanos() / 1e6), "", ""});
        rows.add(new String[] {name, "editor: longest block, FX thread's processor time",
            format(cpuWatchdog.longest().toNanos() / 1e6), "", ""});
        rows.add(new String[] {name, "editor: longest block after the first screen",
            format(afterFirstScreen[0].longest().toNanos() / 1e6), "", ""});
        rows.add(new String[] {name, "editor: the same, FX thread's processor time",
            format(afterFirstScreen[1].longest().toNanos() / 1e6), "", ""});
        if (type) {
            typing(area, lastColour, name);
        }
        onFx(() -> {
            view[0].getScene().getWindow().hide();
            return null;
        });
    }

    /** -Dswitchboard.showBlocks=true prints each block, with the frames that ran and those it was called from. */
    private static FxWatchdog watch(String name, FxWatchdog.Measure measure) {
        return FxWatchdog.start(Duration.ofMillis(100), measure, block -> {
            if (Boolean.getBoolean("switchboard.showBlocks")) {
                System.out.println(name + " (" + measure + "): " + block + "\n  ...\n" + block.running().stream()
                        .skip(Math.max(25, block.running().size() - 25)).map(frame -> "    at " + frame)
                        .collect(java.util.stream.Collectors.joining("\n")));
            }
        });
    }

    /** Keystrokes in the middle of the file, one every 80 ms; each measured from the key event to its colour. */
    private void typing(CodeArea area, AtomicLong lastColour, String name) throws Exception {
        int middle = onFx(() -> area.getParagraphs().size() / 2);
        onFx(() -> {
            area.requestFocus();
            area.moveTo(middle, area.getParagraphLength(middle));
            area.showParagraphAtCenter(middle);
            return null;
        });
        Thread.sleep(500);
        List<Double> latencies = new ArrayList<>();
        List<Double> fxWork = new ArrayList<>();
        for (int i = 0; i < KEYSTROKES; i++) {
            String key = i % 12 == 11 ? "\n" : String.valueOf((char) ('a' + i % 26));
            long[] typedAt = new long[2];
            onFx(() -> {
                typedAt[0] = System.nanoTime();
                if (key.equals("\n")) {
                    Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false,
                            false, false));
                } else {
                    Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, key, key, KeyCode.UNDEFINED, false, false,
                            false, false));
                }
                typedAt[1] = System.nanoTime();
                return null;
            });
            try {
                waitUntil(() -> lastColour.get() > typedAt[1]);
            } catch (IllegalStateException e) {
                System.out.println("keystroke " + i + " '" + key + "' coloured " + lastColour.get() + " typed "
                        + typedAt[1] + " caret " + onFx(area::getCurrentParagraph) + " visible "
                        + onFx(area::firstVisibleParToAllParIndex) + ".." + onFx(area::lastVisibleParToAllParIndex));
                throw e;
            }
            latencies.add((lastColour.get() - typedAt[0]) / 1e6);
            fxWork.add((typedAt[1] - typedAt[0]) / 1e6);
            Thread.sleep(80);
        }
        latencies.sort(Double::compare);
        fxWork.sort(Double::compare);
        rows.add(new String[] {name, "keystroke to colour, " + KEYSTROKES + " keys (p95 in max col)",
            format(latencies.get(latencies.size() / 2)), format(latencies.get((int) (latencies.size() * 0.95))), ""});
        rows.add(new String[] {name, "FX-thread time per keystroke (p95 in max col)",
            format(fxWork.get(fxWork.size() / 2)), format(fxWork.get((int) (fxWork.size() * 0.95))), ""});
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(1);
        }
    }
}
