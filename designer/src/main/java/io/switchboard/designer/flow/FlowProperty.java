package io.switchboard.designer.flow;

import io.switchboard.flow.model.Flow;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One row of the flow editor's property sheets: a value read from the open flow, and a change that makes a new flow
 * from an edited value (an undoable edit). Rows follow the flow, so undo shows in the sheet at once.
 */
final class FlowProperty<T> implements PropertySheet.Item {

    private final FlowEditorViewModel editor;
    private final String category;
    private final String name;
    private final String description;
    private final Class<T> type;
    private final Function<Flow, T> read;
    private final BiFunction<Flow, T, Flow> write;
    private final ObservableValue<Object> value;

    FlowProperty(FlowEditorViewModel editor, String category, String name, String description, Class<T> type,
                 Function<Flow, T> read, BiFunction<Flow, T, Flow> write) {
        this.editor = editor;
        this.category = category;
        this.name = name;
        this.description = description;
        this.type = type;
        this.read = read;
        this.write = write;
        this.value = Bindings.createObjectBinding(this::getValue, editor.flowProperty());
    }

    @Override
    public Class<?> getType() {
        return type;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        Flow flow = editor.flowProperty().get();
        try {
            return flow == null ? null : read.apply(flow);
        } catch (ClassCastException | IndexOutOfBoundsException e) {
            // The step this row was made for moved or changed kind; the sheet replaces the row next.
            return null;
        }
    }

    @Override
    public void setValue(Object edited) {
        Object converted = converted(edited);
        if (write != null && !Objects.equals(converted, getValue()) && type.isInstance(converted)) {
            editor.edit("Change " + name.toLowerCase(), flow -> write.apply(flow, type.cast(converted)));
        }
    }

    /** The numeric editor answers whatever number was typed; the row keeps its own kind. */
    private Object converted(Object edited) {
        if (edited instanceof Number number) {
            if (type == Integer.class) {
                return number.intValue();
            }
            if (type == Long.class) {
                return number.longValue();
            }
            if (type == Double.class) {
                return number.doubleValue();
            }
        }
        return edited;
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }

    @Override
    public boolean isEditable() {
        return write != null;
    }
}
