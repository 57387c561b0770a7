package io.switchboard.runtimeclient.wire;

import java.time.Instant;

/** A backup the runtime wrote of its store: where (on the runtime's machine), how big, when. */
public record BackupResult(String file, long bytes, Instant at) {
}
