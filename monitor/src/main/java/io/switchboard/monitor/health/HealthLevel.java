package io.switchboard.monitor.health;

/** How a flow is doing against its thresholds. */
public enum HealthLevel { HEALTHY, DEGRADED, FAILING, STOPPED }
