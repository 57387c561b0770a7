package io.switchboard.designer.flow;

import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.FlowTarget;
import io.switchboard.flow.model.Step;

/** How the pipeline names each kind of source, step and target, and what it shows of it. */
final class StepKinds {

    private StepKinds() {
    }

    static String name(Step step) {
        if (step instanceof Step.Validate) {
            return "validate";
        }
        if (step instanceof Step.Map) {
            return "map";
        }
        return step instanceof Step.Filter ? "filter" : "unreadable";
    }

    static String detail(Step step) {
        if (step instanceof Step.Validate validate) {
            return validate.schema() == null ? "no schema" : shortRef(validate.schema().describe());
        }
        if (step instanceof Step.Map map) {
            return map.mapping() == null ? "no mapping" : fileName(map.mapping());
        }
        if (step instanceof Step.Filter filter) {
            return filter.jsonPath() == null ? "no condition" : filter.jsonPath();
        }
        return "";
    }

    static String detail(FlowSource source) {
        if (source instanceof FlowSource.Http http) {
            return http.method() + " " + http.path();
        }
        if (source instanceof FlowSource.Timer timer) {
            return "every " + timer.periodMs() + " ms";
        }
        return source instanceof FlowSource.Directory directory ? "files in " + directory.path() : "none";
    }

    static String detail(FlowTarget target) {
        if (target instanceof FlowTarget.Http http) {
            return http.method() + " " + http.url();
        }
        if (target instanceof FlowTarget.Directory directory) {
            return "files to " + directory.path();
        }
        return target instanceof FlowTarget.Log log ? "log " + log.name() : "none";
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** "orders.yaml · Order" for {@code ../contracts/orders.yaml#/components/schemas/Order}. */
    private static String shortRef(String described) {
        int hash = described.indexOf('#');
        if (hash < 0) {
            return fileName(described);
        }
        return fileName(described.substring(0, hash)) + " · " + described.substring(described.lastIndexOf('/') + 1);
    }
}
