package io.switchboard.runtime.store;

import java.nio.file.Path;

/**
 * Where a runtime keeps what it must not lose: the embedded H2 file in its data folder (one runtime, the default),
 * or a PostgreSQL database that several runtimes share.
 */
public sealed interface StoreLocation {

    /** The H2 file {@code switchboard.mv.db} in the runtime's data folder. */
    record Embedded(Path dataDir) implements StoreLocation {
    }

    /**
     * A PostgreSQL database by its JDBC URL; the password comes from the environment or a file readable by its
     * owner only, never from the command line, and is never printed.
     */
    record Shared(String jdbcUrl, String user, String password) implements StoreLocation {

        public Shared {
            if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("the shared store is a PostgreSQL JDBC URL "
                        + "(jdbc:postgresql://HOST:PORT/DATABASE), not " + jdbcUrl);
            }
            if (jdbcUrl.contains("password=")) {
                throw new IllegalArgumentException("the store URL must not carry the password: give it in "
                        + "SWITCHBOARD_STORE_PASSWORD or a file readable by its owner only (--store-password-file)");
            }
        }

        @Override
        public String toString() {
            return "Shared[" + jdbcUrl + " as " + user + "]";
        }
    }
}
