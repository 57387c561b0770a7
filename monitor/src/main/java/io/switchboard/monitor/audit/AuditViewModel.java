package io.switchboard.monitor.audit;

import static io.switchboard.monitor.connection.Calls.await;

import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.connection.Calls;
import io.switchboard.monitor.connection.TimeRange;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.AuditFilter;
import io.switchboard.runtimeclient.wire.AuditPage;
import io.switchboard.runtimeclient.wire.AuditRecord;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runtime's audit log, newest first, a page at a time, narrowed by actor, action, flow and time: who deployed,
 * replayed (alone or as a job, with the edited payload's reason), discarded, or looked at a payload.
 */
public final class AuditViewModel {

    public static final int PAGE = 100;
    /** The actions the runtime records, offered in the filter (any other may be typed). */
    public static final List<String> ACTIONS = List.of("replay", "replay-job", "discard", "view-payload", "view-masked", "deploy",
            "deploy-refused", "rollback", "token-create", "token-revoke", "backup");

    private final RuntimeClient client;
    private final Tasks tasks;
    private final ObservableList<AuditRecord> entries = FXCollections.observableArrayList();
    private final StringProperty actor = new SimpleStringProperty("");
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final StringProperty flow = new SimpleStringProperty("");
    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(TimeRange.ANY);
    private final BooleanProperty morePages = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private Long nextCursor;
    private AuditFilter shownFilter = AuditFilter.none();
    private long generation;

    public AuditViewModel(RuntimeClient client, Tasks tasks) {
        this.client = client;
        this.tasks = tasks;
    }

    public ObservableList<AuditRecord> entries() {
        return entries;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    /** The actions shown; none chosen shows all. */
    public ObservableList<String> actions() {
        return actions;
    }

    public StringProperty flowProperty() {
        return flow;
    }

    public ObjectProperty<TimeRange> rangeProperty() {
        return range;
    }

    public BooleanProperty morePagesProperty() {
        return morePages;
    }

    /** Why the log could not be read (a viewer's token may not read it); empty when it could. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** The filter as the runtime reads it, its time range counted back from now. */
    public AuditFilter filter() {
        TimeRange chosen = range.get() == null ? TimeRange.ANY : range.get();
        return new AuditFilter(blankToNull(actor.get()), actions.isEmpty() ? null : String.join(",", actions),
                blankToNull(flow.get()), chosen.from(tasks.now()), null);
    }

    /** The first page of the filter. */
    public void reload() {
        long ticket = ++generation;
        AuditFilter filter = filter();
        tasks.run(() -> await(client.audit(filter, null, PAGE)), page -> {
            if (ticket == generation) {
                shownFilter = filter;
                entries.setAll(page.items());
                pageShown(page);
            }
        }, failure -> failed(ticket, failure));
    }

    /** The next older page of what is shown. */
    public void loadMore() {
        if (nextCursor == null) {
            return;
        }
        long ticket = generation;
        AuditFilter filter = shownFilter;
        Long cursor = nextCursor;
        tasks.run(() -> await(client.audit(filter, cursor, PAGE)), page -> {
            if (ticket == generation) {
                entries.addAll(page.items());
                pageShown(page);
            }
        }, failure -> failed(ticket, failure));
    }

    private void pageShown(AuditPage page) {
        nextCursor = page.nextCursor();
        morePages.set(nextCursor != null);
        problem.set("");
    }

    private void failed(long ticket, Exception failure) {
        if (ticket == generation) {
            problem.set("The audit log could not be read: " + Calls.describe(failure));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
