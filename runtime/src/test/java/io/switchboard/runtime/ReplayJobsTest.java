package io.switchboard.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtimeclient.EventSubscription;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.RuntimeClientException;
import io.switchboard.runtimeclient.wire.AuditFilter;
import io.switchboard.runtimeclient.wire.AuditRecord;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import io.switchboard.runtimeclient.wire.ReplayJobItemPage;
import io.switchboard.runtimeclient.wire.ReplayJobView;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import io.switchboard.runtimeclient.wire.TokenRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk replay as jobs, through the API against a real runtime on 127.0.0.1 and a stub target: a group replayed
 * with progress and its audit; a cancelled job; a job a stop cut short, shown interrupted after the restart, with
 * nothing delivered twice.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReplayJobsTest {

    @TempDir
    Path data;

    private StubTarget target;
    private SwitchboardRuntime runtime;
    private RuntimeClient client;
    private int ingressPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        target = new StubTarget();
        ingressPort = LoopbackPorts.free();
        open();
        assertEquals(1, runtime.host().deploy(Bundles.orders(target.url("/invoices")), "test"));
    }

    private void open() throws Exception {
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(ingressPort)
                .withApiPort(0));
        client = new JdkRuntimeClient(runtime.apiUrl(), Files.readString(runtime.adminTokenFile()).trim());
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        target.close();
    }

    @Test
    void aGroupIsReplayedAsAJobWithProgressEachMessageDeliveredOnceAndAudited() throws Exception {
        failOrders(30);
        FailureGroupSummary group = await(client.failureGroups(FailedFilter.ofFlow("orders"))).get(0);
        assertEquals(30, group.waiting());
        assertEquals(30, await(client.countReplayJob(null, FailedFilter.ofGroup(group.id()))).matched());
        List<RuntimeEventMessage> events = new CopyOnWriteArrayList<>();
        target.rejectBodiesContaining(null);

        ReplayJobView job;
        try (EventSubscription subscription = client.events(events::add, state -> { })) {
            Eventually.until(() -> subscription.state() == EventSubscription.State.CONNECTED);
            job = await(client.createReplayJob(null, FailedFilter.ofGroup(group.id()), 0, "incident 7"));
            Eventually.until(() -> state(job.id()).equals("DONE"));
            Eventually.until(() -> events.stream().anyMatch(event -> event.type().equals("REPLAY_JOB")
                    && "DONE".equals(event.data().get("state"))));
        }

        ReplayJobView done = await(client.replayJob(job.id()));
        assertEquals(Map.of("DELIVERED", 30L), done.outcomes());
        assertEquals(30, done.total());
        assertEquals(0, done.newFailuresSinceStart());
        assertEquals(30, deliveredFailOrders().size());
        assertEquals(30, deliveredFailOrders().stream().distinct().count(), "each delivered once");
        assertEquals(30, events.stream().filter(event -> event.type().equals("REPLAY")
                && Long.valueOf(job.id()).equals(((Number) event.data().get("jobId")).longValue())).count());
        ReplayJobItemPage items = await(client.replayJobItems(job.id(), null, 100));
        assertTrue(items.items().stream().allMatch(item -> "DELIVERED".equals(item.outcome())), items.toString());
        FailureGroupSummary after = await(client.failureGroups(FailedFilter.ofGroup(group.id()))).get(0);
        assertEquals(0, after.waiting());
        assertNotNull(after.lastReplayedAt());
        assertEquals(0, await(client.countReplayJob(null, FailedFilter.ofGroup(group.id()))).matched());
        List<AuditRecord> jobEntries = await(client.audit(new AuditFilter(null, "replay-job", null, null, null),
                null, 200)).items();
        assertTrue(jobEntries.stream().allMatch(entry -> entry.action().equals("replay-job")), jobEntries.toString());
        List<String> audit = jobEntries.stream().map(AuditRecord::detail).toList();
        assertTrue(audit.stream().anyMatch(line -> line.startsWith("created over 30 messages")), audit.toString());
        assertTrue(audit.stream().anyMatch(line -> line.startsWith("DONE")), audit.toString());
        Instant created = jobEntries.get(jobEntries.size() - 1).at();
        assertEquals(jobEntries.size(), await(client.audit(new AuditFilter(jobEntries.get(0).actor(), "replay-job",
                null, created, created.plusSeconds(3600)), null, 200)).items().size(), "by actor and time");
        assertEquals(List.of(), await(client.audit(new AuditFilter("someone-else", null, null, null, null), null,
                200)).items());
        assertEquals(List.of(), await(client.audit(new AuditFilter(null, null, null, null, created), null, 200))
                .items().stream().filter(entry -> entry.action().equals("replay-job")).toList(), "before the job");

        String viewer = await(client.createToken(new TokenRequest("watcher", "viewer"))).token();
        RuntimeClient viewing = new JdkRuntimeClient(runtime.apiUrl(), viewer);
        assertInstanceOf(RuntimeClientException.Forbidden.class,
                failure(viewing.createReplayJob(null, FailedFilter.ofFlow("orders"), 0, "not mine")));
    }

    @Test
    void aCancelledJobStopsAndTheMessagesItDidNotReachStillWait() throws Exception {
        failOrders(20);
        target.rejectBodiesContaining(null);

        ReplayJobView job = await(client.createReplayJob(null, FailedFilter.ofFlow("orders"), 5, "slowly"));
        Eventually.until(() -> await(client.replayJob(job.id())).done() >= 2);
        await(client.cancelReplayJob(job.id()));
        Eventually.until(() -> state(job.id()).equals("CANCELLED"));

        ReplayJobView cancelled = await(client.replayJob(job.id()));
        long delivered = cancelled.outcomes().getOrDefault("DELIVERED", 0L);
        assertTrue(delivered < 20, "stopped before the end: " + cancelled);
        assertEquals(delivered, deliveredFailOrders().size());
        assertEquals(20 - delivered, await(client.countReplayJob(null, FailedFilter.ofFlow("orders"))).matched());
        assertInstanceOf(RuntimeClientException.Conflict.class, failure(client.cancelReplayJob(job.id())));
    }

    @Test
    void aJobAStopCutShortIsInterruptedAfterTheRestartAndNothingIsDeliveredTwice() throws Exception {
        failOrders(20);
        target.rejectBodiesContaining(null);
        ReplayJobView job = await(client.createReplayJob(null, FailedFilter.ofFlow("orders"), 4, "before the stop"));
        Eventually.until(() -> await(client.replayJob(job.id())).done() >= 2);

        runtime.close();
        runtime = null;
        open();

        ReplayJobView interrupted = await(client.replayJob(job.id()));
        assertEquals("INTERRUPTED", interrupted.state());
        long delivered = interrupted.outcomes().getOrDefault("DELIVERED", 0L);
        assertEquals(delivered, deliveredFailOrders().size(), "what it had done is what it shows");
        assertTrue(delivered < 20, interrupted.toString());

        ReplayJobView rest = await(client.createReplayJob(null, FailedFilter.ofFlow("orders"), 0, "the rest"));
        assertEquals(20 - delivered, rest.total());
        Eventually.until(() -> state(rest.id()).equals("DONE"));
        assertEquals(20, deliveredFailOrders().size());
        assertEquals(20, deliveredFailOrders().stream().distinct().count(), "nothing delivered twice");
    }

    @Test
    void anUnthrottledJobTakesItsMessagesInChunksAndAStopOrCancelLeavesNothingHalfDone() throws Exception {
        failOrders(150);
        target.rejectBodiesContaining(null);
        target.delay(10);
        ReplayJobView cancelledJob = await(client.createReplayJob(null, FailedFilter.ofFlow("orders"), 0, "fast"));
        Eventually.until(() -> await(client.replayJob(cancelledJob.id())).done() >= 40);
        await(client.cancelReplayJob(cancelledJob.id()));
        Eventually.until(() -> state(cancelledJob.id()).equals("CANCELLED"));
        ReplayJobView cancelled = await(client.replayJob(cancelledJob.id()));
        long delivered = cancelled.outcomes().getOrDefault("DELIVERED", 0L);
        assertEquals(cancelled.done(), delivered, "every message it took has its outcome: " + cancelled);
        assertTrue(delivered < 150, cancelled.toString());
        assertEquals(delivered, deliveredFailOrders().size());
        assertEquals(150 - delivered, await(client.countReplayJob(null, FailedFilter.ofFlow("orders"))).matched());

        ReplayJobView stoppedJob = await(client.createReplayJob(null, FailedFilter.ofFlow("orders"), 0, "stopped"));
        Eventually.until(() -> await(client.replayJob(stoppedJob.id())).done() >= 10);
        runtime.close();
        runtime = null;
        open();
        ReplayJobView interrupted = await(client.replayJob(stoppedJob.id()));
        assertEquals("INTERRUPTED", interrupted.state());
        long deliveredBefore = delivered + interrupted.outcomes().getOrDefault("DELIVERED", 0L);
        assertEquals(deliveredBefore, deliveredFailOrders().size(), "what it had done is what it shows");

        target.delay(0);
        ReplayJobView rest = await(client.createReplayJob(null, FailedFilter.ofFlow("orders"), 0, "the rest"));
        Eventually.until(() -> state(rest.id()).equals("DONE"));
        assertEquals(150, deliveredFailOrders().size());
        assertEquals(150, deliveredFailOrders().stream().distinct().count(), "nothing delivered twice");
    }

    private void failOrders(int count) throws Exception {
        target.rejectBodiesContaining("FAIL-");
        for (int i = 0; i < count; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Bundles.order("FAIL-" + i))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, response.statusCode(), response.body());
        }
    }

    private List<String> deliveredFailOrders() {
        return target.receivedSoFar().stream().map(received -> new String(received.body(), StandardCharsets.UTF_8))
                .filter(body -> body.contains("FAIL-"))
                .map(body -> body.replaceAll("(?s).*\"(FAIL-\\d+)\".*", "$1"))
                .collect(Collectors.toList());
    }

    private String state(long jobId) {
        return await(client.replayJob(jobId)).state();
    }

    private static <T> T await(CompletionStage<T> stage) {
        return stage.toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static Throwable failure(CompletionStage<?> stage) {
        try {
            await(stage);
            throw new AssertionError("expected a refusal");
        } catch (CompletionException e) {
            return e.getCause();
        }
    }
}
