package io.switchboard.runtime.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/** Failed messages in H2: stored as received, listed newest first with filters, and their status moved on. */
public final class FailedMessageStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, flow_id, flow_version, received_at, failed_at, correlation_id, "
            + "idempotency_key, error_type, error_message, error_where, attempts, status, content_type, headers";

    private final Database database;

    public FailedMessageStore(Database database) {
        this.database = database;
    }

    /** Stores a failure and answers its id. Throws when the row could not be committed. */
    public long store(FailedMessage message) {
        String sql = "INSERT INTO failed_message (flow_id, flow_version, received_at, failed_at, correlation_id, "
                + "idempotency_key, error_type, error_message, error_where, attempts, status, content_type, headers, "
                + "payload, payload_crc, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return database.writer().execute(connection -> insert(connection, sql, message));
    }

    private static long insert(Connection connection, String sql, FailedMessage message) throws SQLException {
        // The group is of the message as stored (its error cut to the columns' sizes), as it is read back.
        ErrorSignature signature = signature(message);
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, message.flowId());
            insert.setInt(2, message.flowVersion());
            insert.setObject(3, utc(message.receivedAt()));
            insert.setObject(4, utc(message.failedAt()));
            insert.setString(5, message.correlationId());
            insert.setString(6, message.idempotencyKey());
            insert.setString(7, truncate(message.errorType(), 300));
            insert.setString(8, truncate(message.errorMessage(), 4000));
            insert.setString(9, truncate(message.errorWhere(), 300));
            insert.setInt(10, message.attempts());
            insert.setString(11, message.status().name());
            insert.setString(12, message.contentType());
            insert.setString(13, JSON.writeValueAsString(message.headers()));
            insert.setBytes(14, message.payload());
            insert.setLong(15, checksum(message.payload()));
            insert.setString(16, signature.id());
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            FailureGroupStore.counted(connection, signature, id, message.failedAt(),
                    message.status() == FailedMessage.Status.FAILED);
            return id;
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot store the headers of a failed message of flow " + message.flowId(), e);
        }
    }

    /** The failure group a message belongs to. */
    public static ErrorSignature signature(FailedMessage message) {
        return ErrorSignature.of(message.flowId(), truncate(message.errorWhere(), 300),
                truncate(message.errorType(), 300), truncate(message.errorMessage(), 4000));
    }

    public Optional<FailedMessage> find(long id) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + ", payload, payload_crc FROM failed_message WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                FailedMessage message = read(rows, true);
                long crc = rows.getLong("payload_crc");
                if (!rows.wasNull() && crc != checksum(message.payload())) {
                    throw new StoreException("failed message " + id + " is damaged in the store: its payload no "
                            + "longer matches its checksum; restore the store from a backup", null);
                }
                return Optional.of(message);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read failed message " + id, e);
        }
    }

    /** Newest first; payloads are left out of lists (empty arrays) and read with {@link #find}. */
    public List<FailedMessage> list(FailedMessageQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        if (query.before() != null) {
            where += (where.isEmpty() ? " WHERE " : " AND ") + "id < ?";
            params.add(query.before());
        }
        // Written so that H2 walks the (flow_id, id) index backwards instead of sorting.
        String order = query.groupId() != null ? " ORDER BY group_id DESC, id DESC"
                : query.flowId() != null ? " ORDER BY flow_id DESC, id DESC"
                : query.status() != null ? " ORDER BY status DESC, id DESC" : " ORDER BY id DESC";
        String sql = "SELECT " + COLUMNS + " FROM failed_message" + where + order + " LIMIT " + query.limit();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, params);
            List<FailedMessage> page = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    page.add(read(rows, false));
                }
            }
            return page;
        } catch (SQLException e) {
            throw new StoreException("cannot list failed messages", e);
        }
    }

    /** The ids matching a filter, newest first, at most {@code max}: what a bulk replay works through. */
    public List<Long> ids(FailedMessageQuery query, int max) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT id FROM failed_message" + where(query, params) + " ORDER BY id DESC LIMIT " + max;
        try (Connection connection = database.connection(); PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, params);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException("cannot select failed messages", e);
        }
    }

    /** Of the given ids, those of stored messages, in the order given and each once. */
    public List<Long> existing(List<Long> ids) {
        List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM failed_message WHERE id = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("BIGINT", distinct.toArray()));
            java.util.Set<Long> found = new java.util.HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return distinct.stream().filter(found::contains).toList();
        } catch (SQLException e) {
            throw new StoreException("cannot look up failed messages", e);
        }
    }

    public long count(FailedMessageQuery query) {
        List<Object> params = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM failed_message" + where(query, params))) {
            bind(select, params);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count failed messages", e);
        }
    }

    /**
     * Messages of a failure group stored after {@code afterId} (and, when {@code until} is given, failed before it):
     * read from the group's index from that id on, not from the whole group.
     */
    public long countNewInGroup(String groupId, long afterId, Instant until) {
        String sql = "SELECT COUNT(*) FROM failed_message WHERE group_id = ? AND id > ?"
                + (until == null ? "" : " AND failed_at < ?");
        try (Connection connection = database.connection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, groupId);
            select.setLong(2, afterId);
            if (until != null) {
                select.setObject(3, utc(until));
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the new failures of group " + groupId, e);
        }
    }

    /** Moves a message from one status to another; false when it was not in {@code from} (someone else got it). */
    public boolean transition(long id, FailedMessage.Status from, FailedMessage.Status to) {
        return database.writer().execute(connection -> transition(connection, id, from, to));
    }

    /** The same, inside a write that does more in the same transaction. */
    public static boolean transition(Connection connection, long id, FailedMessage.Status from,
                                     FailedMessage.Status to) throws SQLException {
        return transition(connection, id, from, to, null);
    }

    /**
     * As {@link #transition(Connection, long, FailedMessage.Status, FailedMessage.Status)}, a move to REPLAYING
     * naming the runtime that replays it (on a shared store, the others put it back if that runtime is gone).
     */
    public static boolean transition(Connection connection, long id, FailedMessage.Status from,
                                     FailedMessage.Status to, String replayingBy) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE failed_message SET status = ?" + (replayingBy == null ? "" : ", replaying_by = ?")
                        + " WHERE id = ? AND status = ?")) {
            int index = 1;
            update.setString(index++, to.name());
            if (replayingBy != null) {
                update.setString(index++, replayingBy);
            }
            update.setLong(index++, id);
            update.setString(index, from.name());
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        FailureGroupStore.moved(connection, id, from, to);
        return true;
    }

    static String where(FailedMessageQuery query, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.groupId() != null) {
            conditions.add("group_id = ?");
            params.add(query.groupId());
        }
        if (query.flowId() != null) {
            conditions.add("flow_id = ?");
            params.add(query.flowId());
        }
        if (query.from() != null) {
            conditions.add("failed_at >= ?");
            params.add(utc(query.from()));
        }
        if (query.to() != null) {
            conditions.add("failed_at < ?");
            params.add(utc(query.to()));
        }
        if (query.errorType() != null) {
            conditions.add("error_type = ?");
            params.add(query.errorType());
        }
        if (query.status() != null) {
            conditions.add("status = ?");
            params.add(query.status().name());
        }
        if (query.text() != null && !query.text().isBlank() && query.textInPayloads()) {
            conditions.add("(LOCATE(?, error_message) > 0 OR LOCATE(?, UTF8TOSTRING(payload)) > 0)");
            params.add(query.text());
            params.add(query.text());
        } else if (query.text() != null && !query.text().isBlank()) {
            // Error messages quote what a parser choked on, which may be a payload's words: those are not searched.
            // The same text viewers are shown (Quotes.removed): what is quoted is not searched.
            conditions.add("LOCATE(?, REGEXP_REPLACE(REGEXP_REPLACE(error_message, '''[^''\n]*''', '''…'''), "
                    + "'\"[^\"\n]*\"', '\"…\"')) > 0");
            params.add(query.text());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    private static FailedMessage read(ResultSet rows, boolean withPayload) throws SQLException {
        Map<String, String> headers;
        try {
            String json = rows.getString("headers");
            headers = json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            headers = Map.of();
        }
        return new FailedMessage(rows.getLong("id"), rows.getString("flow_id"), rows.getInt("flow_version"),
                rows.getObject("received_at", OffsetDateTime.class).toInstant(),
                rows.getObject("failed_at", OffsetDateTime.class).toInstant(),
                rows.getString("correlation_id"), rows.getString("idempotency_key"), rows.getString("error_type"),
                rows.getString("error_message"), rows.getString("error_where"), rows.getInt("attempts"),
                FailedMessage.Status.valueOf(rows.getString("status")), rows.getString("content_type"), headers,
                withPayload ? rows.getBytes("payload") : new byte[0]);
    }

    /** CRC-32C of a payload, as stored beside it. */
    static long checksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return crc.getValue();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The payload as text, for search results and masked views. */
    public static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
