package io.switchboard.monitor.replay;

import io.switchboard.runtimeclient.wire.FailedFilter;
import java.util.List;

/**
 * A replay counted by a dry run and waiting for the operator's yes: what it covers in words, how many waiting
 * messages it matched, and what to ask the runtime for (ids, or a filter).
 */
public record PendingReplay(String description, long matched, List<Long> ids, FailedFilter filter) {
}
