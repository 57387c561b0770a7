package io.switchboard.runtime.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fans runtime events out to listeners. Listeners are called on the thread that publishes (a Camel or API
 * thread), so they must hand work off rather than block.
 */
public final class RuntimeEvents {

    private final List<Consumer<RuntimeEvent>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<RuntimeEvent> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<RuntimeEvent> listener) {
        listeners.remove(listener);
    }

    public void publish(RuntimeEvent event) {
        for (Consumer<RuntimeEvent> listener : listeners) {
            listener.accept(event);
        }
    }
}
