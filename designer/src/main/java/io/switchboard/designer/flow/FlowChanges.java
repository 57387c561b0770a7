package io.switchboard.designer.flow;

import io.switchboard.flow.model.ErrorPolicy;
import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.FlowTarget;
import io.switchboard.flow.model.MaskingRule;
import io.switchboard.flow.model.Step;
import java.util.ArrayList;
import java.util.List;

/** A flow with one part changed: flows are values, so each edit is a new flow (and undo is the old one). */
final class FlowChanges {

    private FlowChanges() {
    }

    static Flow name(Flow flow, String name) {
        return new Flow(flow.version(), flow.id(), name, flow.source(), flow.steps(), flow.target(),
                flow.errorPolicy(), flow.idempotencyKey(), flow.idempotencyScope(), flow.masking());
    }

    static Flow source(Flow flow, FlowSource source) {
        return new Flow(flow.version(), flow.id(), flow.name(), source, flow.steps(), flow.target(),
                flow.errorPolicy(), flow.idempotencyKey(), flow.idempotencyScope(), flow.masking());
    }

    static Flow steps(Flow flow, List<Step> steps) {
        return new Flow(flow.version(), flow.id(), flow.name(), flow.source(), steps, flow.target(),
                flow.errorPolicy(), flow.idempotencyKey(), flow.idempotencyScope(), flow.masking());
    }

    static Flow step(Flow flow, int index, Step step) {
        List<Step> steps = new ArrayList<>(flow.steps());
        steps.set(index, step);
        return steps(flow, steps);
    }

    static Flow insertStep(Flow flow, int index, Step step) {
        List<Step> steps = new ArrayList<>(flow.steps());
        steps.add(Math.min(index, steps.size()), step);
        return steps(flow, steps);
    }

    static Flow removeStep(Flow flow, int index) {
        List<Step> steps = new ArrayList<>(flow.steps());
        steps.remove(index);
        return steps(flow, steps);
    }

    static Flow target(Flow flow, FlowTarget target) {
        return new Flow(flow.version(), flow.id(), flow.name(), flow.source(), flow.steps(), target,
                flow.errorPolicy(), flow.idempotencyKey(), flow.idempotencyScope(), flow.masking());
    }

    static Flow errorPolicy(Flow flow, ErrorPolicy policy) {
        return new Flow(flow.version(), flow.id(), flow.name(), flow.source(), flow.steps(), flow.target(),
                policy, flow.idempotencyKey(), flow.idempotencyScope(), flow.masking());
    }

    /** An empty key means none; the scope is kept only with a key. */
    static Flow idempotency(Flow flow, String key, String scope) {
        String kept = key == null || key.isBlank() ? null : key.strip();
        return new Flow(flow.version(), flow.id(), flow.name(), flow.source(), flow.steps(), flow.target(),
                flow.errorPolicy(), kept, kept == null ? null : scope, flow.masking());
    }

    static Flow masking(Flow flow, List<MaskingRule> masking) {
        return new Flow(flow.version(), flow.id(), flow.name(), flow.source(), flow.steps(), flow.target(),
                flow.errorPolicy(), flow.idempotencyKey(), flow.idempotencyScope(), masking);
    }
}
