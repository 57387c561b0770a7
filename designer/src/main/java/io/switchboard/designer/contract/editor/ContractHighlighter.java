package io.switchboard.designer.contract.editor;

import io.switchboard.designer.contract.highlight.BlockScalars;
import io.switchboard.designer.contract.highlight.LineLexer;
import io.switchboard.designer.contract.highlight.Token;
import io.switchboard.fx.task.Tasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * Colours what is on screen, never the whole file: after an edit or a scroll and a short pause, the visible lines
 * that are not yet coloured are read on the FX thread, lexed on the highlighter's own thread, and applied back if
 * their text has not changed meanwhile. A 10 MB contract costs the same as a small one.
 */
public final class ContractHighlighter {

    static final Duration PAUSE = Duration.ofMillis(15);
    private static final int MARGIN = 20;
    private static final int CONTEXT = 400;

    private final CodeArea area;
    private final Tasks tasks;
    /** Paragraphs (text with styles, compared by value) known to be coloured right. */
    private final Set<Paragraph<Collection<String>, String, Collection<String>>> coloured =
            Collections.newSetFromMap(new WeakHashMap<>());
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private boolean yaml = true;
    private LongConsumer applied = nanos -> { };

    public ContractHighlighter(CodeArea area, Tasks tasks) {
        this.area = area;
        this.tasks = tasks;
    }

    public void setYaml(boolean yaml) {
        this.yaml = yaml;
        coloured.clear();
    }

    /** Called with the time (System.nanoTime) each pass left the screen's colours current: for the benchmark. */
    void onApplied(LongConsumer listener) {
        this.applied = listener;
    }

    /**
     * Asks for a pass within {@link #PAUSE}. Requests while one is waiting join it: scrolling and layout ask
     * on every pulse, and a pass that kept moving back would never come.
     */
    public void request() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        tasks.later(PAUSE, this::collect);
    }

    private record Line(int index, String text, boolean insideBlock) {
    }

    /** On the FX thread: which visible lines need colour, with the context each needs. */
    private void collect() {
        scheduled.set(false);
        if (area.getParagraphs().isEmpty()) {
            return;
        }
        int count = area.getParagraphs().size();
        int first;
        int last;
        try {
            first = Math.max(0, area.firstVisibleParToAllParIndex() - MARGIN);
            last = Math.min(count - 1, area.lastVisibleParToAllParIndex() + MARGIN);
        } catch (RuntimeException notLaidOut) {
            first = 0;
            last = Math.min(count - 1, 80);
        }
        List<Integer> needed = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (!coloured.contains(area.getParagraphs().get(i))) {
                needed.add(i);
            }
        }
        if (needed.isEmpty()) {
            applied.accept(System.nanoTime());
            return;
        }
        int contextStart = Math.max(0, needed.get(0) - CONTEXT);
        List<String> texts = new ArrayList<>();
        for (int i = contextStart; i <= needed.get(needed.size() - 1); i++) {
            texts.add(area.getParagraphs().get(i).getText());
        }
        boolean yamlText = yaml;
        tasks.run(() -> lex(needed, contextStart, texts, yamlText), lexed -> apply(lexed.lines(), lexed.spans()),
                failure -> { /* logged by the tasks; these lines stay uncoloured until the next pass */ });
    }

    private record Lexed(List<Line> lines, List<StyleSpans<Collection<String>>> spans) {
    }

    /** In the background. */
    private static Lexed lex(List<Integer> needed, int contextStart, List<String> texts, boolean yamlText) {
        List<Line> lines = new ArrayList<>();
        List<StyleSpans<Collection<String>>> spans = new ArrayList<>();
        for (int index : needed) {
            String text = texts.get(index - contextStart);
            boolean inside = yamlText && BlockScalars.inside(i -> texts.get(i - contextStart), index)
                    && index - contextStart > 0;
            lines.add(new Line(index, text, inside));
            spans.add(text.isEmpty() ? null
                    : spansOf(yamlText ? LineLexer.yaml(text, inside) : LineLexer.json(text), text.length()));
        }
        return new Lexed(lines, spans);
    }

    private void apply(List<Line> lines, List<StyleSpans<Collection<String>>> spans) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.index() >= area.getParagraphs().size()
                    || !area.getParagraphs().get(line.index()).getText().equals(line.text())) {
                continue;
            }
            if (!line.text().isEmpty()) {
                area.setStyleSpans(line.index(), 0, spans.get(i));
            }
            coloured.add(area.getParagraphs().get(line.index()));
        }
        applied.accept(System.nanoTime());
    }

    /** How many lines at the top of a file are coloured before it is shown: more than a screen holds. */
    static final int TOP_LINES = 150;

    /**
     * In the background: a document whose first {@link #TOP_LINES} lines are coloured already, so that the first
     * screen of a file is laid out once, in colour, instead of once plain and again when its colours come.
     */
    static StyledDocument<Collection<String>, String, Collection<String>> colourTop(
            StyledDocument<Collection<String>, String, Collection<String>> document, boolean yamlText) {
        int count = Math.min(TOP_LINES, document.getParagraphs().size());
        List<String> texts = new ArrayList<>(count);
        List<Integer> needed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(document.getParagraph(i).getText());
            needed.add(i);
        }
        Lexed lexed = lex(needed, 0, texts, yamlText);
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> coloured =
                ReadOnlyStyledDocument.from(document);
        for (int i = 0; i < count; i++) {
            StyleSpans<Collection<String>> spans = lexed.spans().get(i);
            if (spans != null) {
                coloured = coloured.replaceParagraph(i, paragraph -> paragraph.restyle(0, spans)).get1();
            }
        }
        return coloured;
    }

    /** On the FX thread, after a document from {@link #colourTop} went in at the top: those lines need no pass. */
    void colouredAtTop() {
        int count = Math.min(TOP_LINES, area.getParagraphs().size());
        for (int i = 0; i < count; i++) {
            coloured.add(area.getParagraphs().get(i));
        }
    }

    private static StyleSpans<Collection<String>> spansOf(List<Token> tokens, int length) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int total = 0;
        for (Token token : tokens) {
            builder.add(token.style().isEmpty() ? List.of() : List.of("sb-" + token.style()), token.length());
            total += token.length();
        }
        if (total < length || tokens.isEmpty()) {
            builder.add(List.of(), Math.max(0, length - total));
        }
        return builder.create();
    }
}
