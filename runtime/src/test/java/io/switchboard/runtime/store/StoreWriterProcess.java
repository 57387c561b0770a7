package io.switchboard.runtime.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A child process for the kill tests: opens the store in {@code args[0]}, stores {@code args[1]} failed messages
 * (each answered only once committed, as a sender's 202 is), prints the id of each, and then waits to be killed.
 */
public final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        Database database = Database.open(Path.of(args[0]));
        FailedMessageStore store = new FailedMessageStore(database);
        int count = Integer.parseInt(args[1]);
        String tag = args[2];
        for (int i = 0; i < count; i++) {
            long id = store.store(message(tag + "-" + i));
            if (count == 1 || i == count - 1) {
                System.out.println("stored " + id);
            }
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static FailedMessage message(String key) {
        byte[] payload = ("{\"orderId\":\"" + key + "\",\"lines\":[" + "{\"sku\":\"A-1\",\"qty\":2},".repeat(60)
                + "{\"sku\":\"B-2\",\"qty\":1}]}").getBytes(StandardCharsets.UTF_8);
        return new FailedMessage(0, "orders", 1, Instant.now(), Instant.now(), "c-" + key, key,
                "org.apache.camel.http.base.HttpOperationFailedException", "rejected with HTTP 422", "to2", 1,
                FailedMessage.Status.FAILED, "application/json", Map.of(), payload);
    }
}
