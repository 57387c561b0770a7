package io.switchboard.installers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifests in installers/kubernetes, read as Kubernetes would: each has its kind's required fields, the
 * Deployment runs the image this build writes with probes on the runtime's own endpoints, its Secret references
 * match the example Secret, and the Service and the disruption budget select the Deployment's pods.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("kubernetes").toAbsolutePath();
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path work;

    private static Map<String, JsonNode> byKind() throws Exception {
        Map<String, JsonNode> kinds = new HashMap<>();
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                JsonNode manifest = YAML.readTree(file.toFile());
                for (String field : List.of("apiVersion", "kind", "metadata")) {
                    assertTrue(manifest.hasNonNull(field), file + " has " + field);
                }
                assertTrue(manifest.at("/metadata/name").isTextual(), file + " names itself");
                kinds.put(manifest.path("kind").asText(), manifest);
            }
        }
        return kinds;
    }

    @Test
    void theManifestsRunThisBuildsImageBehindAServiceWithProbesAndABudget() throws Exception {
        Map<String, JsonNode> kinds = byKind();
        assertEquals(Set.of("Deployment", "Service", "PodDisruptionBudget", "Secret"), kinds.keySet());

        JsonNode deployment = kinds.get("Deployment");
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        assertEquals(labels, deployment.at("/spec/selector/matchLabels"), "the Deployment selects its own pods");
        int replicas = deployment.at("/spec/replicas").asInt();
        assertTrue(replicas >= 3, "three replicas");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        String built = ContainerImageTest.imageName(ContainerImageTest.unpack(work.resolve("image"), "index.json"));
        assertEquals(built, container.path("image").asText(), "the image the build writes");
        assertTrue(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean());

        List<String> args = YAML.convertValue(container.path("args"), List.class);
        assertEquals("runtime", args.get(0));
        assertTrue(args.get(args.indexOf("--store") + 1).startsWith("jdbc:postgresql://"));
        assertTrue(args.stream().noneMatch(arg -> arg.toLowerCase().contains("password")),
                "no password on the command line");

        Set<String> ports = new HashSet<>();
        container.path("ports").forEach(port -> ports.add(port.path("name").asText() + ":"
                + port.path("containerPort").asInt()));
        assertEquals(Set.of("ingress:" + args.get(args.indexOf("--ingress-port") + 1),
                "api:" + args.get(args.indexOf("--api-port") + 1)), ports);
        assertEquals("/readyz", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/livez", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("api", container.at("/readinessProbe/httpGet/port").asText());

        JsonNode secret = kinds.get("Secret");
        Set<String> keys = new HashSet<>();
        secret.path("stringData").fieldNames().forEachRemaining(keys::add);
        Set<String> referenced = new HashSet<>();
        container.path("env").forEach(variable -> {
            JsonNode reference = variable.at("/valueFrom/secretKeyRef");
            assertEquals(secret.at("/metadata/name").asText(), reference.path("name").asText());
            referenced.add(reference.path("key").asText());
        });
        assertEquals(keys, referenced, "every Secret key is used, and only those");
        Set<String> variables = new HashSet<>();
        container.path("env").forEach(variable -> variables.add(variable.path("name").asText()));
        assertEquals(Set.of("SWITCHBOARD_STORE_PASSWORD", "SWITCHBOARD_ADMIN_TOKEN"), variables);

        JsonNode service = kinds.get("Service");
        labels.fields().forEachRemaining(label -> assertEquals(label.getValue(),
                service.at("/spec/selector").path(label.getKey())));
        JsonNode budget = kinds.get("PodDisruptionBudget");
        assertEquals(labels, budget.at("/spec/selector/matchLabels"));
        assertTrue(budget.at("/spec/minAvailable").asInt() < replicas, "a node can still be drained");
    }
}
