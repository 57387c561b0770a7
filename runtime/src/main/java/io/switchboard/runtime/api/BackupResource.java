package io.switchboard.runtime.api;

import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.engine.Actor;
import io.switchboard.runtime.security.Role;
import io.switchboard.runtime.store.AuditLog;
import io.switchboard.runtime.store.Database;
import io.switchboard.runtimeclient.wire.BackupResult;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code POST /api/v1/backup}: an online backup of the store into the data folder's {@code backups/}, for admins.
 * {@code switchboard runtime restore} puts one back.
 */
final class BackupResource {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final AuditLog audit;
    private final RuntimeConfiguration configuration;
    private final Database database;

    BackupResource(AuditLog audit, RuntimeConfiguration configuration, Database database) {
        this.audit = audit;
        this.configuration = configuration;
        this.database = database;
    }

    void mount(Router router, ApiWorkers workers) {
        router.post("/api/v1/backup").handler(workers.blocking(this::backup));
    }

    private void backup(RoutingContext context) {
        if (!RequestGuard.require(context, Role.ADMIN)) {
            return;
        }
        Instant at = Instant.now();
        Path file = configuration.dataDir().resolve("backups")
                .resolve("switchboard-" + STAMP.format(at) + ".zip");
        try {
            database.backup(file);
            Actor actor = RequestGuard.actor(context);
            audit.append(actor.name(), actor.role(), "backup", null, null, file.getFileName().toString(),
                    null);
            Responses.json(context, 201, new BackupResult(file.toString(), Files.size(file), at));
        } catch (Exception e) {
            Responses.error(context, 500, "the backup failed: " + e.getMessage(), e);
        }
    }
}
