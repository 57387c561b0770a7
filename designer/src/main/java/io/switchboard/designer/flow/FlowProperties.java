package io.switchboard.designer.flow;

import io.switchboard.flow.model.ErrorPolicy;
import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.FlowTarget;
import io.switchboard.flow.model.RetryableError;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.controlsfx.control.PropertySheet;

/** The rows of the property sheets: of the selected source, step or target, and of the flow as a whole. */
final class FlowProperties {

    /** The kinds a source can be; changing it starts that kind with defaults. */
    enum SourceKind { HTTP, TIMER, DIRECTORY }

    enum TargetKind { HTTP, DIRECTORY, LOG }

    /** Where the idempotency key deduplicates. */
    enum Scope { REPLAYS, MESSAGES }

    private final FlowEditorViewModel editor;

    FlowProperties(FlowEditorViewModel editor) {
        this.editor = editor;
    }

    /** What the sheet shows for the selected position; changes when the selection or its kind changes. */
    static String shapeOf(Flow flow, int position) {
        if (flow == null) {
            return "";
        }
        Object node = position == 0 ? flow.source() : position <= flow.steps().size()
                ? flow.steps().get(position - 1) : flow.target();
        return position + ":" + (node == null ? "none" : node.getClass().getSimpleName());
    }

    List<PropertySheet.Item> selected(Flow flow, int position) {
        if (flow == null) {
            return List.of();
        }
        if (position == 0) {
            return source(flow.source());
        }
        if (position <= flow.steps().size()) {
            return step(position - 1, flow.steps().get(position - 1));
        }
        return target(flow.target());
    }

    private List<PropertySheet.Item> source(FlowSource source) {
        List<PropertySheet.Item> items = new ArrayList<>();
        items.add(row("Source", "Kind", "Where messages come from", SourceKind.class,
                flow -> kindOf(flow.source()), (flow, kind) -> FlowChanges.source(flow, defaultSource(kind))));
        if (source instanceof FlowSource.Http) {
            items.add(row("Source", "Path", "The path on the runtime's flow port, e.g. /orders", String.class,
                    flow -> ((FlowSource.Http) flow.source()).path(), (flow, path) -> FlowChanges.source(flow,
                            new FlowSource.Http(path, ((FlowSource.Http) flow.source()).method()))));
            items.add(row("Source", "Method", "POST, PUT or PATCH", String.class,
                    flow -> ((FlowSource.Http) flow.source()).method(), (flow, method) -> FlowChanges.source(flow,
                            new FlowSource.Http(((FlowSource.Http) flow.source()).path(), method.toUpperCase()))));
        } else if (source instanceof FlowSource.Timer) {
            items.add(row("Source", "Period (ms)", "Fires every this many milliseconds", Long.class,
                    flow -> ((FlowSource.Timer) flow.source()).periodMs(),
                    (flow, period) -> FlowChanges.source(flow, new FlowSource.Timer(period))));
        } else if (source instanceof FlowSource.Directory) {
            items.add(row("Source", "Folder", "A folder below the runtime's data root", String.class,
                    flow -> ((FlowSource.Directory) flow.source()).path(),
                    (flow, path) -> FlowChanges.source(flow, new FlowSource.Directory(path))));
        }
        return items;
    }

    private List<PropertySheet.Item> step(int index, Step step) {
        String category = "Step " + (index + 1) + " · " + StepKinds.name(step);
        if (step instanceof Step.Validate) {
            return List.of(
                    row(category, "Schema file", "A contract or JSON Schema, relative to the flow file", String.class,
                            flow -> schema(flow, index).file(), (flow, file) -> FlowChanges.step(flow, index,
                                    new Step.Validate(SchemaRef.of(file, schema(flow, index).pointer())))),
                    row(category, "Schema pointer", "Where the schema is in the file, e.g. /components/schemas/Order",
                            String.class, flow -> schema(flow, index).pointer(), (flow, pointer) -> FlowChanges.step(
                                    flow, index, new Step.Validate(SchemaRef.of(schema(flow, index).file(),
                                            pointer)))));
        }
        if (step instanceof Step.Map) {
            return List.of(row(category, "Mapping file", "Relative to the flow file; double-click the step to open it",
                    String.class, flow -> ((Step.Map) flow.steps().get(index)).mapping(),
                    (flow, mapping) -> FlowChanges.step(flow, index, new Step.Map(mapping))));
        }
        if (step instanceof Step.Filter) {
            return List.of(row(category, "Condition", "A JSONPath predicate; other messages end quietly, e.g. "
                            + "$[?(@.status != 'X')]", String.class,
                    flow -> ((Step.Filter) flow.steps().get(index)).jsonPath(),
                    (flow, path) -> FlowChanges.step(flow, index, new Step.Filter(path))));
        }
        return List.of();
    }

