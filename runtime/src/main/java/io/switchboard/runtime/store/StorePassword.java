package io.switchboard.runtime.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

/**
 * The shared store's password: from a file only its owner may read, or from the environment; never from the
 * command line, where every user of the machine can read it in the process list.
 */
public final class StorePassword {

    public static final String ENVIRONMENT = "SWITCHBOARD_STORE_PASSWORD";

    private StorePassword() {
    }

    public static String resolve(Path file, Map<String, String> environment) {
        if (file != null) {
            return read(file);
        }
        String value = environment.get(ENVIRONMENT);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the shared store needs its password: set " + ENVIRONMENT
                    + " or give --store-password-file FILE (readable by its owner only)");
        }
        return value;
    }

    private static String read(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(permission -> permission.name().startsWith("GROUP")
                    || permission.name().startsWith("OTHERS"))) {
                throw new IllegalArgumentException("the store password file " + file + " may be read by others: "
                        + "chmod 600 " + file);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalArgumentException("the store password file " + file + " is empty");
            }
            return password;
        } catch (IOException e) {
            throw new IllegalArgumentException("the store password file " + file + " cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
