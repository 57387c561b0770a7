package io.switchboard.runtime.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flow.export.CamelYamlExporter;
import io.switchboard.flow.export.ExportException;
import io.switchboard.flow.export.RuntimeBinding;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.safety.RuntimeSafetyPolicy;
import io.switchboard.flow.source.FileScope;
import io.switchboard.flow.validation.DefinitionException;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import io.switchboard.flow.validation.LoadedFlow;
import io.switchboard.runtime.bundle.DeployBundle;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.store.DataFolder;
import io.switchboard.runtime.store.FlowVersionStore;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Hosts flows in one Camel context: deploys a bundle (validate, export, load the exported YAML), switches
 * versions, starts and stops ingress. What runs is exactly what {@link CamelYamlExporter} wrote, bound to the
 * runtime's failed-message endpoint.
 */
public final class FlowHost implements AutoCloseable {

    private final RuntimeConfiguration configuration;
    private final FlowRegistry registry;
    private final FlowVersionStore versions;
    private final FailureRecorder failureRecorder;
    private final DeliveryRecorder deliveryRecorder;
    private final RuntimeEvents events;
    private volatile RuntimeSafetyPolicy policy;
    private volatile CamelYamlExporter exporter;
    private final ObjectMapper json = new ObjectMapper();
    private final Vertx vertx;
    private Main main;
    private IngressServer ingress;
    private final TargetGuard targetGuard;
    private final DeployedFiles files;
    /** Each flow's switch to its active version. */
    private final Map<String, VersionSwitch> switches = new java.util.concurrent.ConcurrentHashMap<>();
    /** The ingress each flow's route was loaded from, to tell whether a new version needs a new one. */
    private final Map<String, String> loadedIngress = new java.util.concurrent.ConcurrentHashMap<>();

    static final int TARGET_CONNECTIONS = 1_000;

    public FlowHost(RuntimeConfiguration configuration, FlowRegistry registry, FlowVersionStore versions,
                    FailureRecorder failureRecorder, DeliveryRecorder deliveryRecorder, RuntimeEvents events,
                    Vertx vertx) {
        this.vertx = vertx;
        this.configuration = configuration;
        this.registry = registry;
        this.versions = versions;
        this.failureRecorder = failureRecorder;
        this.deliveryRecorder = deliveryRecorder;
        this.events = events;
        this.targetGuard = new TargetGuard(registry);
        this.files = new DeployedFiles(configuration);
        checkTargetsWith(List.of());
    }

    /**
     * Deploys are checked with the runtime's target rules: the hosts the configuration allows, and never the
     * management API at {@code ownEndpoints} ({@code host:port}, known once it listens).
     */
    public void checkTargetsWith(List<String> ownEndpoints) {
        policy = new RuntimeSafetyPolicy(new RuntimeSafetyPolicy.TargetRules(ownEndpoints,
                configuration.allowedTargets()));
        exporter = new CamelYamlExporter(new MappingEngine(), policy);
    }

