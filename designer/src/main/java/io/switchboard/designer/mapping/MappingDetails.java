package io.switchboard.designer.mapping;

import io.switchboard.fx.task.Tasks;

/** The view models of the panes beside the canvas: the expression, the suggestions and the lookup tables. */
public record MappingDetails(ExpressionViewModel expression, SuggestionsViewModel suggestions,
                             LookupsViewModel lookups) {

    public static MappingDetails of(MappingEditorViewModel editor, Tasks tasks) {
        return new MappingDetails(new ExpressionViewModel(editor, tasks), new SuggestionsViewModel(editor, tasks),
                new LookupsViewModel(editor));
    }
}
