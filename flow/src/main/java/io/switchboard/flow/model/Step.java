package io.switchboard.flow.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One processing step of a flow, applied in order. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Step.Validate.class, name = "validate"),
    @JsonSubTypes.Type(value = Step.Map.class, name = "map"),
    @JsonSubTypes.Type(value = Step.Filter.class, name = "filter")
})
public sealed interface Step {

    /** Rejects messages that do not match a schema. */
    record Validate(SchemaRef schema) implements Step {
    }

    /** Transforms the message with a mapping file (path relative to the flow file). */
    record Map(String mapping) implements Step {
    }

    /** Lets through only messages for which the JSONPath predicate matches; the others end quietly. */
    record Filter(String jsonPath) implements Step {
    }
}
