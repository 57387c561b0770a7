package io.switchboard.runtime.api;

import io.switchboard.flow.source.Quotes;
import io.switchboard.runtime.engine.Actor;
import io.switchboard.runtime.engine.ReplayJobs;
import io.switchboard.runtime.security.Role;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageQuery;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtime.store.ReplayJob;
import io.switchboard.runtime.store.ReplayJobStore;
import io.switchboard.runtimeclient.wire.BulkReplayRequest;
import io.switchboard.runtimeclient.wire.BulkReplayResult;
import io.switchboard.runtimeclient.wire.Json;
import io.switchboard.runtimeclient.wire.ReplayJobItemPage;
import io.switchboard.runtimeclient.wire.ReplayJobView;
import io.switchboard.runtimeclient.wire.ReplayOutcome;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /api/v1/replay-jobs}: bulk replays as jobs the runtime owns. Creating one answers at once (or, as a dry
 * run, only counts); progress arrives as {@code REPLAY_JOB} events on the stream and each message's outcome as a
 * {@code REPLAY} event carrying the job's id.
 */
final class ReplayJobsResource {

    static final int MAX_MESSAGES = 100_000;
    private static final int LISTED = 100;

    private final ReplayJobs jobs;
    private final ReplayJobStore store;
    private final FailedMessageStore failedMessages;

    ReplayJobsResource(ReplayJobs jobs, ReplayJobStore store, FailedMessageStore failedMessages) {
        this.jobs = jobs;
        this.store = store;
        this.failedMessages = failedMessages;
    }

    void mount(Router router, ApiWorkers workers) {
        router.post("/api/v1/replay-jobs").handler(workers.blocking(this::create));
        router.post("/api/v1/failed/replay").handler(workers.blocking(this::replayAndAnswerWhenDone));
        router.get("/api/v1/replay-jobs").handler(workers.blocking(this::list));
        router.get("/api/v1/replay-jobs/:id").handler(workers.blocking(this::show));
        router.get("/api/v1/replay-jobs/:id/items").handler(workers.blocking(this::items));
        router.post("/api/v1/replay-jobs/:id/cancel").handler(workers.blocking(this::cancel));
    }

    /** The messages a request chose, and what it asked for in words; null when refused (answered already). */
    private record Chosen(BulkReplayRequest request, List<Long> ids, String selection) {

        String group() {
            return request.filter() == null ? null : request.filter().group();
        }
    }

