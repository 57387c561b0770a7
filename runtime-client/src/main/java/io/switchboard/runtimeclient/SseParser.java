package io.switchboard.runtimeclient;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads a Server-Sent Events stream line by line as the WHATWG HTML specification says ("Interpreting an event
 * stream"): {@code data} lines are joined with newlines; one space after the colon is dropped and nothing else is
 * trimmed; a line starting with a colon is a comment; {@code id} is kept until the server sets another (an id with
 * a NUL is ignored), takes effect when its event is finished (a blank line; a connection that drops in the middle of
 * an event keeps the id before it) and is taken even by an event without data; {@code retry} of ASCII digits only sets the
 * reconnection time; other fields are ignored; a blank line dispatches the event, unless it has no data. Not
 * thread-safe: one reader feeds it.
 */
final class SseParser {

    /** One dispatched event: its type ({@code message} when the server named none), data and the last id seen. */
    record Event(String type, String data, String lastEventId) {
    }

    private final Consumer<Event> onEvent;
    private final LongConsumer onRetry;
    private final int maxDataChars;
    private final StringBuilder data = new StringBuilder();
    private String type = "";
    /** The id the current event set; it becomes the stream's last id only when that event is dispatched. */
    private String idBuffer = "";
    private String lastEventId = "";
    private boolean tooLarge;

    /** Data beyond {@code maxDataChars} makes the event be dropped whole, rather than dispatched cut short. */
    SseParser(Consumer<Event> onEvent, LongConsumer onRetry, int maxDataChars) {
        this.onEvent = onEvent;
        this.onRetry = onRetry;
        this.maxDataChars = maxDataChars;
    }

    /** One line, without its line ending. */
    void line(String line) {
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (line.charAt(0) == ':') {
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> type = value;
            case "data" -> appendData(value);
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    idBuffer = value;
                }
            }
            case "retry" -> {
                if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9') && value.length() < 12) {
                    onRetry.accept(Long.parseLong(value));
                }
            }
            default -> {
                // Fields the specification does not name are ignored.
            }
        }
    }

    /** The id to resume from after a reconnect: the last one the server set on a finished event, or empty. */
    String lastEventId() {
        return lastEventId;
    }

    /** A new connection: what an unfinished event had gathered is thrown away; the last id is kept. */
    void reset() {
        data.setLength(0);
        type = "";
        idBuffer = lastEventId;
        tooLarge = false;
    }

    private void appendData(String value) {
        if (tooLarge || data.length() + value.length() + 1 > maxDataChars) {
            tooLarge = true;
            data.setLength(0);
            return;
        }
        data.append(value).append('\n');
    }

    private void dispatch() {
        boolean dropped = tooLarge;
        String eventType = type.isEmpty() ? "message" : type;
        String text = data.length() == 0 ? "" : data.substring(0, data.length() - 1);
        boolean empty = data.length() == 0;
        lastEventId = idBuffer;
        reset();
        if (!empty && !dropped) {
            onEvent.accept(new Event(eventType, text, lastEventId));
        }
    }
}