    /**
     * Opens the HTTP ingress (answering 503 until the flows are back), starts Camel, then brings back every flow's
     * active version.
     */
    public void start() throws Exception {
        ingress = new IngressServer(vertx, configuration, this::isFlowPath);
        ingress.listen();
        main = new Main();
        // The process that hosts the runtime decides when it stops (the studio, RuntimeMain's own hook); Camel's
        // hook would stop Camel a second time, at the same moment, on SIGTERM.
        org.apache.camel.main.DefaultMainShutdownStrategy shutdown =
                new org.apache.camel.main.DefaultMainShutdownStrategy(main);
        shutdown.disableHangupSupport();
        main.setShutdownStrategy(shutdown);
        // platform-http binds the flows' routes to the ingress's router, on the Vert.x the management API runs on.
        main.bind("vertx", vertx);
        main.bind(IngressServer.ROUTER_NAME, ingress.camelRouter());
        // Directory sources and targets live below the data folder, not below wherever the process was started.
        main.addInitialProperty("switchboard.data.root", files.dataRoot().toString());
        main.addInitialProperty("camel.component.http.automatic-retries-disabled", "true");
        // Each flow's concurrency limit bounds its calls to a target, not the client's pool (20 per host by default).
        main.addInitialProperty("camel.component.http.connections-per-route", String.valueOf(TARGET_CONNECTIONS));
        main.addInitialProperty("camel.component.http.max-total-connections", String.valueOf(TARGET_CONNECTIONS));
        main.addInitialProperty("camel.component.https.automatic-retries-disabled", "true");
        main.addInitialProperty("camel.main.name", "switchboard-runtime");
        // Camel waits 45 s for messages in flight by default; a runtime that is told to stop stops in seconds.
        main.configure().setShutdownTimeout(configuration.shutdownSeconds());
        main.configure().addRoutesBuilder(new FailedMessageRoute(failureRecorder, deliveryRecorder));
        main.start();
        // Before any flow's routes are built: they are wrapped as they are created.
        context().getCamelContextExtension().addInterceptStrategy(targetGuard);
        context().getCamelContextExtension().addInterceptStrategy(new DataRootGuard(registry, files.dataRoot()));
        context().getManagementStrategy().addEventNotifier(deliveryRecorder);
        for (FlowVersionStore.StoredVersion active : versions.activeVersions()) {
            load(active.flowId(), active.version(), active.bundle(), active.running());
        }
        ingress.ready();
    }

    private boolean isFlowPath(String path) {
        return registry.activeFlows().stream().map(hosted -> hosted.flow().source())
                .anyMatch(source -> source instanceof FlowSource.Http http && http.path().equals(path));
    }

    /** Validates, exports and loads a new version, which becomes active; answers its version number. */
    public int deploy(DeployBundle bundle, String actor) throws DeployException {
        return deploy(bundle, actor, null);
    }

    /** As {@link #deploy(DeployBundle, String)}, refusing a flow whose id is not {@code expectedId} (when given). */
    public synchronized int deploy(DeployBundle bundle, String actor, String expectedId) throws DeployException {
        String flowId = flowIdOf(bundle);
        if (expectedId != null && !expectedId.equals(flowId)) {
            throw new DeployException(List.of("the flow's id '" + flowId + "' is not the '" + expectedId
                    + "' of the URL"));
        }
        int version = versions.nextVersion(flowId);
        load(flowId, version, bundle, true);
        versions.save(flowId, version, actor, write(bundle));
        events.publish(RuntimeEvent.of(RuntimeEvent.Type.DEPLOY, flowId, Map.of("version", version, "actor", actor)));
        return version;
    }

    /** Makes an earlier version active again. */
    public synchronized void rollback(String flowId, int version) throws DeployException {
        String bundle = versions.bundle(flowId, version)
                .orElseThrow(() -> new DeployException(List.of("flow " + flowId + " has no version " + version)));
        load(flowId, version, read(bundle), true);
        versions.activate(flowId, version, true);
        events.publish(RuntimeEvent.of(RuntimeEvent.Type.DEPLOY, flowId, Map.of("version", version, "rollback", true)));
    }

    /**
     * Brings this runtime to the flow versions active in the store, when several runtimes share it: a deploy, a
     * rollback, a start or a stop made through another runtime is followed here (the versions' files are written
     * from the stored bundle, as at start). Answers how many flows changed. Deploys and state changes made here
     * hold the same lock, so a version loaded but not yet stored is never taken for one to undo.
     */
    public synchronized int followStore() throws Exception {
        int changed = 0;
        for (FlowVersionStore.ActiveState stored : versions.activeStates()) {
            Optional<HostedFlow> hosted = registry.active(stored.flowId());
            if (hosted.isEmpty() || hosted.get().version() != stored.version()) {
                load(stored.flowId(), stored.version(), versions.deployedBundle(stored.flowId(), stored.version())
                        .orElseThrow(), stored.running());
                events.publish(RuntimeEvent.of(RuntimeEvent.Type.DEPLOY, stored.flowId(),
                        Map.of("version", stored.version(), "followed", true)));
                changed++;
            } else if (isRunning(stored.flowId()) != stored.running()) {
                if (stored.running()) {
                    context().getRouteController().startRoute(stored.flowId());
                } else {
                    context().getRouteController().stopRoute(stored.flowId());
                }
                events.publish(RuntimeEvent.of(RuntimeEvent.Type.STATE, stored.flowId(),
                        Map.of("state", stored.running() ? "RUNNING" : "STOPPED", "followed", true)));
                changed++;
            }
        }
        return changed;
    }