    private static SchemaRef schema(Flow flow, int index) {
        SchemaRef schema = ((Step.Validate) flow.steps().get(index)).schema();
        return schema == null ? SchemaRef.of("", "") : schema;
    }

    private List<PropertySheet.Item> target(FlowTarget target) {
        List<PropertySheet.Item> items = new ArrayList<>();
        items.add(row("Target", "Kind", "Where messages are delivered", TargetKind.class,
                flow -> kindOf(flow.target()), (flow, kind) -> FlowChanges.target(flow, defaultTarget(kind, flow))));
        if (target instanceof FlowTarget.Http) {
            items.add(row("Target", "URL", "http or https; its query is data, never options", String.class,
                    flow -> ((FlowTarget.Http) flow.target()).url(), (flow, url) -> FlowChanges.target(flow,
                            new FlowTarget.Http(url, ((FlowTarget.Http) flow.target()).method()))));
            items.add(row("Target", "Method", "POST, PUT or PATCH", String.class,
                    flow -> ((FlowTarget.Http) flow.target()).method(), (flow, method) -> FlowChanges.target(flow,
                            new FlowTarget.Http(((FlowTarget.Http) flow.target()).url(), method.toUpperCase()))));
        } else if (target instanceof FlowTarget.Directory) {
            items.add(row("Target", "Folder", "A folder below the runtime's data root", String.class,
                    flow -> ((FlowTarget.Directory) flow.target()).path(),
                    (flow, path) -> FlowChanges.target(flow, new FlowTarget.Directory(path))));
        } else if (target instanceof FlowTarget.Log) {
            items.add(row("Target", "Log name", "The logger the runtime writes each message to", String.class,
                    flow -> ((FlowTarget.Log) flow.target()).name(),
                    (flow, name) -> FlowChanges.target(flow, new FlowTarget.Log(name))));
        }
        return items;
    }

    /** The flow as a whole: its name, error policy and idempotency. */
    List<PropertySheet.Item> flow() {
        List<PropertySheet.Item> items = new ArrayList<>();
        items.add(row("Flow", "Id", "Names the flow's files, route and metrics; fixed once deployed", String.class,
                Flow::id, null));
        items.add(row("Flow", "Name", "What the monitor shows", String.class, Flow::name, FlowChanges::name));
        String policy = "Error policy";
        items.add(policyRow(policy, "Attempts", "Total attempts including the first (1: no retry)", Integer.class,
                ErrorPolicy::maxAttempts, (p, v) -> new ErrorPolicy(v, p.backoffMs(), p.backoffMultiplier(),
                        p.retryOn(), p.timeoutMs(), p.maxConcurrency(), p.circuitBreaker())));
        items.add(policyRow(policy, "Backoff (ms)", "The wait before the first retry", Long.class,
                ErrorPolicy::backoffMs, (p, v) -> new ErrorPolicy(p.maxAttempts(), v, p.backoffMultiplier(),
                        p.retryOn(), p.timeoutMs(), p.maxConcurrency(), p.circuitBreaker())));
        items.add(policyRow(policy, "Backoff multiplier", "The wait grows by this after each retry", Double.class,
                ErrorPolicy::backoffMultiplier, (p, v) -> new ErrorPolicy(p.maxAttempts(), p.backoffMs(), v,
                        p.retryOn(), p.timeoutMs(), p.maxConcurrency(), p.circuitBreaker())));
        for (RetryableError error : RetryableError.values()) {
            items.add(policyRow(policy, "Retry on " + error.wireName(), retryHelp(error), Boolean.class,
                    p -> p.retryOn().contains(error), (p, on) -> new ErrorPolicy(p.maxAttempts(), p.backoffMs(),
                            p.backoffMultiplier(), retryOn(p.retryOn(), error, on), p.timeoutMs(),
                            p.maxConcurrency(), p.circuitBreaker())));
        }
        items.add(policyRow(policy, "Timeout (ms)", "How long to wait for the target to connect and answer",
                Long.class, ErrorPolicy::timeoutMs, (p, v) -> new ErrorPolicy(p.maxAttempts(), p.backoffMs(),
                        p.backoffMultiplier(), p.retryOn(), v, p.maxConcurrency(), p.circuitBreaker())));
        items.add(policyRow(policy, "Concurrency limit", "Messages at the target at once", Integer.class,
                ErrorPolicy::maxConcurrency, (p, v) -> new ErrorPolicy(p.maxAttempts(), p.backoffMs(),
                        p.backoffMultiplier(), p.retryOn(), p.timeoutMs(), v, p.circuitBreaker())));
        String idempotency = "Idempotency";
        items.add(row(idempotency, "Key", "A path in the received message that identifies it, e.g. .orderId",
                String.class, flow -> flow.idempotencyKey() == null ? "" : flow.idempotencyKey(),
                (flow, key) -> FlowChanges.idempotency(flow, key, flow.idempotencyScope())));
        items.add(row(idempotency, "Scope", "REPLAYS: a replay never delivers twice; MESSAGES: a repeated message "
                        + "is answered with the first outcome and not delivered again", Scope.class,
                flow -> Flow.SCOPE_MESSAGES.equals(flow.idempotencyScope()) ? Scope.MESSAGES : Scope.REPLAYS,
                (flow, scope) -> FlowChanges.idempotency(flow, flow.idempotencyKey(),
                        scope == Scope.MESSAGES ? Flow.SCOPE_MESSAGES : null)));
        return items;
    }

