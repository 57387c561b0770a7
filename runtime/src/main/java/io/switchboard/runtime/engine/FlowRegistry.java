package io.switchboard.runtime.engine;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Which flow versions are loaded, which is active per flow, and which route belongs to which flow. */
public final class FlowRegistry {

    private final Map<String, HostedFlow> byProcessingRoute = new ConcurrentHashMap<>();
    private final Map<String, HostedFlow> active = new ConcurrentHashMap<>();

    public void add(HostedFlow hosted) {
        byProcessingRoute.put(hosted.processingRouteId(), hosted);
    }

    public void activate(HostedFlow hosted) {
        add(hosted);
        active.put(hosted.flowId(), hosted);
    }

    public Optional<HostedFlow> active(String flowId) {
        return Optional.ofNullable(active.get(flowId));
    }

    public Collection<HostedFlow> activeFlows() {
        return active.values();
    }

    public Optional<HostedFlow> version(String flowId, int version) {
        return Optional.ofNullable(byProcessingRoute.get(flowId + "-v" + version));
    }

    /** The flow a route belongs to: its ingress route ({@code <id>}) or a version's processing route. */
    public Optional<HostedFlow> byRoute(String routeId) {
        if (routeId == null) {
            return Optional.empty();
        }
        HostedFlow processing = byProcessingRoute.get(routeId);
        return processing != null ? Optional.of(processing) : Optional.ofNullable(active.get(routeId));
    }
}