    private Chosen choose(RoutingContext context) {
        if (!RequestGuard.require(context, Role.OPERATOR)) {
            return null;
        }
        BulkReplayRequest request = Responses.body(context, BulkReplayRequest.class);
        if (request == null) {
            return null;
        }
        if (request.throttlePerSecond() < 0) {
            Responses.error(context, 400, "throttlePerSecond is 0 (as fast as the flow takes them) or more; got "
                    + request.throttlePerSecond());
            return null;
        }
        if (request.ids() == null && request.filter() == null) {
            Responses.error(context, 400, "say which messages: ids, or a filter (an empty filter is every waiting "
                    + "message)");
            return null;
        }
        if (request.ids() != null && request.ids().size() > MAX_MESSAGES) {
            Responses.error(context, 400, "at most " + MAX_MESSAGES + " ids at once; got " + request.ids().size());
            return null;
        }
        try {
            if (request.ids() != null) {
                // Only ids that exist are matched, each once.
                List<Long> ids = failedMessages.existing(request.ids());
                return new Chosen(request, ids, "ids: " + ids.size() + " chosen");
            }
            FailedMessageQuery filter = FailedResource.filter(request.filter()).withStatus(FailedMessage.Status.FAILED);
            return new Chosen(request, failedMessages.ids(filter, MAX_MESSAGES),
                    "filter: " + Json.MAPPER.writeValueAsString(request.filter()));
        } catch (IllegalArgumentException e) {
            Responses.error(context, 400, e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Responses.error(context, 400, "the filter cannot be read back: " + e.getOriginalMessage());
        }
        return null;
    }

    /** Answers a dry run's count; true when it was one. */
    private static boolean dryRun(RoutingContext context, Chosen chosen) {
        if (chosen.request().dryRun()) {
            Responses.json(context, 200, new BulkReplayResult(chosen.ids().size(), true, List.of()));
        }
        return chosen.request().dryRun();
    }

    private void create(RoutingContext context) {
        Chosen chosen = choose(context);
        if (chosen == null || dryRun(context, chosen)) {
            return;
        }
        ReplayJob job = jobs.create(chosen.ids(), chosen.selection(), chosen.group(),
                chosen.request().throttlePerSecond(), chosen.request().reason(), RequestGuard.actor(context));
        Responses.json(context, 201, view(job));
    }

    /**
     * {@code POST /api/v1/failed/replay}, the bulk replay that answers with every outcome: a job like any other
     * (audited, on the shared replay workers), answered when it has ended; no API thread waits for it meanwhile.
     */
    private void replayAndAnswerWhenDone(RoutingContext context) {
        Chosen chosen = choose(context);
        if (chosen == null || dryRun(context, chosen)) {
            return;
        }
        ReplayJob job = jobs.create(chosen.ids(), chosen.selection() + " (bulk replay)", chosen.group(),
                chosen.request().throttlePerSecond(), chosen.request().reason(), RequestGuard.actor(context));
        jobs.whenEnded(job.id()).whenComplete((ended, failure) -> {
            if (failure != null) {
                Responses.error(context, 500, "the bulk replay stopped", failure);
                return;
            }
            List<ReplayOutcome> outcomes = new ArrayList<>();
            Long cursor = null;
            List<ReplayJobStore.Item> page;
            do {
                page = store.items(job.id(), cursor, 500);
                page.stream().filter(item -> item.outcome() != null).forEach(item -> outcomes.add(
                        new ReplayOutcome(item.failedId(), item.outcome().name(), null, item.detail())));
                cursor = page.isEmpty() ? null : page.get(page.size() - 1).failedId();
            } while (page.size() == 500);
            Responses.json(context, 200, new BulkReplayResult(chosen.ids().size(), false, outcomes));
        });
    }

    private void list(RoutingContext context) {
        Responses.json(context, 200, store.list(LISTED).stream().map(this::view).toList());
    }

    private void show(RoutingContext context) {
        Long id = id(context);
        if (id == null) {
            return;
        }
        store.find(id).ifPresentOrElse(job -> Responses.json(context, 200, view(job)),
                () -> Responses.error(context, 404, "no replay job " + id));
    }

    private void items(RoutingContext context) {
        Long id = id(context);
        if (id == null) {
            return;
        }
        if (store.find(id).isEmpty()) {
            Responses.error(context, 404, "no replay job " + id);
            return;
        }
        Long cursor;
        int limit;
        try {
            String after = context.queryParams().get("cursor");
            String size = context.queryParams().get("limit");
            cursor = after == null || after.isBlank() ? null : Long.parseLong(after);
            limit = size == null || size.isBlank() ? 100 : Integer.parseInt(size);
        } catch (NumberFormatException e) {
            Responses.error(context, 400, "cursor and limit are numbers");
            return;
        }
        boolean clear = RequestGuard.has(context, Role.OPERATOR);
        List<ReplayJobItemPage.Item> items = store.items(id, cursor, limit).stream()
                .map(item -> new ReplayJobItemPage.Item(item.failedId(),
                        item.outcome() == null ? null : item.outcome().name(),
                        clear ? item.detail() : Quotes.removed(item.detail())))
                .toList();
        Long next = items.size() == Math.max(1, Math.min(limit, 500)) ? items.get(items.size() - 1).failedId() : null;
        Responses.json(context, 200, new ReplayJobItemPage(items, next));
    }

    private void cancel(RoutingContext context) {
        if (!RequestGuard.require(context, Role.OPERATOR)) {
            return;
        }
        Long id = id(context);
        if (id == null) {
            return;
        }
        if (store.find(id).isEmpty()) {
            Responses.error(context, 404, "no replay job " + id);
            return;
        }
        Actor actor = RequestGuard.actor(context);
        if (!jobs.cancel(id, actor)) {
            Responses.error(context, 409, "replay job " + id + " has finished already");
            return;
        }
        Responses.json(context, 200, view(store.find(id).orElseThrow()));
    }

    private ReplayJobView view(ReplayJob job) {
        Map<String, Long> outcomes = new TreeMap<>();
        job.outcomes().forEach((outcome, count) -> outcomes.put(outcome.name(), count));
        long newFailures = job.groupId() == null ? 0
                : failedMessages.countNewInGroup(job.groupId(), job.newestFailedId(), job.finishedAt());
        return new ReplayJobView(job.id(), job.state().name(), job.createdAt(), job.finishedAt(), job.actor(),
                job.reason(), job.selection(), job.groupId(), job.throttlePerSecond(), job.total(), job.done(),
                outcomes, newFailures);
    }

    private static Long id(RoutingContext context) {
        try {
            return Long.parseLong(context.pathParam("id"));
        } catch (NumberFormatException e) {
            Responses.error(context, 400, "a replay job id is a number: '" + context.pathParam("id") + "'");
            return null;
        }
    }
}
