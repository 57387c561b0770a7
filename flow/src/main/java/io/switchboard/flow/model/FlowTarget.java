package io.switchboard.flow.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Where a flow delivers its messages. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FlowTarget.Http.class, name = "http"),
    @JsonSubTypes.Type(value = FlowTarget.Directory.class, name = "directory"),
    @JsonSubTypes.Type(value = FlowTarget.Log.class, name = "log")
})
public sealed interface FlowTarget {

    /** An HTTP or HTTPS endpoint. */
    record Http(String url, String method) implements FlowTarget {
        public Http {
            method = method == null ? "POST" : method;
        }
    }

    /** Writes each message as a file into a directory below the runtime's data root. */
    record Directory(String path) implements FlowTarget {
    }

    /** Writes each message to the runtime's log: for trying a flow out. */
    record Log(String name) implements FlowTarget {
    }
}
