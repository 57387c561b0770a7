package io.switchboard.monitor.health;

import java.time.Instant;

/** The runtime's totals at one moment: delivered and failed messages per second. */
public record HealthSample(Instant at, double deliveredPerSecond, double failedPerSecond) {
}
