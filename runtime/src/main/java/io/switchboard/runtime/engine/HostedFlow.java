package io.switchboard.runtime.engine;

import io.switchboard.flow.model.Flow;
import io.switchboard.flow.export.RuntimeBinding;

/** One deployed version of a flow, as the runtime holds it. */
public record HostedFlow(Flow flow, int version, RuntimeBinding binding) {

    public String flowId() {
        return flow.id();
    }

    public String processingRouteId() {
        return binding.processingRouteId(flow.id());
    }

    public String processingUri() {
        return binding.processingUri(flow.id());
    }
}
