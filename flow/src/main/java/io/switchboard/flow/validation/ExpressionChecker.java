package io.switchboard.flow.validation;

import com.schibsted.spt.data.jslt.JsltException;
import com.schibsted.spt.data.jslt.Parser;
import io.switchboard.flow.jslt.Token;
import io.switchboard.flow.jslt.Token.Kind;
import io.switchboard.flow.jslt.Tokenizer;
import java.io.StringReader;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles one JSLT expression on its own, with the mapping's lookups and variables declared, and reports a
 * compile error at the expression's own line and column.
 */
public final class ExpressionChecker {


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
        List<Token> tokens = Tokenizer.tokens(expression);
        Set<String> known = new HashSet<>(declared);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.KEYWORD && token.text().equals("let") && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() == Kind.IDENTIFIER) {
                known.add(tokens.get(i + 1).text());
            } else if (token.kind() == Kind.KEYWORD && token.text().equals("def")) {
                // def name(a, b): the parameters are known inside.
                int j = i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.FUNCTION ? i + 2 : i + 1;
                for (j++; j < tokens.size() && tokens.get(j).kind() != Kind.CLOSE; j++) {
                    if (tokens.get(j).kind() == Kind.IDENTIFIER) {
                        known.add(tokens.get(j).text());
                    }
                }
            }
        }
        for (Token token : tokens) {
            if (token.kind() == Kind.VARIABLE && !known.contains(token.text().substring(1))) {
                String before = expression.substring(0, token.start());
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                int column = token.start() - before.lastIndexOf('\n');
                return Optional.of(new ExpressionProblem(line, column, "unknown variable " + token.text()
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
