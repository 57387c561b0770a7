package io.switchboard.runtime.api;

import io.switchboard.runtime.engine.Actor;
import io.switchboard.runtime.bundle.DeployBundle;
import io.switchboard.runtime.engine.DeployException;
import io.switchboard.runtime.engine.FlowHost;
import io.switchboard.runtime.engine.FlowRegistry;
import io.switchboard.runtime.engine.HostedFlow;
import io.switchboard.runtime.security.Role;
import io.switchboard.runtime.store.AuditLog;
import io.switchboard.runtime.store.FlowVersionStore;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.DeployResult;
import io.switchboard.runtimeclient.wire.FlowSummary;
import io.switchboard.runtimeclient.wire.FlowVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/flows}: list, deploy, start, stop, versions, roll back. */
final class FlowsResource {

    private final AuditLog audit;
    private final FlowRegistry registry;
    private final FlowVersionStore versions;
    private final FlowHost host;

    FlowsResource(AuditLog audit, FlowRegistry registry, FlowVersionStore versions, FlowHost host) {
        this.audit = audit;
        this.registry = registry;
        this.versions = versions;
        this.host = host;
    }

    void mount(Router router, ApiWorkers workers) {
        router.get("/api/v1/flows").handler(workers.blocking(this::list));
        router.put("/api/v1/flows/:id").handler(workers.blocking(this::deploy));
        router.post("/api/v1/flows/:id/start").handler(workers.blocking(context -> changeState(context, true)));
        router.post("/api/v1/flows/:id/stop").handler(workers.blocking(context -> changeState(context, false)));
        router.get("/api/v1/flows/:id/versions").handler(workers.blocking(this::versions));
        router.get("/api/v1/flows/:id/versions/:version").handler(workers.blocking(this::bundle));
        router.post("/api/v1/flows/:id/rollback").handler(workers.blocking(this::rollback));
    }

    private void list(RoutingContext context) {
        List<FlowSummary> flows = registry.activeFlows().stream()
                .sorted(Comparator.comparing(HostedFlow::flowId))
                .map(this::summary)
                .toList();
        Responses.json(context, 200, flows);
    }

    private FlowSummary summary(HostedFlow hosted) {
        return new FlowSummary(hosted.flowId(), hosted.flow().name(), hosted.version(),
                host.isRunning(hosted.flowId()) ? "RUNNING" : "STOPPED");
    }

    private void deploy(RoutingContext context) {
        if (!RequestGuard.require(context, Role.DESIGNER)) {
            return;
        }
        DeployRequest request = Responses.body(context, DeployRequest.class);
        if (request == null) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (request.flowFile() == null || request.flowFile().isBlank()) {
            missing.add("flowFile: the bundle's path of the flow file is required");
        }
        if (request.files() == null || request.files().isEmpty()) {
            missing.add("files: the bundle's files (path → text) are required");
        }
        if (!missing.isEmpty()) {
            Responses.error(context, 400, "the deploy request is incomplete", missing);
            return;
        }
        String id = context.pathParam("id");
        Actor actor = RequestGuard.actor(context);
        try {
            int version = host.deploy(new DeployBundle(request.flowFile(), request.files()), actor.name(),
                    id);
            audit.append(actor.name(), actor.role(), "deploy", id, version, null, request.flowFile());
            Responses.json(context, 201, new DeployResult(id, version));
        } catch (DeployException e) {
            audit.append(actor.name(), actor.role(), "deploy-refused", id, null, request.flowFile(),
                    truncate(String.join("; ", e.problems())));
            Responses.error(context, 422, "the flow was refused", e.problems());
        }
    }

    private static String truncate(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    private void changeState(RoutingContext context, boolean start) {
        if (!RequestGuard.require(context, Role.OPERATOR)) {
            return;
        }
        String id = context.pathParam("id");
        if (registry.active(id).isEmpty()) {
            Responses.error(context, 404, "no flow " + id);
            return;
        }
        try {
            if (start) {
                host.startFlow(id);
            } else {
                host.stopFlow(id);
            }
            Actor actor = RequestGuard.actor(context);
            audit.append(actor.name(), actor.role(), start ? "start" : "stop", id,
                    registry.active(id).get().version(), null, null);
            Responses.json(context, 200, summary(registry.active(id).get()));
        } catch (Exception e) {
            Responses.error(context, 500, "cannot " + (start ? "start" : "stop") + " flow " + id, e);
        }
    }

    private void versions(RoutingContext context) {
        String id = context.pathParam("id");
        List<FlowVersion> deployed = versions.versions(id).stream()
                .map(v -> new FlowVersion(v.flowId(), v.version(), v.deployedAt(), v.actor(), v.active()))
                .toList();
        if (deployed.isEmpty()) {
            Responses.error(context, 404, "no flow " + id);
            return;
        }
        Responses.json(context, 200, deployed);
    }

    /** The files a version was deployed with, for a review of what a new deploy changes (designer). */
    private void bundle(RoutingContext context) {
        if (!RequestGuard.require(context, Role.DESIGNER)) {
            return;
        }
        String id = context.pathParam("id");
        String text = context.pathParam("version");
        if (!text.matches("[1-9][0-9]{0,8}")) {
            Responses.error(context, 400, "version is a positive whole number; got " + text);
            return;
        }
        int version = Integer.parseInt(text);
        var stored = versions.deployedBundle(id, version);
        if (stored.isEmpty()) {
            Responses.error(context, 404, "flow " + id + " has no version " + version);
            return;
        }
        DeployBundle bundle = stored.get();
        Responses.json(context, 200, new DeployRequest(bundle.flowFile(), bundle.files()));
    }

    private void rollback(RoutingContext context) {
        if (!RequestGuard.require(context, Role.DESIGNER)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = Responses.body(context, Map.class);
        if (body == null) {
            return;
        }
        // Jackson reads whole numbers that fit an int as Integer; larger ones and fractions are refused.
        if (!(body.get("version") instanceof Integer version) || version < 1) {
            Responses.error(context, 400, "version is a positive whole number, e.g. {\"version\": 2}; got "
                    + body.get("version"));
            return;
        }
        String id = context.pathParam("id");
        try {
            host.rollback(id, version);
            Actor actor = RequestGuard.actor(context);
            audit.append(actor.name(), actor.role(), "rollback", id, version, null, null);
            Responses.json(context, 200, summary(registry.active(id).orElseThrow()));
        } catch (DeployException e) {
            Responses.error(context, 404, e.getMessage(), e.problems());
        }
    }
}
