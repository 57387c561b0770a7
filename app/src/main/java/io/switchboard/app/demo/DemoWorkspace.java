package io.switchboard.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flow.text.CanonicalJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo workspace: the example orders workspace, bundled with the studio and copied to a writable folder on first
 * start (it is the user's to change from then on). Its flow delivers to the demo's invoice service, wherever that
 * listens this time.
 */
public final class DemoWorkspace {

    /** The example workspace's files, as the build bundles them (a test keeps this list equal to the folder). */
    public static final List<String> FILES = List.of(
            "contracts/orders.yaml",
            "flows/orders.flow.json",
            "mappings/order-to-invoice.mapping.json",
            "samples/invoice-expected.json",
            "samples/order-small.json",
            "samples/order-to-invoice/order-small.expected.json",
            "samples/order-to-invoice/order-small.input.json");
    public static final String FLOW = "flows/orders.flow.json";
    private static final String BUNDLED = "/io/switchboard/app/demo/workspace/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoWorkspace() {
    }

    /** Copies the bundled files into {@code folder} unless a demo is there already. Does file I/O. */
    public static Path prepare(Path folder) throws IOException {
        if (!Files.isRegularFile(folder.resolve(FLOW))) {
            for (String file : FILES) {
                Path target = folder.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = DemoWorkspace.class.getResourceAsStream(BUNDLED + file)) {
                    if (in == null) {
                        throw new IOException("the studio's demo workspace lacks " + file + " (a broken build?)");
                    }
                    Files.copy(in, target);
                }
            }
            Files.createDirectories(folder.resolve(".switchboard"));
        }
        return folder;
    }

    /** Points the demo flow at the demo's invoice service; leaves the file alone when it already does. */
    public static void deliverTo(Path folder, String invoicesUrl) throws IOException {
        Path flow = folder.resolve(FLOW);
        ObjectNode definition = (ObjectNode) JSON.readTree(flow.toFile());
        if (definition.path("target").isObject() && !invoicesUrl.equals(definition.path("target").path("url")
                .asText())) {
            ((ObjectNode) definition.get("target")).put("url", invoicesUrl);
            // The demo service answers some orders slowly on purpose: a short timeout shows them as failures.
            if (definition.path("errorPolicy").isObject()) {
                ((ObjectNode) definition.get("errorPolicy")).put("timeoutMs", 2000);
            }
            Files.writeString(flow, CanonicalJson.write(definition));
        }
    }
}
