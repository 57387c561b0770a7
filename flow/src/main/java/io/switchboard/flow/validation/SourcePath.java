package io.switchboard.flow.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A plain JSLT path such as {@code .customer.address.zip}: the form whose target can be checked in a schema. */
public final class SourcePath {

    private static final Pattern SIMPLE = Pattern.compile("(\\.[A-Za-z_][A-Za-z0-9_]*)+");

    private SourcePath() {
    }

    /** The field names of a plain path, or empty when the expression is anything more than a plain path. */
    public static Optional<List<String>> fieldsOf(String expression) {
        String trimmed = expression == null ? "" : expression.trim();
        if (!SIMPLE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.asList(trimmed.substring(1).split("\\.")));
    }
}