    private static String retryHelp(RetryableError error) {
        return switch (error) {
            case HTTP_5XX -> "The target answered 500–599";
            case HTTP_429 -> "The target answered 429 Too Many Requests";
            case CONNECTION -> "The target could not be reached";
            case TIMEOUT -> "The target did not answer in time: it may have acted, so a retry may deliver twice";
        };
    }

    private static List<RetryableError> retryOn(List<RetryableError> now, RetryableError error, boolean on) {
        List<RetryableError> changed = new ArrayList<>(now);
        changed.remove(error);
        if (on) {
            changed.add(error);
            changed.sort(null);
        }
        return changed;
    }

    private <T> PropertySheet.Item policyRow(String category, String name, String description, Class<T> type,
                                             Function<ErrorPolicy, T> read, BiFunction<ErrorPolicy, T, ErrorPolicy> write) {
        return row(category, name, description, type, flow -> read.apply(flow.errorPolicy()),
                (flow, value) -> FlowChanges.errorPolicy(flow, write.apply(flow.errorPolicy(), value)));
    }

    private <T> PropertySheet.Item row(String category, String name, String description, Class<T> type,
                                       Function<Flow, T> read, BiFunction<Flow, T, Flow> write) {
        return new FlowProperty<>(editor, category, name, description, type, read, write);
    }

    private static SourceKind kindOf(FlowSource source) {
        if (source instanceof FlowSource.Timer) {
            return SourceKind.TIMER;
        }
        return source instanceof FlowSource.Directory ? SourceKind.DIRECTORY : SourceKind.HTTP;
    }

    private static TargetKind kindOf(FlowTarget target) {
        if (target instanceof FlowTarget.Directory) {
            return TargetKind.DIRECTORY;
        }
        return target instanceof FlowTarget.Log ? TargetKind.LOG : TargetKind.HTTP;
    }

    private static FlowSource defaultSource(SourceKind kind) {
        return switch (kind) {
            case HTTP -> new FlowSource.Http("/messages", "POST");
            case TIMER -> new FlowSource.Timer(60_000);
            case DIRECTORY -> new FlowSource.Directory("inbox");
        };
    }

    private static FlowTarget defaultTarget(TargetKind kind, Flow flow) {
        return switch (kind) {
            case HTTP -> new FlowTarget.Http("http://127.0.0.1:9090/" + flow.id(), "POST");
            case DIRECTORY -> new FlowTarget.Directory("outbox/" + flow.id());
            case LOG -> new FlowTarget.Log(flow.id());
        };
    }
}
