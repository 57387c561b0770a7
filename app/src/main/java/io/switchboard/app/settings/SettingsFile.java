package io.switchboard.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's settings file ({@code ~/.switchboard/settings.json} unless the studio is told otherwise), owner-only.
 * A file that cannot be read is reported and left as it is; the studio starts with no settings. Does file I/O.
 */
public final class SettingsFile {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final long LARGEST = 1024 * 1024;

    private final Path file;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private boolean unreadable;

    public SettingsFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    public UserSettings read() {
        try {
            if (!Files.isRegularFile(file)) {
                return UserSettings.empty();
            }
            if (Files.size(file) > LARGEST) {
                throw new IOException("larger than " + LARGEST + " bytes");
            }
            return json.readValue(file.toFile(), UserSettings.class);
        } catch (IOException | RuntimeException e) {
            // Not overwritten later: the user may want what is in it.
            unreadable = true;
            LOG.error("The settings file {} cannot be read ({}); starting without its environments and recent "
                    + "workspaces, and leaving it unchanged", file, e.getMessage());
            return UserSettings.empty();
        }
    }

    /** Writes the settings through a temporary file; a file that could not be read is left alone. */
    public void write(UserSettings settings) throws IOException {
        if (unreadable) {
            throw new IOException("the settings file " + file + " could not be read at start, so it is not "
                    + "overwritten; move it aside to keep new settings");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".saving");
        Files.writeString(temporary, json.writeValueAsString(settings));
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its own permissions apply.
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
