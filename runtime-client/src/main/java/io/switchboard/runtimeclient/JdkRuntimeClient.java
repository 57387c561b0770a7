package io.switchboard.runtimeclient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import io.switchboard.runtimeclient.wire.ApiError;
import io.switchboard.runtimeclient.wire.AuditFilter;
import io.switchboard.runtimeclient.wire.KpiReport;
import io.switchboard.runtimeclient.wire.Objectives;
import io.switchboard.runtimeclient.wire.AuditPage;
import io.switchboard.runtimeclient.wire.BackupResult;
import io.switchboard.runtimeclient.wire.BulkReplayRequest;
import io.switchboard.runtimeclient.wire.BulkReplayResult;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.DeployResult;
import io.switchboard.runtimeclient.wire.DiscardRequest;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageDetail;
import io.switchboard.runtimeclient.wire.FailedMessagePage;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import io.switchboard.runtimeclient.wire.FlowSummary;
import io.switchboard.runtimeclient.wire.FlowVersion;
import io.switchboard.runtimeclient.wire.Health;
import io.switchboard.runtimeclient.wire.Json;
import io.switchboard.runtimeclient.wire.ReplayJobItemPage;
import io.switchboard.runtimeclient.wire.ReplayJobView;
import io.switchboard.runtimeclient.wire.ReplayOutcome;
import io.switchboard.runtimeclient.wire.ReplayRequest;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import io.switchboard.runtimeclient.wire.TokenCreated;
import io.switchboard.runtimeclient.wire.TokenRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * {@link RuntimeClient} on the JDK's {@link HttpClient}: nothing else. Answers are capped at
 * {@value #MAX_ANSWER_BYTES} bytes. See {@link RuntimeClient} for the threading.
 */
public final class JdkRuntimeClient implements RuntimeClient {

    static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final Duration timeout;

    /** A client of the runtime at {@code baseUrl} (e.g. {@code http://127.0.0.1:8081}) with a bearer token. */
    public JdkRuntimeClient(String baseUrl, String token) {
        this(baseUrl, token, Duration.ofSeconds(30));
    }

    public JdkRuntimeClient(String baseUrl, String token, Duration timeout) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public CompletionStage<List<FlowSummary>> flows() {
        return call("GET", "api/v1/flows", null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<DeployResult> deploy(String flowId, DeployRequest request) {
        return call("PUT", "api/v1/flows/" + encode(flowId), request, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<FlowSummary> start(String flowId) {
        return call("POST", "api/v1/flows/" + encode(flowId) + "/start", Map.of(), new TypeReference<>() { });
    }

    @Override
    public CompletionStage<FlowSummary> stop(String flowId) {
        return call("POST", "api/v1/flows/" + encode(flowId) + "/stop", Map.of(), new TypeReference<>() { });
    }

    @Override
    public CompletionStage<List<FlowVersion>> versions(String flowId) {
        return call("GET", "api/v1/flows/" + encode(flowId) + "/versions", null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<DeployRequest> versionBundle(String flowId, int version) {
        return call("GET", "api/v1/flows/" + encode(flowId) + "/versions/" + version, null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<FlowSummary> rollback(String flowId, int version) {
        return call("POST", "api/v1/flows/" + encode(flowId) + "/rollback", Map.of("version", version),
                new TypeReference<>() { });
    }

    @Override
    public CompletionStage<Health> health() {
        return call("GET", "api/v1/health", null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<FailedMessagePage> failed(FailedFilter filter, Long cursor, int limit) {
        List<String> query = filterQuery(filter);
        add(query, "cursor", cursor == null ? null : cursor.toString());
        add(query, "limit", String.valueOf(limit));
        return call("GET", "api/v1/failed?" + String.join("&", query), null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<List<FailureGroupSummary>> failureGroups(FailedFilter filter) {
        return call("GET", "api/v1/failed/groups?" + String.join("&", filterQuery(filter)), null,
                new TypeReference<>() { });
    }

    private static List<String> filterQuery(FailedFilter filter) {
        List<String> query = new ArrayList<>();
        if (filter != null) {
            add(query, "flow", filter.flow());
            add(query, "from", filter.from() == null ? null : filter.from().toString());
            add(query, "to", filter.to() == null ? null : filter.to().toString());
            add(query, "errorType", filter.errorType());
            add(query, "text", filter.text());
            add(query, "status", filter.status());
            add(query, "group", filter.group());
        }
        return query;
    }

    @Override
    public CompletionStage<FailedMessageDetail> failedMessage(long id) {
        return call("GET", "api/v1/failed/" + id, null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<ReplayOutcome> replay(long id, ReplayRequest request) {
        return call("POST", "api/v1/failed/" + id + "/replay", request, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<BulkReplayResult> replayMany(BulkReplayRequest request) {
        return call("POST", "api/v1/failed/replay", request, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<FailedMessageSummary> discard(long id, String reason) {
        return call("POST", "api/v1/failed/" + id + "/discard", new DiscardRequest(reason), new TypeReference<>() { });
    }

    @Override
    public CompletionStage<BulkReplayResult> countReplayJob(List<Long> ids, FailedFilter filter) {
        return call("POST", "api/v1/replay-jobs", new BulkReplayRequest(ids, filter, true, 0, null),
                new TypeReference<>() { });
    }

    @Override
    public CompletionStage<ReplayJobView> createReplayJob(List<Long> ids, FailedFilter filter, int throttlePerSecond,
                                                          String reason) {
        return call("POST", "api/v1/replay-jobs", new BulkReplayRequest(ids, filter, false, throttlePerSecond, reason),
                new TypeReference<>() { });
    }

    @Override
    public CompletionStage<ReplayJobView> replayJob(long id) {
        return call("GET", "api/v1/replay-jobs/" + id, null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<List<ReplayJobView>> replayJobs() {
        return call("GET", "api/v1/replay-jobs", null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<ReplayJobItemPage> replayJobItems(long id, Long cursor, int limit) {
        return call("GET", "api/v1/replay-jobs/" + id + "/items?limit=" + limit
                + (cursor == null ? "" : "&cursor=" + cursor), null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<ReplayJobView> cancelReplayJob(long id) {
        return call("POST", "api/v1/replay-jobs/" + id + "/cancel", Map.of(), new TypeReference<>() { });
    }

    @Override
    public CompletionStage<KpiReport> kpis(String period, int count, String flow) {
        List<String> query = new ArrayList<>();
        add(query, "period", period);
        add(query, "count", String.valueOf(count));
        add(query, "flow", flow);
        return call("GET", "api/v1/kpis?" + String.join("&", query), null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<List<Objectives>> objectives() {
        return call("GET", "api/v1/objectives", null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<Objectives> setObjectives(String flowId, Objectives objectives) {
        return call("PUT", "api/v1/objectives/" + encode(flowId), objectives, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<AuditPage> audit(AuditFilter filter, Long cursor, int limit) {
        List<String> query = new ArrayList<>();
        if (filter != null) {
            add(query, "actor", filter.actor());
            add(query, "action", filter.action());
            add(query, "flow", filter.flow());
            add(query, "from", filter.from() == null ? null : filter.from().toString());
            add(query, "to", filter.to() == null ? null : filter.to().toString());
        }
        add(query, "cursor", cursor == null ? null : cursor.toString());
        add(query, "limit", String.valueOf(limit));
        return call("GET", "api/v1/audit?" + String.join("&", query), null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<TokenCreated> createToken(TokenRequest request) {
        return call("POST", "api/v1/tokens", request, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<TokenRequest> session() {
        return call("GET", "api/v1/session", null, new TypeReference<>() { });
    }

    @Override
    public CompletionStage<BackupResult> backup() {
        return call("POST", "api/v1/backup", Map.of(), new TypeReference<>() { });
    }

    @Override
    public EventSubscription events(Consumer<RuntimeEventMessage> onEvent, Consumer<EventSubscription.State> onState) {
        return SseSubscription.start(http, base.resolve("api/v1/events"), token, onEvent, onState);
    }

    @Override
    public void close() {
        // The JDK client has no close before JDK 21; its threads are daemons and end with their work.
    }

    private <T> CompletionStage<T> call(String method, String path, Object body, TypeReference<T> type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)));
            }
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(new RuntimeClientException.Invalid(400,
                    new ApiError("cannot write the request: " + e.getOriginalMessage(), null, List.of())));
        }
        JavaType javaType = Json.MAPPER.getTypeFactory().constructType(type);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new RuntimeClientException.Unreachable("cannot reach the runtime at " + base + ": "
                                + rootMessage(failure), failure);
                    }
                    return read(response, javaType);
                });
    }

    private static <T> T read(HttpResponse<byte[]> response, JavaType type) {
        byte[] body = response.body();
        if (body.length > MAX_ANSWER_BYTES) {
            throw new RuntimeClientException(response.statusCode(),
                    new ApiError("the answer is larger than " + MAX_ANSWER_BYTES + " bytes", null, List.of()));
        }
        try {
            if (response.statusCode() >= 400) {
                ApiError error = body.length == 0 ? new ApiError("HTTP " + response.statusCode(), null, List.of())
                        : Json.MAPPER.readValue(body, ApiError.class);
                throw RuntimeClientException.of(response.statusCode(), error);
            }
            return Json.MAPPER.readValue(body, type);
        } catch (IOException e) {
            throw new RuntimeClientException(response.statusCode(),
                    new ApiError("the runtime's answer is not what was expected: " + e.getMessage(), null, List.of()));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static void add(List<String> query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
