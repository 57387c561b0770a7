package io.switchboard.flow.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Where a flow's messages come from. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FlowSource.Http.class, name = "http"),
    @JsonSubTypes.Type(value = FlowSource.Timer.class, name = "timer"),
    @JsonSubTypes.Type(value = FlowSource.Directory.class, name = "directory")
})
public sealed interface FlowSource {

    /** An HTTP endpoint on the runtime's flow ingress, for example {@code POST /orders}. */
    record Http(String path, String method) implements FlowSource {
        public Http {
            method = method == null ? "POST" : method;
        }
    }

    /** Fires every {@code periodMs} milliseconds. */
    record Timer(long periodMs) implements FlowSource {
    }

    /** Picks up files from a directory below the runtime's data root. */
    record Directory(String path) implements FlowSource {
    }
}
