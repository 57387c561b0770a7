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
import java.util.concurrent.CopyOnWriteArrayList;

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
    private final List<Stored> tokens = new CopyOnWriteArrayList<>();

    public TokenService(Database database) {
        this.database = database;
        load();
    }

    /** Creates (or replaces) the token of that name; answers the secret, which is not kept anywhere. */
    public String create(String name, Role role) {
        if (!name.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("a token name may use letters, digits, '.', '_' and '-' (1-100)");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "sb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection connection = database.connection();
             PreparedStatement merge = connection.prepareStatement(
                     "MERGE INTO token (name, role, hash, created_at) KEY (name) VALUES (?, ?, ?, ?)")) {
            merge.setString(1, name);
            merge.setString(2, role.wireName());
            merge.setString(3, Base64.getEncoder().encodeToString(hash(token)));
            merge.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store token " + name, e);
        }
        load();
        return token;
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
        tokens.clear();
        tokens.addAll(loaded);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
