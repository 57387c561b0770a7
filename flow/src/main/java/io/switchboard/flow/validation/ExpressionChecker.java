package io.switchboard.flow.validation;

import com.schibsted.spt.data.jslt.JsltException;
import com.schibsted.spt.data.jslt.Parser;
import java.io.StringReader;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;

/**
 * Compiles one JSLT expression on its own, with the mapping's lookups and variables declared, and reports a
 * compile error at the expression's own line and column.
 */
public final class ExpressionChecker {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LET = Pattern.compile("\\blet\\s+([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern DEF_PARAMS = Pattern.compile("\\bdef\\s+[A-Za-z_][A-Za-z0-9_:-]*\\s*\\(([^)]*)\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_-]*)");

    /** The latest expressions checked, by their text with the declarations before it. */
    private static final Map<String, Optional<ExpressionProblem>> CHECKED = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ExpressionProblem>> eldest) {
            return size() > 4096;
        }
    };

    private final Set<String> declared;
    private final String preamble;
    private final int preambleLines;

    public ExpressionChecker(Collection<String> declaredNames) {
        StringBuilder text = new StringBuilder();
        for (String name : declaredNames) {
            text.append("let ").append(name).append(" = null\n");
        }
        this.preamble = text.toString();
        this.declared = new HashSet<>(declaredNames);
        this.preambleLines = declaredNames.size();
    }

    /** JSLT only notices an undeclared variable when it runs; a mapping should know before. */
    private Optional<ExpressionProblem> undeclaredVariable(String expression) {
        StringBuilder code = new StringBuilder(expression);
        Matcher literal = STRING_LITERAL.matcher(expression);
        while (literal.find()) {
            for (int i = literal.start(); i < literal.end(); i++) {
                code.setCharAt(i, ' ');
            }
        }
        Set<String> known = new HashSet<>(declared);
        LET.matcher(code).results().forEach(m -> known.add(m.group(1)));
        DEF_PARAMS.matcher(code).results().forEach(m -> {
            for (String param : m.group(1).split(",")) {
                known.add(param.trim());
            }
        });
        Matcher variable = VARIABLE.matcher(code);
        while (variable.find()) {
            if (!known.contains(variable.group(1))) {
                String before = code.substring(0, variable.start());
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                int column = variable.start() - before.lastIndexOf('\n');
                return Optional.of(new ExpressionProblem(line, column, "unknown variable $" + variable.group(1)
                        + "; declared: " + known.stream().sorted().map(n -> "$" + n).toList()));
            }
        }
        return Optional.empty();
    }

    /** Empty when the expression compiles; otherwise the error with its position inside the expression. */
    Optional<String> check(String expression) {
        return problemIn(expression).map(problem -> problem.message().startsWith("unknown variable")
                ? problem.message().replaceFirst("; ", " at " + problem.line() + ":" + problem.column()
                        + " of the expression; ")
                : "JSLT expression does not compile"
                        + (problem.line() > 0 ? " at " + problem.line() + ":" + problem.column() + " of the expression"
                                : "") + ": " + problem.message());
    }

    /**
     * The parser's reason in one line: its own position is dropped (it counts the lines of the generated template,
     * not of the expression; the expression's line and column are given once, beside it), and so is the list of
     * everything it would have accepted.
     */
    static String reason(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("").strip();
        return first.replaceAll(" at line \\d+, column \\d+\\.?", "").strip();
    }

    /**
     * Empty when the expression compiles; otherwise what is wrong, at its line and column in the expression. The
     * answer depends on the text alone, so it is remembered: after an edit only the expressions that changed are
     * compiled again.
     */
    public Optional<ExpressionProblem> problemIn(String expression) {
        String key = preamble + expression;
        synchronized (CHECKED) {
            Optional<ExpressionProblem> known = CHECKED.get(key);
            if (known != null) {
                return known;
            }
        }
        Optional<ExpressionProblem> problem = compile(expression);
        synchronized (CHECKED) {
            CHECKED.put(key, problem);
        }
        return problem;
    }

    private Optional<ExpressionProblem> compile(String expression) {
        try {
            new Parser(new StringReader(preamble + expression)).compile();
            return undeclaredVariable(expression);
        } catch (JsltException e) {
            int line = e.getLine() > 0 ? Math.max(1, e.getLine() - preambleLines) : 0;
            return Optional.of(new ExpressionProblem(line, Math.max(0, e.getColumn()),
                    reason(e.getMessageWithoutLocation())));
        } catch (RuntimeException e) {
            return Optional.of(new ExpressionProblem(0, 0, String.valueOf(e.getMessage())));
        }
    }
}
