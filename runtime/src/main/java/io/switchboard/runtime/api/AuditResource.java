package io.switchboard.runtime.api;

import io.switchboard.runtime.security.Role;
import io.switchboard.runtime.store.AuditLog;
import io.switchboard.runtimeclient.wire.AuditPage;
import io.switchboard.runtimeclient.wire.AuditRecord;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** {@code /api/v1/audit}: the append-only log, newest first, for operators and above. */
final class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    void mount(Router router, ApiWorkers workers) {
        router.get("/api/v1/audit").handler(workers.blocking(this::list));
    }

    private void list(RoutingContext context) {
        if (!RequestGuard.require(context, Role.OPERATOR)) {
            return;
        }
        Long cursor;
        int limit;
        AuditLog.Query query;
        try {
            String before = context.queryParams().get("cursor");
            String size = context.queryParams().get("limit");
            cursor = before == null ? null : Long.parseLong(before);
            limit = size == null ? 100 : Integer.parseInt(size);
        } catch (NumberFormatException e) {
            Responses.error(context, 400, "cursor and limit are numbers");
            return;
        }
        try {
            query = new AuditLog.Query(QueryParams.text(context, "actor"), QueryParams.text(context, "action"),
                    QueryParams.text(context, "flow"), QueryParams.instant(context, "from"),
                    QueryParams.instant(context, "to"));
        } catch (IllegalArgumentException e) {
            Responses.error(context, 400, e.getMessage());
            return;
        }
        List<AuditRecord> items = audit.list(query, cursor, limit).stream()
                .map(e -> new AuditRecord(e.id(), e.at(), e.actor(), e.role(), e.action(), e.flowId(), e.flowVersion(),
                        e.targetId(), e.detail()))
                .toList();
        Long next = items.isEmpty() || items.size() < Math.min(Math.max(limit, 1), 500) ? null
                : items.get(items.size() - 1).id();
        Responses.json(context, 200, new AuditPage(items, next));
    }
}
