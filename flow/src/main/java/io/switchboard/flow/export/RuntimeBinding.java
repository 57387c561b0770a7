package io.switchboard.flow.export;

/**
 * How an export is bound into Switchboard's own runtime, as opposed to a stock Camel folder: the deployed version,
 * where failed messages go, and where the resources are.
 *
 * <p>The route is split in two: the ingress ({@code <id>}, the same for every version with the same source) reads
 * the message and hands it to {@code direct:<id>-active}, which the runtime points at the active version's
 * processing route ({@code direct:<id>-v<version>}, which replay can call directly). A deploy loads the new
 * processing route beside the old one and then moves that pointer: the ingress keeps taking messages throughout. Failures that exhaust the
 * error policy go, as originally received, to {@code failedUri}; if that endpoint fails too, the error goes back
 * to the sender rather than being dropped ({@code deadLetterHandleNewException=false}).
 *
 * @param version     the deployed version number (1, 2, …)
 * @param failedUri    the runtime's failed-message endpoint, e.g. {@code direct:switchboard-failed}
 * @param deliveredUri the runtime's endpoint told of each delivery (it records the idempotency key) before the
 *                     sender is answered, so a replay that starts after the answer always sees the key
 * @param resourceDir  absolute folder holding the export (replaces the stock export's placeholder)
 */
public record RuntimeBinding(int version, String failedUri, String deliveredUri, String resourceDir) {

    /**
     * The exchange property the ingress keeps the message in, as received, for the failed-message store: the store
     * never depends on what later steps did to the body.
     */
    public static final String RECEIVED_PROPERTY = "SwitchboardReceived";

    public String processingRouteId(String flowId) {
        return flowId + "-v" + version;
    }

    public String processingUri(String flowId) {
        return "direct:" + processingRouteId(flowId);
    }

    /** Where a flow that deduplicates every message asks whether the message's key was delivered already. */
    public static final String RECEIVE_URI = "direct:switchboard-receive";
    /** Set by the runtime on a message found to be a duplicate: the rest of the flow is skipped. */
    public static final String DUPLICATE_PROPERTY = "SwitchboardDuplicate";

    /** Where the ingress hands every message: the runtime points it at the active version. */
    public static String activeUri(String flowId) {
        return "direct:" + flowId + "-active";
    }
}
