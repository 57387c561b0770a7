package io.switchboard.runtime.api;

import io.switchboard.flow.model.MaskingRule;
import io.switchboard.flow.source.Quotes;
import io.switchboard.runtime.engine.Actor;
import io.switchboard.runtime.engine.FlowRegistry;
import io.switchboard.runtime.engine.HostedFlow;
import io.switchboard.runtime.engine.ReplayService;
import io.switchboard.runtime.security.Role;
import io.switchboard.runtime.store.AuditLog;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageQuery;
import io.switchboard.runtime.store.ErrorSignature;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtime.store.FailureGroup;
import io.switchboard.runtime.store.FailureGroupStore;
import io.switchboard.runtime.store.FlowVersionStore;
import io.switchboard.runtime.store.ReplayLog;
import io.switchboard.runtime.store.ReplayRecord;
import io.switchboard.runtimeclient.wire.DiscardRequest;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageDetail;
import io.switchboard.runtimeclient.wire.FailedMessagePage;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import io.switchboard.runtimeclient.wire.ReplayAttempt;
import io.switchboard.runtimeclient.wire.ReplayOutcome;
import io.switchboard.runtimeclient.wire.ReplayRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** {@code /api/v1/failed}: list and read failed messages, replay one or many, discard. */
final class FailedResource {


    private final AuditLog audit;
    private final FailedMessageStore failedMessages;
    private final FailureGroupStore groups;
    private final FlowRegistry registry;
    private final ReplayService replay;
    private final ReplayLog replayLog;
    private final FlowVersionStore versions;

    FailedResource(AuditLog audit, FailedMessageStore failedMessages, FailureGroupStore groups, FlowRegistry registry,
                   ReplayService replay, ReplayLog replayLog, FlowVersionStore versions) {
        this.audit = audit;
        this.failedMessages = failedMessages;
        this.groups = groups;
        this.registry = registry;
        this.replay = replay;
        this.replayLog = replayLog;
        this.versions = versions;
    }

    void mount(Router router, ApiWorkers workers) {
        router.get("/api/v1/failed").handler(workers.blocking(this::list));
        // Before the routes with an id, which would take "groups" for one.
        router.get("/api/v1/failed/groups").handler(workers.blocking(this::groups));
        router.get("/api/v1/failed/:id").handler(workers.blocking(this::detail));
        router.post("/api/v1/failed/:id/replay").handler(workers.blocking(this::replayOne));
        router.post("/api/v1/failed/:id/discard").handler(workers.blocking(this::discard));
    }

    private void list(RoutingContext context) {
        FailedMessageQuery query = queryOrRefuse(context);
        if (query == null) {
            return;
        }
        boolean clear = RequestGuard.has(context, Role.OPERATOR);
        List<FailedMessageSummary> items = failedMessages.list(clear ? query : query.masked()).stream()
                .map(message -> summary(message, clear))
                .toList();
        Long next = items.size() == query.limit() ? items.get(items.size() - 1).id() : null;
        Responses.json(context, 200, new FailedMessagePage(items, next));
    }

    private void groups(RoutingContext context) {
        FailedMessageQuery query = queryOrRefuse(context);
        if (query == null) {
            return;
        }
        boolean clear = RequestGuard.has(context, Role.OPERATOR);
        Responses.json(context, 200, groups.list(clear ? query : query.masked()).stream()
                .map(FailedResource::group).toList());
    }

    private static FailureGroupSummary group(FailureGroup group) {
        ErrorSignature signature = group.signature();
        return new FailureGroupSummary(group.id(), signature.flowId(), signature.where(), signature.errorType(),
                signature.pattern(), group.failures(), group.waiting(), group.firstFailedAt(), group.lastFailedAt(),
                group.lastReplayedAt(), group.sampleId());
    }

    private void detail(RoutingContext context) {
        Long id = id(context);
        if (id == null) {
            return;
        }
        var found = failedMessages.find(id);
        if (found.isEmpty()) {
            Responses.error(context, 404, "no failed message " + id);
            return;
        }
        FailedMessage message = found.get();
        boolean clear = RequestGuard.has(context, Role.OPERATOR);
        // The masking rules are looked up once for the payload and every edited payload in the history.
        Function<byte[], String> show = clear ? Masking::clear : masker(message);
        String payload = show.apply(message.payload());
        Actor actor = RequestGuard.actor(context);
        audit.append(actor.name(), actor.role(), clear ? "view-payload" : "view-masked", message.flowId(),
                message.flowVersion(), String.valueOf(id), null);
        List<ReplayAttempt> history = replayLog.history(id).stream()
                .map(record -> attempt(record, clear, show))
                .toList();
        int failedAgain = (int) history.stream().filter(attempt -> attempt.outcome().equals("FAILED")).count();
        java.util.Map<String, String> headers = new java.util.TreeMap<>(message.headers());
        if (!clear) {
            headers.replaceAll((name, value) -> Masking.MASK);
        }
        Responses.json(context, 200, new FailedMessageDetail(summary(message, clear), payload, !clear, history,
                failedAgain, headers));
    }