    public synchronized void startFlow(String flowId) throws Exception {
        requireActive(flowId);
        context().getRouteController().startRoute(flowId);
        versions.setRunning(flowId, true);
        events.publish(RuntimeEvent.of(RuntimeEvent.Type.STATE, flowId, Map.of("state", "RUNNING")));
    }

    public synchronized void stopFlow(String flowId) throws Exception {
        requireActive(flowId);
        context().getRouteController().stopRoute(flowId);
        versions.setRunning(flowId, false);
        events.publish(RuntimeEvent.of(RuntimeEvent.Type.STATE, flowId, Map.of("state", "STOPPED")));
    }

    /** Whether the flow's ingress is taking messages. */
    public boolean isRunning(String flowId) {
        return context().getRouteController().getRouteStatus(flowId) != null
                && context().getRouteController().getRouteStatus(flowId).isStarted();
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    private void requireActive(String flowId) throws DeployException {
        if (registry.active(flowId).isEmpty()) {
            throw new DeployException(List.of("no flow " + flowId + " is deployed"));
        }
    }

    private synchronized void load(String flowId, int version, DeployBundle bundle, boolean running)
            throws DeployException {
        Path versionDir = configuration.flowsDir().resolve(flowId).resolve("v" + version);
        boolean written = Files.exists(versionDir);
        try {
            loadFrom(versionDir, flowId, version, bundle, running);
        } catch (DeployException e) {
            // Nothing of a refused bundle stays on disk (a version loaded before keeps its files: a route uses them).
            if (!written) {
                files.forget(versionDir);
            }
            throw e;
        }
    }

    private void loadFrom(Path versionDir, String flowId, int version, DeployBundle bundle, boolean running)
            throws DeployException {
        try {
            Path flowFile = BundleWriter.write(bundle, versionDir.resolve("source"));
            // A bundle's references resolve inside the bundle only: nothing else the runtime can read.
            LoadedFlow loaded = new DefinitionLoader(policy, new PayloadCodec(),
                    FileScope.within(versionDir.resolve("source"))).loadFlow(flowFile);
            if (!loaded.flow().id().equals(flowId)) {
                throw new DeployException(List.of("the flow's id '" + loaded.flow().id() + "' is not '" + flowId + "'"));
            }
            files.requireInsideDataRoot(loaded.flow());
            Path exportDir = versionDir.resolve("export");
            RuntimeBinding binding = new RuntimeBinding(version, FailureRecorder.ENDPOINT,
                    DeliveryRecorder.ENDPOINT, exportDir.toString());
            var exported = exporter.export(loaded, exportDir, binding);
            DataFolder.restrict(configuration.flowsDir());
            HostedFlow hosted = new HostedFlow(loaded.flow(), version, binding);
            replaceRoutes(hosted, exported.routeFile(), exported.ingressFile());
            registry.activate(hosted);
            if (!running) {
                context().getRouteController().stopRoute(flowId);
            }
        } catch (DefinitionException e) {
            throw new DeployException(e.findings().stream().map(this::relative).toList());
        } catch (ExportException e) {
            throw new DeployException(List.of(e.getMessage()));
        } catch (DeployException e) {
            throw e;
        } catch (Exception e) {
            throw new DeployException(List.of("cannot load flow " + flowId + " v" + version + ": " + e.getMessage()));
        }
    }

    /**
     * Switches a flow to a version without refusing a message: the version's processing route is loaded beside the
     * one running, then the flow's switch ({@code direct:<id>-active}, a {@link VersionSwitch}) is pointed at it in
     * one step; messages under way finish on the version they started on.
     * The ingress is kept while the source is the same, and replaced (a short 503 with Retry-After) when it is not.
     * Earlier versions' processing routes stay for replays pinned to them.
     */
    private void replaceRoutes(HostedFlow hosted, Path routes, Path ingress) throws Exception {
        CamelContext context = context();
        removeRoute(context, hosted.processingRouteId());
        // Loading a version again (a rollback to a loaded version) brings its error policy again too.
        Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
        RouteConfigurationDefinition policy = model.getRouteConfigurationDefinition(
                hosted.processingRouteId() + "-error-policy");
        if (policy != null) {
            model.removeRouteConfiguration(policy);
        }
        load(context, routes);
        switchOf(context, hosted.flowId()).point(context.getEndpoint(hosted.processingUri()));
        String ingressText = Files.readString(ingress);
        if (context.getRoute(hosted.flowId()) == null || !ingressText.equals(loadedIngress.get(hosted.flowId()))) {
            removeRoute(context, hosted.flowId());
            load(context, ingress);
            loadedIngress.put(hosted.flowId(), ingressText);
        }
    }

    /** The flow's switch, made (with its route) on the flow's first deploy. */
    private VersionSwitch switchOf(CamelContext context, String flowId) throws Exception {
        VersionSwitch existing = switches.get(flowId);
        if (existing != null) {
            return existing;
        }
        VersionSwitch created = new VersionSwitch(context.createProducerTemplate());
        context.addRoutes(new RouteBuilder(context) {
            @Override
            public void configure() {
                // No error handling of its own: a failure goes back to the ingress as it did from the version.
                from(RuntimeBinding.activeUri(flowId)).routeId(flowId + "-active").errorHandler(noErrorHandler())
                        .process(created);
            }
        });
        switches.put(flowId, created);
        return created;
    }

    private static void removeRoute(CamelContext context, String id) throws Exception {
        if (context.getRoute(id) != null) {
            context.getRouteController().stopRoute(id);
            context.removeRoute(id);
        }
    }

    private static void load(CamelContext context, Path routes) throws Exception {
        Resource resource = ResourceHelper.resolveResource(context, "file:" + routes.toAbsolutePath());
        PluginHelper.getRoutesLoader(context).loadRoutes(resource);
    }

    private String relative(Finding finding) {
        return finding.format().replace(configuration.flowsDir().toAbsolutePath() + "/", "");
    }

    private static String flowIdOf(DeployBundle bundle) throws DeployException {
        String name = bundle.flowFile() == null ? "" : Path.of(bundle.flowFile()).getFileName().toString();
        String text = bundle.files().get(bundle.flowFile());
        if (text == null) {
            throw new DeployException(List.of("flowFile must name one of the bundle's files"));
        }
        try {
            String id = new ObjectMapper().readTree(text).path("id").asText("");
            if (!id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
                throw new DeployException(List.of(name + ": the flow needs an id of lower-case letters, digits and '-'"));
            }
            return id;
        } catch (IOException e) {
            throw new DeployException(List.of(name + ": not well-formed JSON: " + e.getMessage()));
        }
    }

    private String write(DeployBundle bundle) {
        try {
            return json.writeValueAsString(bundle);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private DeployBundle read(String text) {
        try {
            return json.readValue(text, DeployBundle.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (main != null) {
            main.stop();
        }
        if (ingress != null) {
            ingress.close();
        }
    }

    /**
     * The runtime's own routes: the dead-letter endpoint every hosted flow sends its failures to, and the one each
     * delivery passes before its sender is answered.
     */
    public static final class FailedMessageRoute extends RouteBuilder {
        private final FailureRecorder failures;
        private final DeliveryRecorder deliveries;

        public FailedMessageRoute(FailureRecorder failures, DeliveryRecorder deliveries) {
            this.failures = failures;
            this.deliveries = deliveries;
        }

        @Override
        public void configure() {
            from(FailureRecorder.ENDPOINT).routeId("switchboard-failed").process(failures);
            from(DeliveryRecorder.ENDPOINT).routeId("switchboard-delivered").process(deliveries::recordKey);
            from(RuntimeBinding.RECEIVE_URI).routeId("switchboard-receive")
                    .process(deliveries::receive);
        }
    }
}
