package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.source.JsonPointers;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of swagger-parser's messages, placed in the document. The parser names places with dotted paths
 * ({@code paths.'/pets/{id}'(get).responses}) and, inside 3.0 schemas, reuses the schema's path for its properties;
 * this follows such a path through the document's own tree, so the message lands on a real line.
 *
 * @param pointer where the message is about (for "is missing", the object that lacks the field)
 * @param text    the message for a person, without the dotted path it started with
 */
record ParserMessage(String pointer, String text, boolean warning) {

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "^attribute (.+?) (is missing|is unexpected|is not of type `[^`]*`|is repeated|is unsupported"
                    + "|is reserved by The OpenAPI Initiative)$", Pattern.DOTALL);
    private static final int SEARCH_DEPTH = 8;

    static ParserMessage place(JsonNode root, String message) {
        Matcher attribute = ATTRIBUTE.matcher(message.trim());
        if (attribute.matches()) {
            String location = attribute.group(1);
            String field = lastSegment(location);
            boolean missing = attribute.group(2).equals("is missing");
            Resolution at = resolve(root, missing ? parentOf(location, field) : location);
            return new ParserMessage(at.pointer(), "'" + field + "' " + attribute.group(2), false);
        }
        Resolution at = resolve(root, message.trim());
        String rest = at.rest().replaceFirst("^[.\\s]+", "").trim();
        return new ParserMessage(at.pointer(), rest.isEmpty() ? message.trim() : rest, true);
    }

    private static String parentOf(String location, String field) {
        int cut = location.length() - field.length() - (location.endsWith("'") ? 2 : 0);
        return cut <= 0 ? "" : location.substring(0, cut - (location.charAt(cut - 1) == '.' ? 1 : 0));
    }

    private static String lastSegment(String location) {
        String trimmed = location.endsWith("'") ? location.substring(0, location.length() - 1) : location;
        int quote = trimmed.lastIndexOf(".'");
        int dot = trimmed.lastIndexOf('.');
        if (location.endsWith("'") && quote >= 0) {
            return trimmed.substring(quote + 2);
        }
        return dot < 0 ? location : location.substring(dot + 1);
    }

    private record Resolution(String pointer, String rest) {
    }

    /** Follows as much of the dotted path as the tree has; what is left over is returned as the rest. */
    private static Resolution resolve(JsonNode root, String location) {
        JsonNode node = root;
        String pointer = "";
        String rest = location;
        while (!rest.isEmpty()) {
            String remaining = rest.startsWith(".") ? rest.substring(1) : rest;
            Step step = step(node, remaining);
            if (step == null) {
                break;
            }
            node = step.node();
            pointer = pointer + step.pointerSuffix();
            rest = remaining.substring(step.consumed());
        }
        return new Resolution(pointer, rest);
    }

    private record Step(JsonNode node, String pointerSuffix, int consumed) {
    }

    private static Step step(JsonNode node, String text) {
        if (text.startsWith("(")) {
            int close = text.indexOf(')');
            if (close > 0 && node.has(text.substring(1, close))) {
                String method = text.substring(1, close);
                return new Step(node.get(method), "/" + method, close + 1);
            }
            return null;
        }
        if (text.startsWith("'")) {
            for (int end = text.indexOf('\'', 1); end > 0; end = text.indexOf('\'', end + 1)) {
                String key = text.substring(1, end);
                if (node.has(key) && (end + 1 == text.length() || ".( ".indexOf(text.charAt(end + 1)) >= 0)) {
                    return new Step(node.get(key), JsonPointers.child("", key), end + 1);
                }
            }
            return null;
        }
        Step direct = longestKey(node, text);
        return direct != null ? direct : searchBelow(node, text);
    }

    private static Step longestKey(JsonNode node, String text) {
        String best = null;
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (text.startsWith(name) && endsSegment(text, name.length())
                        && (best == null || name.length() > best.length())) {
                    best = name;
                }
            }
        } else if (node.isArray()) {
            String index = text.split("[.( ]", 2)[0];
            if (index.matches("\\d+") && Integer.parseInt(index) < node.size()) {
                best = index;
                return new Step(node.get(Integer.parseInt(index)), "/" + index, index.length());
            }
        }
        return best == null ? null : new Step(node.get(best), JsonPointers.child("", best), best.length());
    }

    private static boolean endsSegment(String text, int length) {
        return length == text.length() || ".( ".indexOf(text.charAt(length)) >= 0;
    }

    /** 3.0 schema messages name a property without the {@code properties/...} between: look a few levels down. */
    private static Step searchBelow(JsonNode node, String text) {
        String segment = text.split("[.( ]", 2)[0];
        if (segment.isEmpty() || !node.isContainerNode()) {
            return null;
        }
        record Candidate(JsonNode node, String pointer, int depth) {
        }
        Deque<Candidate> queue = new ArrayDeque<>();
        queue.add(new Candidate(node, "", 0));
        while (!queue.isEmpty()) {
            Candidate current = queue.poll();
            if (current.depth() > 0 && current.node().has(segment) && current.node().isObject()) {
                return new Step(current.node().get(segment), JsonPointers.child(current.pointer(), segment),
                        segment.length());
            }
            if (current.depth() >= SEARCH_DEPTH) {
                continue;
            }
            for (Iterator<java.util.Map.Entry<String, JsonNode>> it = current.node().fields(); it.hasNext(); ) {
                java.util.Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isContainerNode()) {
                    queue.add(new Candidate(field.getValue(), JsonPointers.child(current.pointer(), field.getKey()),
                            current.depth() + 1));
                }
            }
        }
        return null;
    }
}
