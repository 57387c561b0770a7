package io.switchboard.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Committed" means on stable storage, also on a store that has been through earlier crashes and compactions: a
 * store grown to thousands of rows, then again and again one message stored, the process killed with SIGKILL, the
 * store reopened (and, halfway, compacted). Every message answered as stored is still there, and no id is handed
 * out twice.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StoreSurvivesKillTest {

    @TempDir
    Path data;

    @Test
    void everyCommittedMessageSurvivesRepeatedKillsOfAStoreThatCrashedBefore() throws Exception {
        long grown = writeThenKill(4_000, "GROW");
        List<Long> acknowledged = new ArrayList<>();
        for (int round = 1; round <= 4; round++) {
            acknowledged.add(writeThenKill(1, "PROBE" + round));
            try (Database database = Database.open(data)) {
                FailedMessageStore store = new FailedMessageStore(database);
                List<Long> missing = acknowledged.stream().filter(id -> store.find(id).isEmpty()).toList();
                assertEquals(List.of(), missing, "round " + round + ": acknowledged ids lost after kill -9");
                assertTrue(store.find(grown).isPresent(), "the grown store's last row is there");
                if (round == 2) {
                    assertTrue(database.compactIfWasteful(0, 100, java.time.Duration.ofSeconds(10)));
                    assertEquals(List.of(), acknowledged.stream().filter(id -> store.find(id).isEmpty()).toList(),
                            "after compacting");
                }
            }
        }
        Set<Long> distinct = new HashSet<>(acknowledged);
        assertEquals(acknowledged.size(), distinct.size(), "ids handed out twice: " + acknowledged);
        assertTrue(acknowledged.stream().allMatch(id -> id > grown), "ids after the grown rows: " + acknowledged);
    }

    /** Runs the writer in its own JVM, waits until it has answered, and kills it with SIGKILL. */
    private long writeThenKill(int count, String tag) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                StoreWriterProcess.class.getName(), data.toString(), String.valueOf(count), tag)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            long id = -1;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("stored ")) {
                    id = Long.parseLong(line.substring(7));
                } else if (line.equals("ready")) {
                    break;
                }
            }
            assertTrue(id > 0, "the writer stored nothing");
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            return id;
        }
    }
}
