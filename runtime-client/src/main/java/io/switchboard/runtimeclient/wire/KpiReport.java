package io.switchboard.runtimeclient.wire;

import java.time.Instant;
import java.util.List;

/** The team's KPIs per flow, by {@code period} (day or week), as the runtime counted them at {@code at}. */
public record KpiReport(Instant at, String period, List<FlowKpis> flows) {
}
