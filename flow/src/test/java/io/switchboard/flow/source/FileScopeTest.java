package io.switchboard.flow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References stay inside their bundle or workspace, through {@code ..} and through symbolic links alike. */
class FileScopeTest {

    @TempDir
    Path temp;

    @Test
    void aFileInsideIsTakenAndOneOutsideRefusedAlsoThroughALink() throws Exception {
        Path bundle = Files.createDirectories(temp.resolve("bundle/contracts"));
        Path inside = Files.writeString(bundle.resolve("orders.yaml"), "openapi: 3.0.3");
        Path secret = Files.writeString(temp.resolve("admin.token"), "sb_secret");
        Path link = Files.createSymbolicLink(bundle.resolve("linked.yaml"), secret);
        FileScope scope = FileScope.within(temp.resolve("bundle"));

        assertEquals(inside.toAbsolutePath().normalize(), scope.check(inside));
        var dotDot = assertThrows(FileScope.OutsideScopeException.class,
                () -> scope.check(bundle.resolve("../../admin.token")));
        var viaLink = assertThrows(FileScope.OutsideScopeException.class, () -> scope.check(link));

        assertTrue(dotDot.getMessage().contains("resolves outside"), dotDot.getMessage());
        assertTrue(viaLink.getMessage().contains("linked.yaml resolves outside"), viaLink.getMessage());
        assertEquals(bundle.resolve("missing.yaml").toAbsolutePath().normalize(),
                scope.check(bundle.resolve("missing.yaml")), "a missing file inside is reported as not found later");
    }
}
