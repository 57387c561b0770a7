package io.switchboard.runtimeclient.wire;

import java.time.LocalDate;

/**
 * One flow's figures over one period (a UTC day, or a week from Monday). Derived figures are null when there is
 * nothing to derive them from: no failure to divide by, no incident restored, no minute with traffic.
 */
public record KpiPeriod(LocalDate start, long failures, long replays, Double replaysPerFailure, long restores,
                        Long meanTimeToRestoreSeconds, long minutesMeasured, long minutesWithinSlo,
                        Double sloAttainment) {
}
