package io.switchboard.runtimeclient.wire;

import java.util.List;

/** A flow's KPIs, oldest period first, and the age of its oldest failed message still waiting (null: none waits). */
public record FlowKpis(String flowId, Long oldestWaitingAgeSeconds, List<KpiPeriod> periods) {
}
