package io.switchboard.designer.mapping;

import io.switchboard.flow.jslt.Tokenizer;
import io.switchboard.flow.model.FieldRule;
import java.util.List;
import java.util.Optional;

/** Turns source field paths into the JSLT paths an expression uses, relative to the array item it is inside. */
final class SourcePaths {


    private SourcePaths() {
    }

    /**
     * The JSLT path that reads {@code sourcePath} from inside the given enclosing arrays ({@code forEach}
     * paths, outermost first); empty when the field is outside the innermost array's item, which JSLT cannot read
     * from there.
     */
    static Optional<String> expression(List<String> sourcePath, List<FieldRule> enclosingArrays) {
        List<String> base = List.of();
        for (FieldRule array : enclosingArrays) {
            Optional<List<String>> items = steps(array.forEach());
            if (items.isEmpty()) {
                return Optional.empty();
            }
            base = concat(base, items.get());
        }
        if (sourcePath.size() < base.size() || !sourcePath.subList(0, base.size()).equals(base)) {
            return Optional.empty();
        }
        return Optional.of(of(sourcePath.subList(base.size(), sourcePath.size())));
    }

    /** {@code .customer.address.zip}; {@code ."e-mail"} style quoting is not JSLT, so odd names use get-key. */
    static String of(List<String> steps) {
        if (steps.isEmpty()) {
            return ".";
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            if (Tokenizer.isPlainName(step)) {
                path.append('.').append(step);
            } else {
                String base = path.isEmpty() ? "." : path.toString();
                path = new StringBuilder("get-key(" + base + ", \"" + step.replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\")");
            }
        }
        return path.toString();
    }

    /** The field names of a plain path expression ({@code .items}); empty for anything else. */
    static Optional<List<String>> steps(String expression) {
        String trimmed = expression == null ? "" : expression.trim();
        if (trimmed.equals(".")) {
            return Optional.of(List.of());
        }
        if (!trimmed.startsWith(".")) {
            return Optional.empty();
        }
        String[] parts = trimmed.substring(1).split("\\.");
        for (String part : parts) {
            if (!Tokenizer.isPlainName(part)) {
                return Optional.empty();
            }
        }
        return Optional.of(List.of(parts));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
