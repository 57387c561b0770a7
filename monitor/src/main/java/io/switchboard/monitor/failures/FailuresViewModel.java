package io.switchboard.monitor.failures;

import static io.switchboard.monitor.connection.Calls.await;

import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.connection.Calls;
import io.switchboard.monitor.connection.TimeRange;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessagePage;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Failure groups and failed messages, from the runtime and never all at once: groups with their counts first, then
 * the messages of the filter a page at a time, newest first. New failures on the stream are fetched and put at the
 * top (the operator's selection stays on its message); the list keeps at most {@link #MAX_ROWS} rows, dropping the
 * oldest, which the next page brings back.
 */
public final class FailuresViewModel {

    public static final int PAGE = 100;
    public static final int MAX_ROWS = 5_000;
    /** How many pages of new failures one arrival fetches at most, before it says some were missed. */
    private static final int MAX_CATCH_UP_PAGES = 10;
    private static final Duration GROUPS_EVERY = Duration.ofSeconds(1);

    private final RuntimeClient client;
    private final Tasks tasks;
    private final ObservableList<FailureGroupSummary> groups = FXCollections.observableArrayList();
    private final ObservableList<FailedMessageSummary> messages = FXCollections.observableArrayList();
    private final ObjectProperty<FailureGroupSummary> group = new SimpleObjectProperty<>();
    private final StringProperty flow = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<String> status = new SimpleObjectProperty<>("failed");
    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(TimeRange.ANY);
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty morePages = new SimpleBooleanProperty();
    private final LongProperty missed = new SimpleLongProperty();
    private final Set<Long> shown = new HashSet<>();
    private Long nextCursor;
    private long generation;
    private boolean fetchingNew;
    private boolean newArrivedWhileFetching;
    private Instant groupsLoadedAt = Instant.MIN;
    private boolean groupsWanted;

    public FailuresViewModel(RuntimeClient client, Tasks tasks) {
        this.client = client;
        this.tasks = tasks;
    }

    public ObservableList<FailureGroupSummary> groups() {
        return groups;
    }

    public ObservableList<FailedMessageSummary> messages() {
        return messages;
    }

    /** The group the list is narrowed to; null for all. */
    public ObjectProperty<FailureGroupSummary> groupProperty() {
        return group;
    }

    public StringProperty flowProperty() {
        return flow;
    }

    /** Text in errors, and in payloads for operators. */
    public StringProperty textProperty() {
        return text;
    }

    /** failed, replaying, replayed, discarded; null for any. */
    public ObjectProperty<String> statusProperty() {
        return status;
    }

    /** How far back failures are listed and grouped; new ones always fall inside it. */
    public ObjectProperty<TimeRange> rangeProperty() {
        return range;
    }

    /** The last thing that went wrong, for the operator; empty when all is well. */
    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty morePagesProperty() {
        return morePages;
    }

    /** New failures not fetched because too many came at once: a reload shows them. */
    public LongProperty missedProperty() {
        return missed;
    }

    /** The filter as the runtime reads it. */
    public FailedFilter filter() {
        FailureGroupSummary chosen = group.get();
        return new FailedFilter(blankToNull(flow.get()), from(), null, null, blankToNull(text.get()), status.get(),
                chosen == null ? null : chosen.id());
    }

    private FailedFilter groupsFilter() {
        return new FailedFilter(blankToNull(flow.get()), from(), null, null, blankToNull(text.get()), null, null);
    }

    private Instant from() {
        return (range.get() == null ? TimeRange.ANY : range.get()).from(tasks.now());
    }

    /** Groups and the first page again: after a filter change, a reconnect that missed events, or on request. */
    public void reload() {
        long ticket = ++generation;
        FailedFilter filter = filter();
        FailedFilter groupsFilter = groupsFilter();
        tasks.run(() -> new Loaded(await(client.failureGroups(groupsFilter)), await(client.failed(filter, null, PAGE))),
                loaded -> {
                    if (ticket != generation) {
                        return;
                    }
                    groups.setAll(loaded.groups());
                    groupsLoadedAt = tasks.now();
                    shown.clear();
                    messages.setAll(loaded.page().items());
                    loaded.page().items().forEach(message -> shown.add(message.id()));
                    nextCursor = loaded.page().nextCursor();
                    morePages.set(nextCursor != null);
                    missed.set(0);
                    problem.set("");
                }, this::failed);
    }

    private record Loaded(List<FailureGroupSummary> groups, FailedMessagePage page) {
    }

    /** The next, older page, below the rows shown. */
    public void loadMore() {
        if (nextCursor == null) {
            return;
        }
        long ticket = generation;
        FailedFilter filter = filter();
        Long cursor = nextCursor;
        tasks.run(() -> await(client.failed(filter, cursor, PAGE)), page -> {
            if (ticket != generation) {
                return;
            }
            page.items().stream().filter(message -> shown.add(message.id())).forEach(messages::add);
            nextCursor = page.nextCursor();
            morePages.set(nextCursor != null);
        }, this::failed);
    }

    /**
     * Failures arrived on the stream. Each event carries what its row shows, so when the filter can be judged here
     * (flow, group, failed or any status; not a text search) the rows are put at the top straight from the events;
     * otherwise, or when more came than the stream kept, the new ones are fetched. Groups follow, once a second.
     */
    public void failuresArrived(List<RuntimeEventMessage> events, int notKept) {
        groupsWanted = true;
        refreshGroupsWhenDue();
        if (notKept > 0 || fetchingNew || blankToNull(text.get()) != null
                || !(status.get() == null || status.get().equals("failed"))) {
            failuresArrived();
            return;
        }
        List<FailedMessageSummary> rows = new ArrayList<>();
        for (RuntimeEventMessage event : events) {
            FailedMessageSummary row = FailureEvents.row(event);
            if (row == null) {
                failuresArrived();
                return;
            }
            if (matches(row)) {
                rows.add(row);
            }
        }
        java.util.Collections.reverse(rows);
        insertAtTop(new Newer(rows, true));
    }

    private boolean matches(FailedMessageSummary row) {
        String onlyFlow = blankToNull(flow.get());
        FailureGroupSummary onlyGroup = group.get();
        return (onlyFlow == null || onlyFlow.equals(row.flowId()))
                && (onlyGroup == null || onlyGroup.id().equals(row.groupId()));
    }

    /** New failures are fetched from the runtime and put at the top: after a reconnect, or when the filter asks. */
    public void failuresArrived() {
        groupsWanted = true;
        refreshGroupsWhenDue();
        if (fetchingNew) {
            newArrivedWhileFetching = true;
            return;
        }
        fetchingNew = true;
        long ticket = generation;
        FailedFilter filter = filter();
        long newest = messages.isEmpty() ? 0 : messages.get(0).id();
        tasks.run(() -> newerThan(filter, newest), newer -> {
            fetchingNew = false;
            if (ticket == generation) {
                insertAtTop(newer);
            }
            if (newArrivedWhileFetching) {
                newArrivedWhileFetching = false;
                failuresArrived();
            }
        }, failure -> {
            fetchingNew = false;
            failed(failure);
        });
    }

    /** Called now and then (each drain): groups wanted by arrivals are loaded at most once a second. */
    public void refreshGroupsWhenDue() {
        if (!groupsWanted || Duration.between(groupsLoadedAt, tasks.now()).compareTo(GROUPS_EVERY) < 0) {
            return;
        }
        groupsWanted = false;
        groupsLoadedAt = tasks.now();
        long ticket = generation;
        FailedFilter filter = groupsFilter();
        tasks.run(() -> await(client.failureGroups(filter)), loaded -> {
            if (ticket == generation) {
                groups.setAll(loaded);
            }
        }, this::failed);
    }

    private record Newer(List<FailedMessageSummary> items, boolean complete) {
    }

    private Newer newerThan(FailedFilter filter, long newest) throws Exception {
        List<FailedMessageSummary> found = new ArrayList<>();
        Long cursor = null;
        for (int page = 0; page < MAX_CATCH_UP_PAGES; page++) {
            FailedMessagePage answer = await(client.failed(filter, cursor, PAGE));
            for (FailedMessageSummary message : answer.items()) {
                if (message.id() <= newest) {
                    return new Newer(found, true);
                }
                found.add(message);
            }
            if (answer.nextCursor() == null) {
                return new Newer(found, true);
            }
            cursor = answer.nextCursor();
        }
        return new Newer(found, newest == 0);
    }

    private void insertAtTop(Newer newer) {
        List<FailedMessageSummary> fresh = newer.items().stream().filter(message -> shown.add(message.id())).toList();
        if (!newer.complete()) {
            missed.set(missed.get() + 1);
        }
        if (fresh.isEmpty()) {
            return;
        }
        messages.addAll(0, fresh);
        if (messages.size() > MAX_ROWS) {
            List<FailedMessageSummary> dropped = List.copyOf(messages.subList(MAX_ROWS, messages.size()));
            messages.remove(MAX_ROWS, messages.size());
            dropped.forEach(message -> shown.remove(message.id()));
            nextCursor = messages.get(messages.size() - 1).id();
            morePages.set(true);
        }
    }

    private void failed(Exception failure) {
        problem.set("Failed messages could not be loaded: " + Calls.describe(failure));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
