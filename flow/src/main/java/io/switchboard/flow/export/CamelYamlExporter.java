package io.switchboard.flow.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.model.ErrorPolicy;
import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.FlowTarget;
import io.switchboard.flow.model.RetryableError;
import io.switchboard.flow.model.Step;
import io.switchboard.flow.safety.RuntimeSafetyPolicy;
import io.switchboard.flow.schema.SchemaResolutionException;
import io.switchboard.flow.schema.SchemaResolver;
import io.switchboard.flow.schema.StandaloneSchemaWriter;
import io.switchboard.flow.validation.LoadedFlow;
import io.switchboard.flow.validation.LoadedMapping;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exports a flow as a Camel YAML DSL route plus the resources it reads (JSLT templates, JSON Schemas): a folder a
 * stock Camel 4.17 with the {@code jslt} and {@code json-validator} components runs as it is.
 *
 * <p>Layout: {@code OUT/<id>.camel.yaml}, and {@code OUT/<id>/} with the resources and a copy of the flow. Resource
 * paths are written as {@code file:{{switchboard.flows.dir:.}}/<id>/...}, so the folder runs from its own
 * directory and a runtime that keeps it elsewhere sets one property. Directory sources and targets live below
 * {@code {{switchboard.data.root:data}}}.
 */
public final class CamelYamlExporter {

    public static final String FLOWS_DIR = "{{switchboard.flows.dir:.}}";
    public static final String DATA_ROOT = "{{switchboard.data.root:data}}";
    public static final String IDEMPOTENCY_HEADER = "SwitchboardIdempotencyKey";
    public static final String FLOW_VERSION_HEADER = "SwitchboardFlowVersion";
    /**
     * The id of the step that calls an HTTP target is its route's id and this: Switchboard's runtime puts the
     * flow's circuit breaker and concurrency limit around it.
     */
    public static final String TARGET_NODE_SUFFIX = "-target";

    public static final String APPLICATION_PROPERTIES = "application.properties";
    private static final String APPLICATION_PROPERTIES_TEXT = """
            # Settings the exported routes rely on; Camel reads this file when it runs from this folder.
            # The flow's error policy alone decides retries: the HTTP client must not retry 503 and 429 on its own.
            camel.component.http.automatic-retries-disabled = true
            camel.component.https.automatic-retries-disabled = true
            # The flow's own limits bound its calls to a target, not the client's pool (20 per host by default).
            camel.component.http.connections-per-route = 1000
            camel.component.http.max-total-connections = 1000
            # Where the routes find their resources (this folder) and the directory sources and targets.
            switchboard.flows.dir = .
            switchboard.data.root = data
            """;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final MappingEngine engine;
    private final RuntimeSafetyPolicy policy;

    public CamelYamlExporter(MappingEngine engine, RuntimeSafetyPolicy policy) {
        this.engine = engine;
        this.policy = policy;
    }

    public ExportResult export(LoadedFlow loaded, Path outDir) throws ExportException {
        return export(loaded, outDir, null);
    }

