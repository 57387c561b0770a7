package io.switchboard.designer.mapping.expression;

import io.switchboard.flow.jslt.Token;
import io.switchboard.flow.jslt.Token.Kind;
import io.switchboard.flow.jslt.Tokenizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a JSLT expression reads: the source fields (as absolute field paths, with array items adding no step),
 * the {@code $names} it uses and the functions it calls. This is what the canvas draws lines and function nodes
 * from, so the lines are always those of the text.
 *
 * @param paths     source fields read, in order of appearance, without repeats
 * @param variables {@code $names} used (variables or lookups)
 * @param functions functions called, {@code if} for a condition and {@code substring} for a slice, in order of
 *                  appearance
 * @param plainPath whether the whole expression is one path (a direct line, no function node)
 */
public record ExpressionReads(List<List<String>> paths, List<String> variables, List<String> functions,
                              boolean plainPath) {

    /**
     * Reads an expression evaluated at {@code context}: the absolute path of the current item (empty at the
     * document root, {@code [items]} inside a rule mapped for each of {@code .items}), or null when the context is
     * not a plain path and relative paths cannot be placed.
     */
    public static ExpressionReads of(String expression, List<String> context) {
        List<Token> tokens = Tokenizer.tokens(expression == null ? "" : expression);
        Set<List<String>> paths = new LinkedHashSet<>();
        Set<String> variables = new LinkedHashSet<>();
        Set<String> functions = new LinkedHashSet<>();
        Deque<List<String>> contexts = new ArrayDeque<>();
        contexts.push(context == null ? List.of("\u0000") : context);
        Deque<String> brackets = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            switch (token.kind()) {
                case PATH -> {
                    List<String> at = contexts.peek();
                    if (!isUnknown(at)) {
                        paths.add(concat(at, token.fields()));
                    }
                }
                case VARIABLE -> variables.add(token.text().substring(1));
                case FUNCTION -> functions.add(token.text());
                case KEYWORD -> {
                    if (token.text().equals("if")) {
                        functions.add("if");
                    }
                    if (token.text().equals("for")) {
                        i = enterLoop(tokens, i, contexts, paths);
                    }
                }
                case OPEN -> {
                    contexts.push(contexts.peek());
                    brackets.push(token.text());
                }
                case CLOSE -> {
                    if (contexts.size() > 1) {
                        contexts.pop();
                    }
                    brackets.poll();
                }
                case OPERATOR -> {
                    // A colon inside [ ] slices (the palette's substring); inside { } it separates a key.
                    if (token.text().equals(":") && "[".equals(brackets.peek())) {
                        functions.add("substring");
                    }
                }
                default -> {
                }
            }
        }
        boolean plain = tokens.size() == 1 && tokens.get(0).kind() == Kind.PATH;
        return new ExpressionReads(List.copyOf(paths), List.copyOf(variables), List.copyOf(functions), plain);
    }

    /**
     * At {@code for}: the loop's header {@code (path)} is read where the loop stands; the rest of the enclosing
     * bracket is read relative to that path's items. Answers the index of the header's closing parenthesis.
     */
    private static int enterLoop(List<Token> tokens, int forIndex, Deque<List<String>> contexts,
                                 Set<List<String>> paths) {
        int open = forIndex + 1;
        if (open >= tokens.size() || !tokens.get(open).text().equals("(")) {
            return forIndex;
        }
        int depth = 0;
        int close = open;
        for (; close < tokens.size(); close++) {
            if (tokens.get(close).kind() == Kind.OPEN) {
                depth++;
            } else if (tokens.get(close).kind() == Kind.CLOSE && --depth == 0) {
                break;
            }
        }
        List<String> outer = contexts.peek();
        List<String> loopContext = List.of("\u0000");
        if (close == open + 2 && tokens.get(open + 1).kind() == Kind.PATH && !isUnknown(outer)) {
            loopContext = concat(outer, tokens.get(open + 1).fields());
            paths.add(loopContext);
        } else {
            ExpressionReads header = of(joinText(tokens, open + 1, Math.min(close, tokens.size())), outer);
            paths.addAll(header.paths());
        }
        // The loop's body runs inside the bracket that holds the "for": replace that bracket's context.
        contexts.pop();
        contexts.push(loopContext);
        return Math.min(close, tokens.size() - 1);
    }

    private static String joinText(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(tokens.get(i).text()).append(' ');
        }
        return text.toString();
    }

    private static boolean isUnknown(List<String> context) {
        return context.size() == 1 && context.get(0).equals("\u0000");
    }

    private static List<String> concat(List<String> base, List<String> more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(more);
        return List.copyOf(all);
    }
}
