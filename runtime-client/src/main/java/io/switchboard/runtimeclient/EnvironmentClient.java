package io.switchboard.runtimeclient;

import io.switchboard.runtimeclient.wire.AuditFilter;
import io.switchboard.runtimeclient.wire.AuditPage;
import io.switchboard.runtimeclient.wire.BackupResult;
import io.switchboard.runtimeclient.wire.BulkReplayRequest;
import io.switchboard.runtimeclient.wire.BulkReplayResult;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.DeployResult;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageDetail;
import io.switchboard.runtimeclient.wire.FailedMessagePage;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import io.switchboard.runtimeclient.wire.FlowSummary;
import io.switchboard.runtimeclient.wire.FlowVersion;
import io.switchboard.runtimeclient.wire.Health;
import io.switchboard.runtimeclient.wire.Json;
import io.switchboard.runtimeclient.wire.KpiReport;
import io.switchboard.runtimeclient.wire.Objectives;
import io.switchboard.runtimeclient.wire.ReplayJobItemPage;
import io.switchboard.runtimeclient.wire.ReplayJobView;
import io.switchboard.runtimeclient.wire.ReplayOutcome;
import io.switchboard.runtimeclient.wire.ReplayRequest;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import io.switchboard.runtimeclient.wire.TokenCreated;
import io.switchboard.runtimeclient.wire.TokenRequest;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An environment: several runtimes sharing one store, seen as one. Health is theirs together, with each one's own
 * beside it ({@link HealthMerge}); the event stream is all of theirs, their health snapshots merged and a deploy
 * followed by the others told once; everything else is the store's, asked of the first runtime that answers (a
 * change, of the first it reaches).
 */
public final class EnvironmentClient implements RuntimeClient {

    private final List<RuntimeClient> runtimes;

    public EnvironmentClient(List<RuntimeClient> runtimes) {
        if (runtimes.isEmpty()) {
            throw new IllegalArgumentException("an environment has at least one runtime");
        }
        this.runtimes = List.copyOf(runtimes);
    }

    /** One client for the API URLs given (commas or spaces between them): a runtime's, or an environment's. */
    public static RuntimeClient connect(String urls, String token) {
        List<String> each = urls(urls);
        if (each.size() == 1) {
            return new JdkRuntimeClient(each.get(0), token);
        }
        return new EnvironmentClient(each.stream().map(url -> (RuntimeClient) new JdkRuntimeClient(url, token))
                .toList());
    }

