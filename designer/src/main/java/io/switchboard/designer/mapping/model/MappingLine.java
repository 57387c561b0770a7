package io.switchboard.designer.mapping.model;

import java.util.List;

/**
 * One line on the canvas: a source field read by a target field's rule.
 *
 * @param source absolute source field path (array items add no step)
 * @param target target field path
 * @param via    the function node the line passes through ({@code uppercase}, {@code if}, {@code $net}…), or null
 *               for a direct line from a plain path
 */
public record MappingLine(List<String> source, List<String> target, String via) {

    public boolean direct() {
        return via == null;
    }
}
