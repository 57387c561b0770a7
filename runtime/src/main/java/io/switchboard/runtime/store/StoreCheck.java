package io.switchboard.runtime.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The check a store passes before the runtime takes a message: every table is read once (H2 reads each page, so a
 * damaged page is found now rather than when an operator needs that message), every stored payload matches its
 * checksum, and one write is committed and synced. A store that fails any of these is refused with a sentence.
 */
public final class StoreCheck {

    private static final List<String> TABLES = List.of("flow_version", "flow_state", "token", "audit", "replay",
            "delivered_key");

    private StoreCheck() {
    }

    /** Opens the database of a prepared data folder, or says in a sentence why it cannot be used. */
    public static Database open(Path dir) throws StoreUnavailableException {
        try {
            return Database.open(dir);
        } catch (SQLException | RuntimeException e) {
            throw new StoreUnavailableException("the database " + dir.resolve(DataFolder.DATABASE_FILE)
                    + " cannot be opened (" + firstLine(e) + "): " + DataFolder.recovery(dir), e);
        }
    }

    /** Opens a PostgreSQL store shared with other runtimes, or says in a sentence why it cannot be used. */
    public static Database openShared(StoreLocation.Shared location) throws StoreUnavailableException {
        try {
            return Database.open(location);
        } catch (SQLException | RuntimeException e) {
            throw new StoreUnavailableException("the shared store " + location.jdbcUrl() + " cannot be opened ("
                    + firstLine(e) + "): check that PostgreSQL answers there and that the user " + location.user()
                    + " may log in with the password given (SWITCHBOARD_STORE_PASSWORD or --store-password-file) "
                    + "and create tables in that database", e);
        }
    }

    /**
     * Answers the number of failed messages checked. A shared PostgreSQL store is only written to: the server
     * checks its own pages, and reading every row at each runtime's start would load it for all the others.
     */
    public static long verify(Database database, Path dir) throws StoreUnavailableException {
        if (database.shared()) {
            writeStart(database, "the shared store");
            return 0;
        }
        long messages = 0;
        String table = "failed_message";
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            for (String name : TABLES) {
                table = name;
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + name)) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            table = "failed_message";
            try (ResultSet rows = statement.executeQuery("SELECT id, payload, payload_crc FROM failed_message")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    byte[] payload = rows.getBytes(2);
                    long crc = rows.getLong(3);
                    if (!rows.wasNull() && crc != FailedMessageStore.checksum(payload)) {
                        throw new StoreUnavailableException("the database " + dir.resolve(DataFolder.DATABASE_FILE)
                                + " is damaged: failed message " + id + " no longer matches its checksum: "
                                + DataFolder.recovery(dir));
                    }
                    messages++;
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreUnavailableException("the database " + dir.resolve(DataFolder.DATABASE_FILE)
                    + " is damaged (reading table " + table + ": " + firstLine(e) + "): " + DataFolder.recovery(dir), e);
        }
        writeStart(database, "its database " + dir.resolve(DataFolder.DATABASE_FILE));
        return messages;
    }

    private static void writeStart(Database database, String what) throws StoreUnavailableException {
        try {
            database.writer().execute(connection -> {
                try (PreparedStatement merge = connection.prepareStatement(
                        database.upsert("store_info", java.util.List.of("name", "info"), 1))) {
                    merge.setString(1, "last_start");
                    merge.setString(2, Instant.now().toString());
                    return merge.executeUpdate();
                }
            });
        } catch (StoreException e) {
            throw new StoreUnavailableException("the runtime cannot write to " + what + " (" + firstLine(e)
                    + "): check the disk, the file's permissions or the database user's rights", e);
        }
    }

    private static String firstLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