    /** The URLs in a text that lists one or several, separated by commas or white space. */
    public static List<String> urls(String text) {
        List<String> urls = new ArrayList<>();
        for (String url : text.strip().split("[,\\s]+")) {
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return urls;
    }

    /** Asks the runtimes in turn until one answers; a runtime that cannot be reached is passed over. */
    private <T> CompletionStage<T> anyOf(Function<RuntimeClient, CompletionStage<T>> call) {
        return attempt(call, 0, cause -> cause instanceof RuntimeClientException.Unreachable);
    }

    /**
     * A change, asked of the runtimes in turn, passing over only one the request never reached: one that took it
     * and did not answer in time may have made the change, and asking the next would make it twice.
     */
    private <T> CompletionStage<T> firstToTake(Function<RuntimeClient, CompletionStage<T>> call) {
        return attempt(call, 0, EnvironmentClient::neverSent);
    }

    private static boolean neverSent(Throwable cause) {
        if (!(cause instanceof RuntimeClientException.Unreachable)) {
            return false;
        }
        for (Throwable inner = cause; inner != null; inner = inner.getCause()) {
            if (inner instanceof ConnectException || inner instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private <T> CompletionStage<T> attempt(Function<RuntimeClient, CompletionStage<T>> call, int index,
                                           Predicate<Throwable> passOver) {
        CompletableFuture<T> result = new CompletableFuture<>();
        call.apply(runtimes.get(index)).whenComplete((value, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause == null) {
                result.complete(value);
            } else if (passOver.test(cause) && index + 1 < runtimes.size()) {
                attempt(call, index + 1, passOver).whenComplete((next, again) -> {
                    if (again == null) {
                        result.complete(next);
                    } else {
                        result.completeExceptionally(again);
                    }
                });
            } else {
                result.completeExceptionally(cause);
            }
        });
        return result;
    }

    @Override
    public CompletionStage<Health> health() {
        List<CompletableFuture<Health>> each = runtimes.stream()
                .map(runtime -> runtime.health().toCompletableFuture()).toList();
        // Each answer is awaited, failed or not; the first runtime's failure is told when none answered.
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).handle((done, noneOrFirst) -> each)
                .thenCompose(all -> {
                    List<Health> answered = all.stream().filter(answer -> !answer.isCompletedExceptionally())
                            .map(CompletableFuture::join).toList();
                    return answered.isEmpty() ? all.get(0) : CompletableFuture.completedFuture(
                            HealthMerge.merge(answered));
                });
    }

    @Override
    public EventSubscription events(Consumer<RuntimeEventMessage> onEvent,
                                    Consumer<EventSubscription.State> onState) {
        return new Merged(onEvent, onState);
    }

    /** Every runtime's stream as one: health merged from each one's latest, a followed deploy told once. */
    private final class Merged implements EventSubscription {

        private final List<EventSubscription> streams = new ArrayList<>();
        private final Health[] latest = new Health[runtimes.size()];
        private final EventSubscription.State[] states = new EventSubscription.State[runtimes.size()];
        private final Consumer<RuntimeEventMessage> onEvent;
        private final Consumer<EventSubscription.State> onState;
        private volatile EventSubscription.State state = EventSubscription.State.CONNECTING;

        Merged(Consumer<RuntimeEventMessage> onEvent, Consumer<EventSubscription.State> onState) {
            this.onEvent = onEvent;
            this.onState = onState;
            java.util.Arrays.fill(states, EventSubscription.State.CONNECTING);
            for (int i = 0; i < runtimes.size(); i++) {
                int index = i;
                streams.add(runtimes.get(i).events(event -> heard(index, event), changed -> changed(index, changed)));
            }
        }

        private void heard(int index, RuntimeEventMessage event) {
            if (("DEPLOY".equals(event.type()) || "STATE".equals(event.type())) && event.data() != null
                    && Boolean.TRUE.equals(event.data().get("followed"))) {
                return;
            }
            if (!"HEALTH".equals(event.type()) || event.data() == null) {
                deliver(event);
                return;
            }
            Health merged;
            synchronized (latest) {
                latest[index] = Json.MAPPER.convertValue(event.data().get("health"), Health.class);
                List<Health> known = java.util.Arrays.stream(latest).filter(java.util.Objects::nonNull).toList();
                merged = HealthMerge.merge(known);
            }
            deliver(new RuntimeEventMessage(event.id(), event.type(), event.at(), event.flowId(),
                    Map.of("health", Json.MAPPER.convertValue(merged, Map.class))));
        }

        /** One listener call at a time, as one stream's reader would make them. */
        private void deliver(RuntimeEventMessage event) {
            synchronized (this) {
                onEvent.accept(event);
            }
        }

        private void changed(int index, EventSubscription.State changed) {
            EventSubscription.State combined;
            synchronized (states) {
                states[index] = changed;
                if (changed != EventSubscription.State.CONNECTED) {
                    synchronized (latest) {
                        latest[index] = null;
                    }
                }
                List<EventSubscription.State> all = List.of(states);
                combined = all.contains(EventSubscription.State.CONNECTED) ? EventSubscription.State.CONNECTED
                        : all.stream().allMatch(s -> s == EventSubscription.State.UNAUTHORIZED)
                        ? EventSubscription.State.UNAUTHORIZED
                        : all.stream().allMatch(s -> s == EventSubscription.State.CLOSED)
                        ? EventSubscription.State.CLOSED : EventSubscription.State.RECONNECTING;
            }
            if (combined != state) {
                state = combined;
                onState.accept(combined);
            }
        }

        @Override
        public EventSubscription.State state() {
            return state;
        }

        @Override
        public long lastEventId() {
            return streams.stream().mapToLong(EventSubscription::lastEventId).max().orElse(-1);
        }

        @Override
        public void close() {
            streams.forEach(EventSubscription::close);
        }
    }

    @Override
    public CompletionStage<List<FlowSummary>> flows() {
        return anyOf(RuntimeClient::flows);
    }

    @Override
    public CompletionStage<DeployResult> deploy(String flowId, DeployRequest request) {
        return firstToTake(runtime -> runtime.deploy(flowId, request));
    }

    @Override
    public CompletionStage<FlowSummary> start(String flowId) {
        return firstToTake(runtime -> runtime.start(flowId));
    }

    @Override
    public CompletionStage<FlowSummary> stop(String flowId) {
        return firstToTake(runtime -> runtime.stop(flowId));
    }

    @Override
    public CompletionStage<List<FlowVersion>> versions(String flowId) {
        return anyOf(runtime -> runtime.versions(flowId));
    }

    @Override
    public CompletionStage<DeployRequest> versionBundle(String flowId, int version) {
        return anyOf(runtime -> runtime.versionBundle(flowId, version));
    }

    @Override
    public CompletionStage<FlowSummary> rollback(String flowId, int version) {
        return firstToTake(runtime -> runtime.rollback(flowId, version));
    }

    @Override
    public CompletionStage<FailedMessagePage> failed(FailedFilter filter, Long cursor, int limit) {
        return anyOf(runtime -> runtime.failed(filter, cursor, limit));
    }

    @Override
    public CompletionStage<List<FailureGroupSummary>> failureGroups(FailedFilter filter) {
        return anyOf(runtime -> runtime.failureGroups(filter));
    }

    @Override
    public CompletionStage<FailedMessageDetail> failedMessage(long id) {
        return anyOf(runtime -> runtime.failedMessage(id));
    }

    @Override
    public CompletionStage<ReplayOutcome> replay(long id, ReplayRequest request) {
        return firstToTake(runtime -> runtime.replay(id, request));
    }

    @Override
    public CompletionStage<BulkReplayResult> replayMany(BulkReplayRequest request) {
        return firstToTake(runtime -> runtime.replayMany(request));
    }

    @Override
    public CompletionStage<FailedMessageSummary> discard(long id, String reason) {
        return firstToTake(runtime -> runtime.discard(id, reason));
    }

    @Override
    public CompletionStage<BulkReplayResult> countReplayJob(List<Long> ids, FailedFilter filter) {
        return anyOf(runtime -> runtime.countReplayJob(ids, filter));
    }

    @Override
    public CompletionStage<ReplayJobView> createReplayJob(List<Long> ids, FailedFilter filter, int throttlePerSecond,
                                                          String reason) {
        return firstToTake(runtime -> runtime.createReplayJob(ids, filter, throttlePerSecond, reason));
    }

    @Override
    public CompletionStage<ReplayJobView> replayJob(long id) {
        return anyOf(runtime -> runtime.replayJob(id));
    }

    @Override
    public CompletionStage<List<ReplayJobView>> replayJobs() {
        return anyOf(RuntimeClient::replayJobs);
    }

    @Override
    public CompletionStage<ReplayJobItemPage> replayJobItems(long id, Long cursor, int limit) {
        return anyOf(runtime -> runtime.replayJobItems(id, cursor, limit));
    }

    @Override
    public CompletionStage<ReplayJobView> cancelReplayJob(long id) {
        return firstToTake(runtime -> runtime.cancelReplayJob(id));
    }

    @Override
    public CompletionStage<KpiReport> kpis(String period, int count, String flow) {
        return anyOf(runtime -> runtime.kpis(period, count, flow));
    }

    @Override
    public CompletionStage<List<Objectives>> objectives() {
        return anyOf(RuntimeClient::objectives);
    }

    @Override
    public CompletionStage<Objectives> setObjectives(String flowId, Objectives objectives) {
        return firstToTake(runtime -> runtime.setObjectives(flowId, objectives));
    }

    @Override
    public CompletionStage<AuditPage> audit(AuditFilter filter, Long cursor, int limit) {
        return anyOf(runtime -> runtime.audit(filter, cursor, limit));
    }

    @Override
    public CompletionStage<BackupResult> backup() {
        return firstToTake(RuntimeClient::backup);
    }

    @Override
    public CompletionStage<TokenCreated> createToken(TokenRequest request) {
        return firstToTake(runtime -> runtime.createToken(request));
    }

    @Override
    public CompletionStage<TokenRequest> session() {
        return anyOf(RuntimeClient::session);
    }

    @Override
    public void close() {
        runtimes.forEach(RuntimeClient::close);
    }
}