    private void replayOne(RoutingContext context) {
        if (!RequestGuard.require(context, Role.OPERATOR)) {
            return;
        }
        Long id = id(context);
        ReplayRequest request = id == null ? null : Responses.body(context, ReplayRequest.class);
        if (request == null) {
            return;
        }
        if (request.payload() != null && (request.reason() == null || request.reason().isBlank())) {
            Responses.error(context, 400, "an edited payload needs a reason");
            return;
        }
        byte[] edited = request.payload() == null ? null : request.payload().getBytes(StandardCharsets.UTF_8);
        var result = replay.replay(id, new ReplayService.Request(edited, request.reason(),
                request.pinVersion()), RequestGuard.actor(context));
        if (result.isEmpty()) {
            Responses.error(context, 404, "no failed message " + id);
            return;
        }
        Responses.json(context, 200, outcome(result.get()));
    }

    private void discard(RoutingContext context) {
        if (!RequestGuard.require(context, Role.OPERATOR)) {
            return;
        }
        Long id = id(context);
        DiscardRequest request = id == null ? null : Responses.body(context, DiscardRequest.class);
        if (request == null) {
            return;
        }
        if (request.reason() == null || request.reason().isBlank()) {
            Responses.error(context, 400, "a discard needs a reason");
            return;
        }
        if (failedMessages.find(id).isEmpty()) {
            Responses.error(context, 404, "no failed message " + id);
            return;
        }
        if (!replay.discard(id, request.reason(), RequestGuard.actor(context))) {
            Responses.error(context, 409, "message " + id + " is not waiting (replayed or discarded already)");
            return;
        }
        Responses.json(context, 200, summary(failedMessages.find(id).orElseThrow(), true));
    }

    /**
     * The masking rules of the version that stored the message, whatever is active now: from the loaded version,
     * else from its bundle in the store. When neither can be read, everything is masked.
     */
    private Optional<List<MaskingRule>> masking(FailedMessage message) {
        Optional<List<MaskingRule>> loaded = registry.version(message.flowId(), message.flowVersion())
                .map(HostedFlow::flow).map(flow -> flow.masking());
        return loaded.isPresent() ? loaded : versions.masking(message.flowId(), message.flowVersion());
    }

    private Function<byte[], String> masker(FailedMessage message) {
        Optional<List<MaskingRule>> rules = masking(message);
        return payload -> rules.map(found -> Masking.mask(payload, found)).orElse(Masking.MASK);
    }

    private ReplayAttempt attempt(ReplayRecord record, boolean clear, Function<byte[], String> show) {
        String edited = record.editedPayload() == null ? null : show.apply(record.editedPayload());
        return new ReplayAttempt(record.actor(), record.role(), record.at(), record.outcome().name(), record.reason(),
                record.flowVersion(), edited,
                clear ? record.detail() : Quotes.removed(record.detail()));
    }

    private static ReplayOutcome outcome(ReplayService.Result result) {
        return new ReplayOutcome(result.failedId(), result.outcome().name(), result.flowVersion(), result.detail());
    }

    /** A message's summary; for those who see payloads masked, its error message without the text it quotes. */
    static FailedMessageSummary summary(FailedMessage message, boolean clear) {
        return new FailedMessageSummary(message.id(), message.flowId(), message.flowVersion(), message.receivedAt(),
                message.failedAt(), message.correlationId(), message.idempotencyKey(), message.errorType(),
                clear ? message.errorMessage() : Quotes.removed(message.errorMessage()),
                message.errorWhere(), message.attempts(), message.status().name(),
                FailedMessageStore.signature(message).id());
    }

    private static Long id(RoutingContext context) {
        try {
            return Long.parseLong(context.pathParam("id"));
        } catch (NumberFormatException e) {
            Responses.error(context, 400, "a failed message id is a number: '" + context.pathParam("id") + "'");
            return null;
        }
    }

    /** The request's filter, or null when it cannot be read (the caller has been answered 400). */
    private static FailedMessageQuery queryOrRefuse(RoutingContext context) {
        try {
            return query(context);
        } catch (IllegalArgumentException e) {
            Responses.error(context, 400, e.getMessage());
            return null;
        }
    }

    private static FailedMessageQuery query(RoutingContext context) {
        FailedFilter filter = new FailedFilter(QueryParams.text(context, "flow"), QueryParams.instant(context, "from"),
                QueryParams.instant(context, "to"), QueryParams.text(context, "errorType"), QueryParams.text(context, "text"), QueryParams.text(context, "status"),
                QueryParams.text(context, "group"));
        String cursor = QueryParams.text(context, "cursor");
        String limit = QueryParams.text(context, "limit");
        try {
            return filter(filter).after(cursor == null ? null : Long.parseLong(cursor),
                    limit == null ? 50 : Integer.parseInt(limit));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor and limit are numbers");
        }
    }

    static FailedMessageQuery filter(FailedFilter filter) {
        if (filter == null) {
            return FailedMessageQuery.all();
        }
        FailedMessage.Status status = null;
        if (filter.status() != null) {
            try {
                status = FailedMessage.Status.valueOf(filter.status().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status is one of failed, replaying, replayed, discarded");
            }
        }
        return new FailedMessageQuery(filter.flow(), filter.from(), filter.to(), filter.errorType(), filter.text(),
                status, null, 50, true, filter.group());
    }

}
