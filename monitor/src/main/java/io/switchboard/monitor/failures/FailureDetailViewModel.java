package io.switchboard.monitor.failures;

import static io.switchboard.monitor.connection.Calls.await;

import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.connection.Calls;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.FailedMessageDetail;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The selected failed message in full: error and where, attempts, headers, the payload (masked for roles that may
 * not see it), its replay history. Only the latest selection's answer is shown. Reading a payload is audited by
 * the runtime.
 */
public final class FailureDetailViewModel {

    private final RuntimeClient client;
    private final Tasks tasks;
    private final ObjectProperty<FailedMessageSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FailedMessageDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper payload = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<PayloadStyles.Span>> payloadStyles =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private long generation;

    public FailureDetailViewModel(RuntimeClient client, Tasks tasks) {
        this.client = client;
        this.tasks = tasks;
        selected.addListener((observable, old, now) -> load(now));
    }

    public ObjectProperty<FailedMessageSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<FailedMessageDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The payload pretty-printed. */
    public ReadOnlyStringProperty payloadProperty() {
        return payload.getReadOnlyProperty();
    }

    /** The payload's colours, set just before {@link #payloadProperty()} changes. */
    public ReadOnlyObjectProperty<List<PayloadStyles.Span>> payloadStylesProperty() {
        return payloadStyles.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads the shown message again: after a replay or a discard changed it. */
    public void refresh() {
        load(selected.get());
    }

    private record Shown(FailedMessageDetail detail, String payload, List<PayloadStyles.Span> styles) {
    }

    private void load(FailedMessageSummary message) {
        long ticket = ++generation;
        if (message == null) {
            detail.set(null);
            payloadStyles.set(List.of());
            payload.set("");
            return;
        }
        tasks.run(() -> {
            FailedMessageDetail loaded = await(client.failedMessage(message.id()));
            // Indenting and colouring a large payload is work for the background, not for the FX thread.
            String pretty = Payloads.pretty(loaded.payload());
            return new Shown(loaded, pretty, PayloadStyles.of(pretty));
        }, shown -> {
            if (ticket == generation) {
                detail.set(shown.detail());
                payloadStyles.set(shown.styles());
                payload.set(shown.payload());
                problem.set("");
            }
        }, failure -> {
            if (ticket == generation) {
                problem.set("Message " + message.id() + " could not be read: " + Calls.describe(failure));
            }
        });
    }
}
