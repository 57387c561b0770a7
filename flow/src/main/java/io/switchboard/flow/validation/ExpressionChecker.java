package io.switchboard.flow.validation;

import com.schibsted.spt.data.jslt.JsltException;
import com.schibsted.spt.data.jslt.Parser;
import java.io.StringReader;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;

/**
 * Compiles one JSLT expression on its own, with the mapping's lookups and variables declared, and reports a
 * compile error at the expression's own line and column.
 */
final class ExpressionChecker {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LET = Pattern.compile("\\blet\\s+([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern DEF_PARAMS = Pattern.compile("\\bdef\\s+[A-Za-z_][A-Za-z0-9_:-]*\\s*\\(([^)]*)\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_-]*)");

    private final Set<String> declared;
    private final String preamble;
    private final int preambleLines;

    ExpressionChecker(Collection<String> declaredNames) {
        StringBuilder text = new StringBuilder();
        for (String name : declaredNames) {
            text.append("let ").append(name).append(" = null\n");
        }
        this.preamble = text.toString();
        this.declared = new HashSet<>(declaredNames);
        this.preambleLines = declaredNames.size();
    }

    /** JSLT only notices an undeclared variable when it runs; a mapping should know before. */
    private Optional<String> undeclaredVariable(String expression) {
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
                return Optional.of("unknown variable $" + variable.group(1) + " at " + line + ":" + column
                        + " of the expression; declared: " + known.stream().sorted().map(n -> "$" + n).toList());
            }
        }
        return Optional.empty();
    }

    /** Empty when the expression compiles; otherwise the error with its position inside the expression. */
    Optional<String> check(String expression) {
        try {
            new Parser(new StringReader(preamble + expression)).compile();
            return undeclaredVariable(expression);
        } catch (JsltException e) {
            int line = Math.max(1, e.getLine() - preambleLines);
            String at = e.getLine() > 0 ? " at " + line + ":" + e.getColumn() + " of the expression" : "";
            return Optional.of("JSLT expression does not compile" + at + ": " + e.getMessageWithoutLocation());
        } catch (RuntimeException e) {
            return Optional.of("JSLT expression does not compile: " + e.getMessage());
        }
    }
}
