package io.switchboard.flow.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.switchboard.flow.Examples;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.FlowTarget;
import io.switchboard.flow.safety.RuntimeSafetyPolicy;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.LoadedFlow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CamelYamlExporterTest {

    @TempDir
    Path out;

    private final CamelYamlExporter exporter = new CamelYamlExporter(new MappingEngine(), new RuntimeSafetyPolicy());

    @Test
    void theOrdersFlowExportsARouteAndItsResources() throws Exception {
        LoadedFlow flow = new DefinitionLoader().loadFlow(Examples.ORDER_FLOW);

        ExportResult result = exporter.export(flow, out);

        assertEquals(out.resolve("orders.camel.yaml"), result.routeFile());
        assertTrue(Files.exists(out.resolve("orders/order-to-invoice.jslt")));
        assertTrue(Files.exists(out.resolve("orders/Order.schema.json")));
        assertTrue(Files.exists(out.resolve("orders/flow.json")));
        assertTrue(Files.exists(out.resolve(CamelYamlExporter.APPLICATION_PROPERTIES)));

        JsonNode yaml = new YAMLMapper().readTree(result.routeFile().toFile());
        JsonNode route = yaml.get(1).get("route");
        assertEquals("platform-http:/orders", route.at("/from/uri").asText());
        List<String> uris = route.at("/from/steps").findValuesAsText("uri");
        assertEquals(List.of(
                "json-validator:file:{{switchboard.flows.dir:.}}/orders/Order.schema.json",
                "jslt:file:{{switchboard.flows.dir:.}}/orders/order-to-invoice.jslt",
                "http://127.0.0.1:9090/invoices"), uris);
        assertEquals(2, yaml.get(0).at("/routeConfiguration/onException/1/onException/redeliveryPolicy/maximumRedeliveries").asInt());
    }

    @Test
    void theExportedSchemaStandsAloneWithoutOpenApiKeywords() throws Exception {
        exporter.export(new DefinitionLoader().loadFlow(Examples.ORDER_FLOW), out);

        JsonNode schema = new ObjectMapper().readTree(out.resolve("orders/Order.schema.json").toFile());

        assertEquals("#/definitions/Customer", schema.at("/properties/customer/$ref").asText());
        assertTrue(schema.at("/definitions/ShippingAddress/allOf/0/$ref").asText().equals("#/definitions/PostalAddress"));
        assertEquals("[\"string\",\"null\"]", schema.at("/properties/payment/properties/terms/type").toString());
        assertFalse(schema.toString().contains("\"example\""));
        assertFalse(schema.toString().contains("#/components/"));
    }

    @Test
    void refusesWhatTheRuntimeMustNeverRunNamingTheField() {
        LoadedFlow base = loadedFlow(new FlowTarget.Log("x"));

        ExportException exec = assertThrows(ExportException.class,
                () -> exporter.routeYaml(withTarget(base, new FlowTarget.Http("exec:/bin/sh", "POST"))));
        assertTrue(exec.getMessage().startsWith("target.url: scheme 'exec'"), exec.getMessage());

        ExportException escape = assertThrows(ExportException.class,
                () -> exporter.routeYaml(withTarget(base, new FlowTarget.Directory("out/../../etc"))));
        assertTrue(escape.getMessage().startsWith("target.path: the path leaves the data root"), escape.getMessage());

        ExportException absolute = assertThrows(ExportException.class,
                () -> exporter.routeYaml(withTarget(base, new FlowTarget.Directory("/etc/cron.d"))));
        assertTrue(absolute.getMessage().contains("not absolute"), absolute.getMessage());

        ExportException sneaky = assertThrows(ExportException.class,
                () -> exporter.routeYaml(withTarget(base, new FlowTarget.Log("x?level=OFF&bean:evil"))));
        assertTrue(sneaky.getMessage().startsWith("target.name"), sneaky.getMessage());
    }

    @Test
    void theAllowListRefusesComponentsByName() {
        RuntimeSafetyPolicy policy = new RuntimeSafetyPolicy();
        for (String uri : List.of("exec:/bin/sh", "bean:evil?method=${body}", "groovy:x", "jdbc:dataSource",
                "sql:select 1", "language:groovy:x")) {
            assertTrue(policy.checkEndpointUri(uri).isPresent(), uri);
        }
        assertTrue(policy.checkEndpointUri("jslt:file:x.jslt").isEmpty());
    }

    private static LoadedFlow loadedFlow(FlowTarget target) {
        Flow flow = new Flow(1, "f", null, new FlowSource.Http("/f", "POST"), List.of(), target, null, null, null,
                null);
        return new LoadedFlow(flow, null, Map.of(), Map.of(), List.of());
    }

    private static LoadedFlow withTarget(LoadedFlow base, FlowTarget target) {
        return new LoadedFlow(new Flow(1, base.flow().id(), null, base.flow().source(), List.of(), target, null,
                null, null, null), null, Map.of(), Map.of(), List.of());
    }
}
