package io.switchboard.runtimeclient;

import io.switchboard.runtimeclient.wire.AuditFilter;
import io.switchboard.runtimeclient.wire.KpiReport;
import io.switchboard.runtimeclient.wire.Objectives;
import io.switchboard.runtimeclient.wire.AuditPage;
import io.switchboard.runtimeclient.wire.BackupResult;
import io.switchboard.runtimeclient.wire.BulkReplayRequest;
import io.switchboard.runtimeclient.wire.BulkReplayResult;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.DeployResult;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageDetail;
import io.switchboard.runtimeclient.wire.FailedMessagePage;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import io.switchboard.runtimeclient.wire.FlowSummary;
import io.switchboard.runtimeclient.wire.FlowVersion;
import io.switchboard.runtimeclient.wire.Health;
import io.switchboard.runtimeclient.wire.ReplayJobItemPage;
import io.switchboard.runtimeclient.wire.ReplayJobView;
import io.switchboard.runtimeclient.wire.ReplayOutcome;
import io.switchboard.runtimeclient.wire.ReplayRequest;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import io.switchboard.runtimeclient.wire.TokenCreated;
import io.switchboard.runtimeclient.wire.TokenRequest;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The runtime's management API.
 *
 * <p>Threading: every call returns at once; its stage completes on the HTTP client's executor (never the caller's
 * thread, never the JavaFX thread), exceptionally with a {@link RuntimeClientException}. A UI hands results to its
 * own thread. The event stream calls its listeners on the subscription's own reader thread, one event at a time.
 */
public interface RuntimeClient extends AutoCloseable {

    CompletionStage<List<FlowSummary>> flows();

    CompletionStage<DeployResult> deploy(String flowId, DeployRequest request);

    CompletionStage<FlowSummary> start(String flowId);

    CompletionStage<FlowSummary> stop(String flowId);

    CompletionStage<List<FlowVersion>> versions(String flowId);

    /** The files a version was deployed with (designer): what a review compares a new deploy against. */
    CompletionStage<DeployRequest> versionBundle(String flowId, int version);

    CompletionStage<FlowSummary> rollback(String flowId, int version);

    CompletionStage<Health> health();

    /** Failed messages matching a filter (null: all), newest first, after a cursor (null: from the newest). */
    CompletionStage<FailedMessagePage> failed(FailedFilter filter, Long cursor, int limit);

    /**
     * Failure groups matching a filter (null: all), the most recently failing first; without a time range, text or
     * status the runtime answers from counts it keeps, whatever the number of messages.
     */
    CompletionStage<List<FailureGroupSummary>> failureGroups(FailedFilter filter);

    CompletionStage<FailedMessageDetail> failedMessage(long id);

    CompletionStage<ReplayOutcome> replay(long id, ReplayRequest request);

    CompletionStage<BulkReplayResult> replayMany(BulkReplayRequest request);

    CompletionStage<FailedMessageSummary> discard(long id, String reason);

    /** A dry run of a replay job: how many waiting messages it would replay (by ids, or by filter). */
    CompletionStage<BulkReplayResult> countReplayJob(List<Long> ids, FailedFilter filter);

    /**
     * Creates a replay job over the given ids, or over every waiting message matching the filter; answers at once.
     * Progress comes as {@code REPLAY_JOB} events, each message's outcome as a {@code REPLAY} event with the job id.
     */
    CompletionStage<ReplayJobView> createReplayJob(List<Long> ids, FailedFilter filter, int throttlePerSecond,
                                                   String reason);

    CompletionStage<ReplayJobView> replayJob(long id);

    /** The newest jobs first. */
    CompletionStage<List<ReplayJobView>> replayJobs();

    CompletionStage<ReplayJobItemPage> replayJobItems(long id, Long cursor, int limit);

    CompletionStage<ReplayJobView> cancelReplayJob(long id);

    /** The team's KPIs per flow by {@code period} (day or week), the last {@code count} periods; flow null: all. */
    CompletionStage<KpiReport> kpis(String period, int count, String flow);

    /** Every flow's thresholds and service-level objective. */
    CompletionStage<List<Objectives>> objectives();

    /** Sets a flow's thresholds and objective (operator); audited. */
    CompletionStage<Objectives> setObjectives(String flowId, Objectives objectives);

    /** The audit log, newest first, filtered (a null filter is none); {@code cursor} is the last id seen. */
    CompletionStage<AuditPage> audit(AuditFilter filter, Long cursor, int limit);

    /** An online backup of the runtime's store, written on the runtime's machine (admin). */
    CompletionStage<BackupResult> backup();

    CompletionStage<TokenCreated> createToken(TokenRequest request);

    /** Who this client's token is: its name and role (viewer, operator, designer, admin). */
    CompletionStage<TokenRequest> session();

    /**
     * Subscribes to the event stream. Reconnects by itself after a dropped connection (with backoff, resuming from
     * the last event seen); {@code onState} hears each change of the connection's state.
     */
    EventSubscription events(Consumer<RuntimeEventMessage> onEvent, Consumer<EventSubscription.State> onState);

    @Override
    void close();
}
