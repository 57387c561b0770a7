package io.switchboard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The studio reads its options as the command line does: named, checked, with a sentence for a bad one. */
class StudioOptionsTest {

    @Test
    void optionsAreReadByName() {
        StudioOptions options = StudioOptions.parse(List.of("--workspace", "ws", "--no-runtime", "--runtime-data",
                "data"));

        assertEquals(Path.of("ws").toAbsolutePath().normalize(), options.workspaceDirectory());
        assertFalse(options.runtime());
        assertEquals(Path.of("data").toAbsolutePath().normalize(), options.runtimeDirectory());
        assertTrue(StudioOptions.parse(List.of()).runtime());
    }

    @Test
    void anUnknownOptionIsRefusedWithASentence() {
        CommandLine.ParameterException refused = assertThrows(CommandLine.ParameterException.class,
                () -> StudioOptions.parse(List.of("--workspac", "ws")));

        assertTrue(refused.getMessage().contains("--workspac"), refused.getMessage());
    }

    @Test
    void thePerspectiveToOpenWithIsNamedAndAWrongNameIsASentence() {
        assertEquals(io.switchboard.app.shell.Perspective.MONITOR,
                StudioOptions.parse(List.of("--perspective", "Monitor")).perspective());
        assertEquals(io.switchboard.app.shell.Perspective.DESIGN, StudioOptions.parse(List.of()).perspective());
        CommandLine.ParameterException refused = assertThrows(CommandLine.ParameterException.class,
                () -> StudioOptions.parse(List.of("--perspective", "ops")).perspective());
        assertTrue(refused.getMessage().contains("design, contracts or monitor"), refused.getMessage());
    }
}
