package io.switchboard.runtime.security;

import io.switchboard.runtime.engine.Actor;
import io.switchboard.runtime.store.Database;
import io.switchboard.runtime.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens: random 256-bit secrets, of which only a SHA-256 hash is stored. Checking a token compares its
 * hash with every stored one in constant time, so timing tells nothing about how close a guess was.
 */
public final class TokenService {

    public record TokenInfo(String name, Role role) {
    }

    private record Stored(String name, Role role, byte[] hash) {
    }

    private final Database database;
    private final SecureRandom random = new SecureRandom();
    /** Replaced whole, never emptied in place, so a token is never briefly unknown while tokens are reloaded. */
    private volatile List<Stored> tokens = List.of();

    public TokenService(Database database) {
        this.database = database;
        load();
    }

    /**
     * Creates a token; answers the secret, which is not kept anywhere. Names are unique: a name that is taken is
     * refused ({@link IllegalStateException}), so nobody replaces another's token by creating one.
     */
    public String create(String name, Role role) {
        checkName(name);
        String token = secret();
        int inserted = database.writer().execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO token (name, role, hash, "
                    + "created_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM token WHERE name = ?)")) {
                insert.setString(1, name);
                insert.setString(2, role.wireName());
                insert.setString(3, Base64.getEncoder().encodeToString(hash(token)));
                insert.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
                insert.setString(5, name);
                return insert.executeUpdate();
            }
        });
        if (inserted == 0) {
            throw new IllegalStateException("a token named '" + name + "' exists already: revoke it first, or "
                    + "choose another name");
        }
        load();
        return token;
    }

    /**
     * Gives the named token a new secret (the old one stops working); used when the admin token's file is gone.
     * Answers the new secret.
     */
    public String rotate(String name, Role role) {
        checkName(name);
        String token = secret();
        install(name, role, token);
        return token;
    }

    /**
     * Makes the named token this secret (the old one stops working): for runtimes given their admin token (under
     * Kubernetes, from a Secret), so that every runtime of a shared store sets the same one, whichever starts first.
     */
    public void install(String name, Role role, String token) {
        checkName(name);
        if (token == null || token.length() < 32) {
            throw new IllegalArgumentException("a token given to the runtime must have at least 32 characters");
        }
        database.writer().execute(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(database.upsert("token",
                    List.of("name", "role", "hash", "created_at"), 1))) {
                merge.setString(1, name);
                merge.setString(2, role.wireName());
                merge.setString(3, Base64.getEncoder().encodeToString(hash(token)));
                merge.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
                return merge.executeUpdate();
            }
        });
        load();
    }

    /**
     * Revokes the named token at once; false when there is none. The last admin token cannot be revoked
     * ({@link IllegalStateException}): nobody could manage tokens any more.
     */
    public boolean revoke(String name) {
        // Checked and deleted in one write, so two admins revoking each other cannot both succeed.
        int outcome = database.writer().execute(connection -> {
            String role;
            try (PreparedStatement select = connection.prepareStatement("SELECT role FROM token WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return 0;
                    }
                    role = rows.getString(1);
                }
            }
            if (Role.parse(role).orElse(Role.VIEWER) == Role.ADMIN) {
                try (PreparedStatement admins = connection.prepareStatement(
                        "SELECT COUNT(*) FROM token WHERE role = ?")) {
                    admins.setString(1, Role.ADMIN.wireName());
                    try (ResultSet rows = admins.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) <= 1) {
                            return -1;
                        }
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM token WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate();
            }
        });
        if (outcome < 0) {
            throw new IllegalStateException("'" + name + "' is the last admin token: create another admin token "
                    + "before revoking it");
        }
        load();
        return outcome > 0;
    }

    private static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("a token name may use letters, digits, '.', '_' and '-' (1-100)");
        }
    }

    private String secret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return "sb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public boolean exists(String name) {
        return tokens.stream().anyMatch(token -> token.name().equals(name));
    }

    public List<TokenInfo> list() {
        return tokens.stream().map(token -> new TokenInfo(token.name(), token.role())).toList();
    }

    /** The actor a presented token belongs to. */
    public Optional<Actor> authenticate(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] candidate = hash(presented);
        Stored match = null;
        for (Stored token : tokens) {
            if (MessageDigest.isEqual(candidate, token.hash())) {
                match = token;
            }
        }
        return match == null ? Optional.empty() : Optional.of(new Actor(match.name(), match.role().wireName()));
    }

    private void load() {
        List<Stored> loaded = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT name, role, hash FROM token");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Role.parse(rows.getString(2)).ifPresent(role -> {
                    try {
                        loaded.add(new Stored(rows.getString(1), role, Base64.getDecoder().decode(rows.getString(3))));
                    } catch (SQLException e) {
                        throw new StoreException("cannot read tokens", e);
                    }
                });
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read tokens", e);
        }
        tokens = List.copyOf(loaded);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
