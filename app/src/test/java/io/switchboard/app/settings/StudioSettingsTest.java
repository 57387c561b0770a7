package io.switchboard.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.fx.task.ManualTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Environments and recent workspaces in the user's settings: kept across starts, never a token. */
class StudioSettingsTest {

    @TempDir
    Path home;

    @Test
    void environmentsAndRecentWorkspacesAreKeptOwnerOnlyAndTheTokenStaysInItsFile() throws Exception {
        Path tokenFile = Files.writeString(home.resolve("staging.token"), "sb_secret-token-value\n");
        SettingsFile file = new SettingsFile(home.resolve("settings.json"));
        ManualTasks tasks = new ManualTasks();
        List<Exception> problems = new ArrayList<>();
        StudioSettings settings = new StudioSettings(file, file.read(), tasks, problems::add);
        assertEquals(List.of(Environment.local()), settings.environments());

        Environment staging = new Environment("Staging", "http://127.0.0.1:8081", tokenFile);
        settings.saveEnvironment(null, staging);
        settings.opened(home.resolve("ws-a"));
        settings.opened(home.resolve("ws-b"));
        settings.theme("DARK");
        settings.window(1440.4, 900);

        String written = Files.readString(file.path());
        assertFalse(written.contains("sb_secret"), "only the token's file is kept");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        UserSettings again = new SettingsFile(file.path()).read();
        assertEquals(List.of(staging), again.environments());
        assertEquals(List.of(home.resolve("ws-b"), home.resolve("ws-a")), again.recentWorkspaces());
        assertEquals("DARK", again.theme());
        assertEquals(new UserSettings.Window(1440, 900), again.window());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void anUnreadableSettingsFileIsLeftAsItIs() throws Exception {
        Path broken = Files.writeString(home.resolve("settings.json"), "{ \"environments\": [ oops");
        SettingsFile file = new SettingsFile(broken);
        assertEquals(UserSettings.empty(), file.read());
        assertThrows(java.io.IOException.class, () -> file.write(UserSettings.empty()));
        assertEquals("{ \"environments\": [ oops", Files.readString(broken));
    }

    @Test
    void aRemoteEnvironmentNeedsANameAUrlAndAReadableTokenFile() throws Exception {
        Path token = Files.writeString(home.resolve("t"), "x");
        assertNotNull(Environment.problem("Local", "http://127.0.0.1:1", token.toString()));
        assertNotNull(Environment.problem("Prod", "ftp://host", token.toString()));
        assertNotNull(Environment.problem("Prod", "http://127.0.0.1:1", home.resolve("missing").toString()));
        assertNull(Environment.problem("Prod", "http://127.0.0.1:1", token.toString()));
    }
}