    /** Exports for Switchboard's runtime when {@code binding} is given, for a stock Camel otherwise. */
    public ExportResult export(LoadedFlow loaded, Path outDir, RuntimeBinding binding) throws ExportException {
        Flow flow = loaded.flow();
        Map<String, byte[]> resources = resources(loaded);
        String yaml = routeYaml(loaded, binding);
        try {
            Path resourceDir = outDir.resolve(flow.id());
            Files.createDirectories(resourceDir);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                Path file = resourceDir.resolve(resource.getKey());
                Files.write(file, resource.getValue());
                written.add(file);
            }
            Files.writeString(outDir.resolve(APPLICATION_PROPERTIES), APPLICATION_PROPERTIES_TEXT);
            Path routeFile = outDir.resolve(flow.id() + ".camel.yaml");
            Files.writeString(routeFile, yaml, StandardCharsets.UTF_8);
            Path ingressFile = null;
            if (binding != null) {
                ingressFile = outDir.resolve(flow.id() + "-ingress.camel.yaml");
                Files.writeString(ingressFile, ingressYaml(flow, binding), StandardCharsets.UTF_8);
            }
            return new ExportResult(routeFile, ingressFile, List.copyOf(written));
        } catch (IOException e) {
            throw new ExportException("cannot write the export to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /** The route as Camel YAML DSL text, for a stock Camel. */
    public String routeYaml(LoadedFlow loaded) throws ExportException {
        return routeYaml(loaded, null);
    }

    /** The route as Camel YAML DSL text; bound to Switchboard's runtime when {@code binding} is given. */
    public String routeYaml(LoadedFlow loaded, RuntimeBinding binding) throws ExportException {
        Flow flow = loaded.flow();
        ArrayNode document = NODES.arrayNode();
        document.addObject().set("routeConfiguration", errorPolicy(flow, binding));
        // For the runtime, the ingress is a file of its own (ingressYaml): a deploy keeps it while it is the same.
        document.addObject().set("route", route(loaded, binding));
        return yaml(document);
    }

    /** Runtime only: the ingress route as Camel YAML DSL text. */
    public String ingressYaml(Flow flow, RuntimeBinding binding) throws ExportException {
        ArrayNode document = NODES.arrayNode();
        document.addObject().set("route", ingressRoute(flow, binding));
        return yaml(document);
    }

    private static String yaml(ArrayNode document) throws ExportException {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new ExportException("cannot write YAML: " + e.getMessage(), e);
        }
    }

    /** Runtime only: the ingress reads the message and hands it to whichever version is active. */
    private ObjectNode ingressRoute(Flow flow, RuntimeBinding binding) throws ExportException {
        ObjectNode route = NODES.objectNode();
        route.put("id", flow.id());
        ObjectNode from = route.putObject("from");
        from.put("uri", checked(sourceUri(flow.source()), "source"));
        sourceParameters(flow.source(), from);
        ArrayNode steps = from.putArray("steps");
        readMessage(steps, flow.source());
        ObjectNode received = steps.addObject().putObject("setProperty");
        received.put("name", RuntimeBinding.RECEIVED_PROPERTY);
        received.putObject("simple").put("expression", "${body}");
        steps.addObject().putObject("to").put("uri", RuntimeBinding.activeUri(flow.id()));
        answerOnly(steps, flow.source());
        return route;
    }

    private ObjectNode route(LoadedFlow loaded, RuntimeBinding binding) throws ExportException {
        Flow flow = loaded.flow();
        ObjectNode route = NODES.objectNode();
        route.put("id", binding == null ? flow.id() : binding.processingRouteId(flow.id()));
        if (flow.name() != null) {
            route.put("description", flow.name());
        }
        route.put("routeConfigurationId", errorPolicyId(flow, binding));
        ObjectNode from = route.putObject("from");
        ArrayNode steps;
        if (binding == null) {
            from.put("uri", checked(sourceUri(flow.source()), "source"));
            sourceParameters(flow.source(), from);
            steps = from.putArray("steps");
            readMessage(steps, flow.source());
        } else {
            from.put("uri", binding.processingUri(flow.id()));
            steps = from.putArray("steps");
        }
        String version = String.valueOf(binding == null ? flow.version() : binding.version());
        steps.addObject().set("setHeader", constantHeader(FLOW_VERSION_HEADER, version));
        ArrayNode current = steps;
        List<Step> flowSteps = flow.steps();
        boolean keyPending = flow.idempotencyKey() != null;
        for (int i = 0; i < flowSteps.size(); i++) {
            if (keyPending && !(flowSteps.get(i) instanceof Step.Validate)) {
                current.addObject().set("setHeader", idempotencyHeader(flow.idempotencyKey()));
                current = receiveOnce(flow, binding, current);
                keyPending = false;
            }
            current = step(loaded, i, current, binding);
        }
        if (keyPending) {
            current.addObject().set("setHeader", idempotencyHeader(flow.idempotencyKey()));
            current = receiveOnce(flow, binding, current);
        }
        target(flow.target(), flow.errorPolicy(), route.get("id").asText() + TARGET_NODE_SUFFIX, current);
        if (binding != null) {
            current.addObject().putObject("to").put("uri", binding.deliveredUri());
        } else {
            answerOnly(steps, flow.source());
        }
        return route;
    }

    /**
     * Runtime only, for a flow that deduplicates every message: asks the runtime whether the key was delivered (or
     * is being delivered) and nests the rest of the flow in a filter that a duplicate skips; the runtime has set its
     * answer. A stock export has no store of keys: there the key only marks the message.
     */
    private static ArrayNode receiveOnce(Flow flow, RuntimeBinding binding, ArrayNode steps) {
        if (binding == null || !flow.deduplicatesMessages()) {
            return steps;
        }
        steps.addObject().putObject("to").put("uri", RuntimeBinding.RECEIVE_URI);
        ObjectNode filter = steps.addObject().putObject("filter");
        filter.putObject("simple").put("expression", "${exchangeProperty." + RuntimeBinding.DUPLICATE_PROPERTY
                + "} == null");
        return filter.putArray("steps");
    }

    /** Adds one step; returns the list later steps go into (a filter nests what follows it). */
    private ArrayNode step(LoadedFlow loaded, int index, ArrayNode steps, RuntimeBinding binding)
            throws ExportException {
        Flow flow = loaded.flow();
        Step step = flow.steps().get(index);
        if (step instanceof Step.Validate) {
            steps.addObject().putObject("to").put("uri",
                    checked("json-validator:file:" + resourcePath(flow, schemaFileName(loaded, index), binding),
                            "steps[" + index + "]"));
        } else if (step instanceof Step.Map) {
            steps.addObject().putObject("to").put("uri",
                    checked("jslt:file:" + resourcePath(flow, jsltFileName(loaded, index), binding),
                            "steps[" + index + "]"));
        } else if (step instanceof Step.Filter filter) {
            refuseIf(policy.checkJsonPath(filter.jsonPath()), "steps[" + index + "].jsonPath");
            ObjectNode node = steps.addObject().putObject("filter");
            node.putObject("jsonpath").put("expression", filter.jsonPath()).put("suppressExceptions", true);
            return node.putArray("steps");
        }
        return steps;
    }

    private void target(FlowTarget target, ErrorPolicy errorPolicy, String nodeId, ArrayNode steps)
            throws ExportException {
        if (target instanceof FlowTarget.Http http) {
            refuseIf(policy.checkHttpUrl(http.url()), "target.url");
            steps.addObject().set("setHeader", constantHeader("Content-Type", "application/json"));
            steps.addObject().set("setHeader", constantHeader("CamelHttpMethod", http.method()));
            // The query travels as the request's query text (CamelHttpQuery), never as endpoint options.
            URI url = URI.create(http.url());
            if (url.getRawQuery() != null && !url.getRawQuery().isEmpty()) {
                steps.addObject().set("setHeader", constantHeader("CamelHttpQuery", url.getRawQuery()));
            }
            ObjectNode call = steps.addObject().putObject("to");
            call.put("id", nodeId);
            call.put("uri", checked(withoutQuery(url), "target.url"));
            ObjectNode parameters = call.putObject("parameters");
            // The pool wait, the connect and each read are bounded: a slow target holds a thread this long at most.
            for (String timeout : List.of("connectionRequestTimeout", "connectTimeout", "responseTimeout",
                    "soTimeout")) {
                parameters.put(timeout, errorPolicy.timeoutMs());
            }
        } else if (target instanceof FlowTarget.Directory directory) {
            ObjectNode write = steps.addObject().putObject("to");
            write.put("id", nodeId);
            write.put("uri", checked("file:" + DATA_ROOT + "/" + checkedDataPath(directory.path(), "target.path"),
                    "target.path"));
        } else if (target instanceof FlowTarget.Log log) {
            refuseIf(policy.checkLogName(log.name()), "target.name");
            steps.addObject().putObject("to").put("uri",
                    checked("log:" + (log.name() == null ? "switchboard" : log.name()), "target.name"));
        }
    }

    private static String withoutQuery(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    private String sourceUri(FlowSource source) throws ExportException {
        if (source instanceof FlowSource.Http http) {
            refuseIf(policy.checkSourcePath(http.path()), "source.path");
            return "platform-http:" + http.path();
        }
        if (source instanceof FlowSource.Directory directory) {
            return "file:" + DATA_ROOT + "/" + checkedDataPath(directory.path(), "source.path");
        }
        return "timer:switchboard";
    }

    private String checkedDataPath(String path, String field) throws ExportException {
        refuseIf(policy.checkDataPath(path), field);
        return path;
    }

    private static void sourceParameters(FlowSource source, ObjectNode from) {
        ObjectNode parameters = from.putObject("parameters");
        if (source instanceof FlowSource.Http http) {
            parameters.put("httpMethodRestrict", http.method());
        } else if (source instanceof FlowSource.Timer timer) {
            parameters.put("period", timer.periodMs());
        } else {
            parameters.put("moveFailed", ".failed");
        }
    }

    /** Retries for the failures the policy names, with its backoff; a message that fails validation gets a 400. */
    private static ObjectNode errorPolicy(Flow flow, RuntimeBinding binding) {
        ErrorPolicy policy = flow.errorPolicy();
        ObjectNode configuration = NODES.objectNode();
        configuration.put("id", errorPolicyId(flow, binding));
        if (binding != null) {
            ObjectNode deadLetter = configuration.putObject("errorHandler").putObject("deadLetterChannel");
            deadLetter.put("deadLetterUri", binding.failedUri());
            deadLetter.put("useOriginalMessage", true);
            deadLetter.put("deadLetterHandleNewException", false);
            // The store keeps each failure with its error; a stack trace in the log per failure only costs time.
            quietLogging(deadLetter.putObject("redeliveryPolicy"));
        }
        ArrayNode clauses = configuration.putArray("onException");

        ObjectNode invalid = clauses.addObject().putObject("onException");
        invalid.putArray("exception").add("org.apache.camel.component.jsonvalidator.JsonValidationException");
        invalid.putObject("handled").put("constant", true);
        ArrayNode invalidSteps = invalid.putArray("steps");
        invalidSteps.addObject().set("setHeader", constantHeader("CamelHttpResponseCode", "400"));
        invalidSteps.addObject().set("setHeader", constantHeader("Content-Type", "application/json"));
        invalidSteps.addObject().putObject("setBody").put("simple",
                "{\"error\": \"the message does not match the flow's schema\", \"flow\": \"" + flow.id() + "\"}");

        List<String> statusConditions = new ArrayList<>();
        if (policy.retryOn().contains(RetryableError.HTTP_5XX)) {
            statusConditions.add("${exception.statusCode} >= 500");
        }
        if (policy.retryOn().contains(RetryableError.HTTP_429)) {
            statusConditions.add("${exception.statusCode} == 429");
        }
        if (!statusConditions.isEmpty()) {
            ObjectNode status = clauses.addObject().putObject("onException");
            status.putArray("exception").add("org.apache.camel.http.base.HttpOperationFailedException");
            status.putObject("onWhen").putObject("expression").putObject("simple")
                    .put("expression", String.join(" || ", statusConditions));
            status.set("redeliveryPolicy", redelivery(policy));
            keepOriginal(status, binding);
        }
        if (policy.retryOn().contains(RetryableError.CONNECTION)) {
            ObjectNode connection = clauses.addObject().putObject("onException");
            connection.putArray("exception").add("java.io.IOException");
            connection.set("redeliveryPolicy", redelivery(policy));
            keepOriginal(connection, binding);
        }
        // A read timeout is an IOException too, but the target may have acted on the message: the closer match
        // wins, so it is retried only when the policy names it.
        ObjectNode timeout = clauses.addObject().putObject("onException");
        timeout.putArray("exception").add("java.net.SocketTimeoutException");
        timeout.set("redeliveryPolicy", policy.retryOn().contains(RetryableError.TIMEOUT) ? redelivery(policy)
                : noRedelivery());
        keepOriginal(timeout, binding);
        return configuration;
    }

    /**
     * A matching onException clause decides on its own whether the dead letter gets the original message, so in
     * the runtime each says so: the failed-message store keeps the message as received, not half-processed.
     */
    private static void keepOriginal(ObjectNode clause, RuntimeBinding binding) {
        if (binding != null) {
            clause.put("useOriginalMessage", true);
            quietLogging((ObjectNode) clause.get("redeliveryPolicy"));
        }
    }

    private static void quietLogging(ObjectNode redeliveryPolicy) {
        redeliveryPolicy.put("logStackTrace", false);
        redeliveryPolicy.put("logRetryStackTrace", false);
        redeliveryPolicy.put("logExhaustedMessageHistory", false);
        redeliveryPolicy.put("retriesExhaustedLogLevel", "WARN");
    }

    private static ObjectNode noRedelivery() {
        ObjectNode redelivery = NODES.objectNode();
        redelivery.put("maximumRedeliveries", 0);
        return redelivery;
    }

    private static ObjectNode redelivery(ErrorPolicy policy) {
        ObjectNode redelivery = NODES.objectNode();
        redelivery.put("maximumRedeliveries", Math.max(0, policy.maxAttempts() - 1));
        redelivery.put("redeliveryDelay", policy.backoffMs());
        // The back-off is scheduled, not slept on the message's thread.
        redelivery.put("asyncDelayedRedelivery", true);
        if (policy.backoffMultiplier() > 1.0) {
            redelivery.put("useExponentialBackOff", true);
            redelivery.put("backOffMultiplier", policy.backoffMultiplier());
        }
        redelivery.put("retryAttemptedLogLevel", "WARN");
        return redelivery;
    }

    private static String errorPolicyId(Flow flow, RuntimeBinding binding) {
        return (binding == null ? flow.id() : binding.processingRouteId(flow.id())) + "-error-policy";
    }

    private static ObjectNode constantHeader(String name, String value) {
        ObjectNode header = NODES.objectNode();
        header.put("name", name);
        header.putObject("constant").put("expression", value);
        return header;
    }

    private static ObjectNode idempotencyHeader(String keyPath) {
        ObjectNode header = NODES.objectNode();
        header.put("name", IDEMPOTENCY_HEADER);
        header.putObject("jsonpath").put("expression", "$" + keyPath).put("suppressExceptions", true);
        return header;
    }

    private String checked(String uri, String field) throws ExportException {
        refuseIf(policy.checkEndpointUri(uri), field);
        return uri;
    }

    private static void refuseIf(Optional<String> problem, String field) throws ExportException {
        if (problem.isPresent()) {
            throw new ExportException(field + ": " + problem.get());
        }
    }

    private static String resourcePath(Flow flow, String fileName, RuntimeBinding binding) {
        String root = binding == null ? FLOWS_DIR : binding.resourceDir();
        return root + "/" + flow.id() + "/" + fileName;
    }

    /**
     * Refuses an HTTP message that does not say it is JSON (415), reads the body once into memory, and drops every
     * header the sender sent, whatever its case ("CAmel…" too).
     */
    private static void readMessage(ArrayNode steps, FlowSource source) {
        if (source instanceof FlowSource.Http) {
            ObjectNode when = steps.addObject().putObject("choice").putArray("when").addObject();
            when.put("simple", "${header.Content-Type} == null || ${header.Content-Type} !contains 'json'");
            ArrayNode refuse = when.putArray("steps");
            refuse.addObject().set("setHeader", constantHeader("CamelHttpResponseCode", "415"));
            refuse.addObject().set("setHeader", constantHeader("Content-Type", "application/json"));
            refuse.addObject().putObject("setBody").putObject("constant").put("expression",
                    "{\"error\": \"send the message as application/json\"}");
            refuse.addObject().putObject("stop");
        }
        steps.addObject().putObject("convertBodyTo").put("type", "java.lang.String");
        steps.addObject().putObject("removeHeaders").put("pattern", "*");
    }

    /**
     * The sender hears the status and the content type, nothing else: not the target's headers ({@code Server},
     * cookies) nor the flow's own ({@code SwitchboardFlowVersion}, {@code SwitchboardIdempotencyKey}).
     */
    private static void answerOnly(ArrayNode steps, FlowSource source) {
        if (source instanceof FlowSource.Http) {
            steps.addObject().putObject("removeHeaders").put("pattern", "*")
                    .put("excludePattern", "CamelHttpResponseCode|Content-Type");
        }
    }

    private static String jsltFileName(LoadedFlow loaded, int stepIndex) {
        return loaded.mappings().get(stepIndex).mapping().id() + ".jslt";
    }

    private static String schemaFileName(LoadedFlow loaded, int stepIndex) {
        return loaded.schemas().get(stepIndex).name() + ".schema.json";
    }

    private Map<String, byte[]> resources(LoadedFlow loaded) throws ExportException {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        StandaloneSchemaWriter schemaWriter = new StandaloneSchemaWriter(new SchemaResolver());
        for (int i = 0; i < loaded.flow().steps().size(); i++) {
            LoadedMapping mapping = loaded.mappings().get(i);
            if (mapping != null) {
                resources.put(jsltFileName(loaded, i),
                        engine.generate(mapping.mapping()).text().getBytes(StandardCharsets.UTF_8));
            }
            if (loaded.schemas().containsKey(i)) {
                try {
                    JsonNode schema = schemaWriter.write(loaded.schemas().get(i));
                    resources.put(schemaFileName(loaded, i), JSON.writeValueAsBytes(schema));
                } catch (SchemaResolutionException | JsonProcessingException e) {
                    throw new ExportException("steps[" + i + "].schema: " + e.getMessage(), e);
                }
            }
        }
        try {
            resources.put("flow.json", JSON.writeValueAsBytes(loaded.flow()));
        } catch (JsonProcessingException e) {
            throw new ExportException("cannot write the flow: " + e.getMessage(), e);
        }
        return resources;
    }
}
