package io.switchboard.runtime.api;

import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.engine.Actor;
import io.switchboard.runtime.engine.DeployBundle;
import io.switchboard.runtime.engine.DeployException;
import io.switchboard.runtime.engine.HostedFlow;
import io.switchboard.runtime.security.Role;
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

    private final SwitchboardRuntime runtime;

    FlowsResource(SwitchboardRuntime runtime) {
        this.runtime = runtime;
    }

    void mount(Router router, ApiWorkers workers) {
        router.get("/api/v1/flows").handler(workers.blocking(this::list));
        router.put("/api/v1/flows/:id").handler(workers.blocking(this::deploy));
        router.post("/api/v1/flows/:id/start").handler(workers.blocking(context -> changeState(context, true)));
        router.post("/api/v1/flows/:id/stop").handler(workers.blocking(context -> changeState(context, false)));
        router.get("/api/v1/flows/:id/versions").handler(workers.blocking(this::versions));
        router.post("/api/v1/flows/:id/rollback").handler(workers.blocking(this::rollback));
    }

    private void list(RoutingContext context) {
        List<FlowSummary> flows = runtime.registry().activeFlows().stream()
                .sorted(Comparator.comparing(HostedFlow::flowId))
                .map(this::summary)
                .toList();
        Responses.json(context, 200, flows);
    }

    private FlowSummary summary(HostedFlow hosted) {
        return new FlowSummary(hosted.flowId(), hosted.flow().name(), hosted.version(),
                runtime.host().isRunning(hosted.flowId()) ? "RUNNING" : "STOPPED");
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
            int version = runtime.host().deploy(new DeployBundle(request.flowFile(), request.files()), actor.name(),
                    id);
            runtime.audit().append(actor.name(), actor.role(), "deploy", id, version, null, request.flowFile());
            Responses.json(context, 201, new DeployResult(id, version));
        } catch (DeployException e) {
            runtime.audit().append(actor.name(), actor.role(), "deploy-refused", id, null, request.flowFile(),
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
        if (runtime.registry().active(id).isEmpty()) {
            Responses.error(context, 404, "no flow " + id);
            return;
        }
        try {
            if (start) {
                runtime.host().startFlow(id);
            } else {
                runtime.host().stopFlow(id);
            }
            Actor actor = RequestGuard.actor(context);
            runtime.audit().append(actor.name(), actor.role(), start ? "start" : "stop", id,
                    runtime.registry().active(id).get().version(), null, null);
            Responses.json(context, 200, summary(runtime.registry().active(id).get()));
        } catch (Exception e) {
            Responses.error(context, 500, "cannot " + (start ? "start" : "stop") + " flow " + id, e);
        }
    }

    private void versions(RoutingContext context) {
        String id = context.pathParam("id");
        List<FlowVersion> versions = runtime.versions().versions(id).stream()
                .map(v -> new FlowVersion(v.flowId(), v.version(), v.deployedAt(), v.actor(), v.active()))
                .toList();
        if (versions.isEmpty()) {
            Responses.error(context, 404, "no flow " + id);
            return;
        }
        Responses.json(context, 200, versions);
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
            runtime.host().rollback(id, version);
            Actor actor = RequestGuard.actor(context);
            runtime.audit().append(actor.name(), actor.role(), "rollback", id, version, null, null);
            Responses.json(context, 200, summary(runtime.registry().active(id).orElseThrow()));
        } catch (DeployException e) {
            Responses.error(context, 404, e.getMessage(), e.problems());
        }
    }
}
