package io.switchboard.runtime.api;

import io.switchboard.runtime.engine.FlowRegistry;
import io.switchboard.runtime.engine.HostedFlow;
import io.switchboard.runtime.security.Role;
import io.switchboard.runtime.store.FlowObjectives;
import io.switchboard.runtime.store.KpiStore;
import io.switchboard.runtime.store.ObjectivesStore;
import io.switchboard.runtimeclient.wire.FlowKpis;
import io.switchboard.runtimeclient.wire.KpiPeriod;
import io.switchboard.runtimeclient.wire.KpiReport;
import io.switchboard.runtimeclient.wire.Objectives;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code /api/v1/kpis}: failures, replays per failure, time to restore, SLO attainment per flow and period, and the
 * age of the oldest waiting failure; {@code /api/v1/objectives}: the thresholds and SLO they are measured against.
 */
final class KpisResource {

    static final int MAX_PERIODS = 90;

    private final KpiStore kpis;
    private final ObjectivesStore objectives;
    private final FlowRegistry registry;
    private final Clock clock;

    KpisResource(KpiStore kpis, ObjectivesStore objectives, FlowRegistry registry, Clock clock) {
        this.kpis = kpis;
        this.objectives = objectives;
        this.registry = registry;
        this.clock = clock;
    }

    void mount(Router router, ApiWorkers workers) {
        router.get("/api/v1/kpis").handler(workers.blocking(this::report));
        router.get("/api/v1/objectives").handler(workers.blocking(this::listObjectives));
        router.put("/api/v1/objectives/:flowId").handler(workers.blocking(this::setObjectives));
    }

    private void report(RoutingContext context) {
        if (!RequestGuard.require(context, Role.VIEWER)) {
            return;
        }
        String period = QueryParams.text(context, "period") == null ? "day" : QueryParams.text(context, "period");
        if (!period.equals("day") && !period.equals("week")) {
            Responses.error(context, 400, "period is day or week");
            return;
        }
        int count;
        try {
            String asked = QueryParams.text(context, "count");
            count = asked == null ? (period.equals("day") ? 14 : 8) : Integer.parseInt(asked);
        } catch (NumberFormatException e) {
            Responses.error(context, 400, "count is a number of periods, 1 to " + MAX_PERIODS);
            return;
        }
        if (count < 1 || count > MAX_PERIODS) {
            Responses.error(context, 400, "count is a number of periods, 1 to " + MAX_PERIODS);
            return;
        }
        String onlyFlow = QueryParams.text(context, "flow");
        Responses.json(context, 200, report(period, count, onlyFlow));
    }

    KpiReport report(String period, int count, String onlyFlow) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean weeks = period.equals("week");
        LocalDate lastStart = weeks ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : today;
        LocalDate firstStart = weeks ? lastStart.minusWeeks(count - 1L) : lastStart.minusDays(count - 1L);
        List<KpiStore.Day> days = kpis.days(onlyFlow, firstStart, today);
        TreeSet<String> flows = new TreeSet<>();
        days.forEach(day -> flows.add(day.flowId()));
        registry.activeFlows().stream().map(HostedFlow::flowId)
                .filter(id -> onlyFlow == null || onlyFlow.equals(id)).forEach(flows::add);
        List<FlowKpis> result = new ArrayList<>();
        for (String flowId : flows) {
            List<KpiPeriod> periods = new ArrayList<>();
            for (LocalDate start = firstStart; !start.isAfter(lastStart);
                 start = weeks ? start.plusWeeks(1) : start.plusDays(1)) {
                LocalDate end = weeks ? start.plusWeeks(1) : start.plusDays(1);
                LocalDate from = start;
                periods.add(period(start, days.stream().filter(day -> day.flowId().equals(flowId)
                        && !day.day().isBefore(from) && day.day().isBefore(end)).toList()));
            }
            Instant oldest = kpis.oldestWaiting(flowId);
            result.add(new FlowKpis(flowId, oldest == null ? null : Duration.between(oldest, now).toSeconds(),
                    periods));
        }
        return new KpiReport(now, period, result);
    }

    private static KpiPeriod period(LocalDate start, List<KpiStore.Day> days) {
        long failures = days.stream().mapToLong(KpiStore.Day::failures).sum();
        long replays = days.stream().mapToLong(KpiStore.Day::replays).sum();
        long restores = days.stream().mapToLong(KpiStore.Day::restores).sum();
        long restoreMs = days.stream().mapToLong(KpiStore.Day::restoreMs).sum();
        long measured = days.stream().mapToLong(KpiStore.Day::minutesMeasured).sum();
        long met = days.stream().mapToLong(KpiStore.Day::minutesInSlo).sum();
        return new KpiPeriod(start, failures, replays, failures == 0 ? null : (double) replays / failures, restores,
                restores == 0 ? null : restoreMs / restores / 1000, measured, met,
                measured == 0 ? null : (double) met / measured);
    }

    private void listObjectives(RoutingContext context) {
        if (!RequestGuard.require(context, Role.VIEWER)) {
            return;
        }
        Map<String, FlowObjectives> own = objectives.all();
        TreeSet<String> flows = new TreeSet<>(own.keySet());
        registry.activeFlows().forEach(flow -> flows.add(flow.flowId()));
        Responses.json(context, 200, flows.stream().map(flowId -> view(flowId,
                own.getOrDefault(flowId, FlowObjectives.DEFAULT), own.containsKey(flowId))).toList());
    }

    private void setObjectives(RoutingContext context) {
        if (!RequestGuard.require(context, Role.OPERATOR)) {
            return;
        }
        String flowId = context.pathParam("flowId");
        Objectives asked = Responses.body(context, Objectives.class);
        if (asked == null) {
            return;
        }
        FlowObjectives chosen = new FlowObjectives(asked.degradedErrorRate(), asked.failingErrorRate(),
                asked.degradedP95Ms(), asked.failingP95Ms(), asked.sloP95Ms(), asked.sloErrorRate());
        String problem = chosen.problem();
        if (problem != null) {
            Responses.error(context, 400, problem);
            return;
        }
        if (registry.active(flowId).isEmpty() && !objectives.all().containsKey(flowId)) {
            Responses.error(context, 404, "no flow " + flowId);
            return;
        }
        var actor = RequestGuard.actor(context);
        objectives.set(flowId, chosen, actor.name(), actor.role());
        Responses.json(context, 200, view(flowId, chosen, true));
    }

    private static Objectives view(String flowId, FlowObjectives objectives, boolean own) {
        return new Objectives(flowId, objectives.degradedErrorRate(), objectives.failingErrorRate(),
                objectives.degradedP95Ms(), objectives.failingP95Ms(), objectives.sloP95Ms(),
                objectives.sloErrorRate(), own);
    }
}
