package io.switchboard.app.demo;

import io.switchboard.app.deploy.FlowDeployments;
import io.switchboard.app.settings.Environment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live demo: the demo workspace, its billing service, its flow deployed to the embedded runtime and a web shop
 * sending orders, so that the monitor shows health, failure groups and messages to replay within seconds.
 */
public final class Demo implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    private final Path workspace;
    private final DemoInvoiceService invoices;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "demo-traffic");
        thread.setDaemon(true);
        return thread;
    });
    private volatile DemoTraffic traffic;

    private Demo(Path workspace, DemoInvoiceService invoices) {
        this.workspace = workspace;
        this.invoices = invoices;
    }

    /** Prepares the workspace in {@code folder} and starts its billing service. Does I/O: off the FX thread. */
    public static Demo prepare(Path folder) throws IOException {
        DemoWorkspace.prepare(folder);
        Random dice = new Random();
        DemoInvoiceService invoices = DemoInvoiceService.start(() -> dice.nextInt(100));
        try {
            DemoWorkspace.deliverTo(folder, invoices.url());
        } catch (IOException e) {
            invoices.close();
            throw e;
        }
        return new Demo(folder, invoices);
    }

    public Path workspace() {
        return workspace;
    }

    /**
     * Once the embedded runtime runs: deploys the demo flow unless that version runs already, and starts sending
     * orders. Does I/O: off the FX thread.
     */
    public void run(FlowDeployments deployments, int ingressPort) throws IOException {
        FlowDeployments.Prepared prepared = deployments.prepare(workspace.resolve(DemoWorkspace.FLOW),
                Environment.local());
        if (!prepared.review().identical()) {
            int version = deployments.deploy(prepared);
            LOG.info("The demo flow {} runs as version {}", prepared.flowId(), version);
        }
        traffic = new DemoTraffic(ingressPort, scheduler, new Random());
        traffic.set(true);
    }

    /** Whether orders are being sent; false before the demo runs. */
    public boolean sending() {
        DemoTraffic current = traffic;
        return current != null && current.running();
    }

    public void send(boolean on) {
        DemoTraffic current = traffic;
        if (current != null) {
            current.set(on);
        }
    }

    @Override
    public void close() {
        DemoTraffic current = traffic;
        if (current != null) {
            current.close();
        }
        scheduler.shutdownNow();
        invoices.close();
    }
}
