package io.switchboard.runtimeclient.wire;

import java.util.List;

/** A page of a replay job's messages, each with its outcome (null while it waits its turn). */
public record ReplayJobItemPage(List<Item> items, Long nextCursor) {

    public record Item(long failedId, String outcome, String detail) {
    }
}
