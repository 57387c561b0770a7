package io.switchboard.runtime.api;

import io.switchboard.runtime.engine.Actor;
import io.switchboard.runtime.security.Role;
import io.switchboard.runtime.security.TokenService;
import io.switchboard.runtime.store.AuditLog;
import io.switchboard.runtimeclient.wire.TokenCreated;
import io.switchboard.runtimeclient.wire.TokenRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Consumer;

/** {@code /api/v1/tokens}: admins create tokens (names are unique), see who has one, and revoke them. */
final class TokensResource {

    private final AuditLog audit;
    private final TokenService tokens;
    private final Consumer<String> endStreamsOf;

    /** {@code endStreamsOf} ends the event streams opened with a revoked token. */
    TokensResource(AuditLog audit, TokenService tokens, Consumer<String> endStreamsOf) {
        this.audit = audit;
        this.tokens = tokens;
        this.endStreamsOf = endStreamsOf;
    }

    void mount(Router router, ApiWorkers workers) {
        router.get("/api/v1/tokens").handler(workers.blocking(this::list));
        // Any token may ask who it is: a client shows what its role may do before it tries.
        router.get("/api/v1/session").handler(context -> {
            Actor actor = RequestGuard.actor(context);
            Responses.json(context, 200, new TokenRequest(actor.name(), actor.role()));
        });
        router.post("/api/v1/tokens").handler(workers.blocking(this::create));
        router.delete("/api/v1/tokens/:name").handler(workers.blocking(this::revoke));
    }

    private void revoke(RoutingContext context) {
        if (!RequestGuard.require(context, Role.ADMIN)) {
            return;
        }
        String name = context.pathParam("name");
        try {
            if (!tokens.revoke(name)) {
                Responses.error(context, 404, "no token named '" + name + "'");
                return;
            }
        } catch (IllegalStateException e) {
            Responses.error(context, 409, e.getMessage());
            return;
        }
        endStreamsOf.accept(name);
        Actor actor = RequestGuard.actor(context);
        audit.append(actor.name(), actor.role(), "token-revoke", null, null, name, null);
        context.response().setStatusCode(204).end();
    }

    private void list(RoutingContext context) {
        if (RequestGuard.require(context, Role.ADMIN)) {
            Responses.json(context, 200, tokens.list().stream()
                    .map(token -> new TokenRequest(token.name(), token.role().wireName())).toList());
        }
    }

    private void create(RoutingContext context) {
        if (!RequestGuard.require(context, Role.ADMIN)) {
            return;
        }
        TokenRequest request = Responses.body(context, TokenRequest.class);
        if (request == null) {
            return;
        }
        var role = Role.parse(request.role());
        if (role.isEmpty() || request.name() == null) {
            Responses.error(context, 400, "give a name and a role: viewer, operator, designer or admin");
            return;
        }
        try {
            String secret = tokens.create(request.name(), role.get());
            Actor actor = RequestGuard.actor(context);
            audit.append(actor.name(), actor.role(), "token-create", null, null, request.name(),
                    role.get().wireName());
            Responses.json(context, 201, new TokenCreated(request.name(), role.get().wireName(), secret));
        } catch (IllegalArgumentException e) {
            Responses.error(context, 400, e.getMessage());
        } catch (IllegalStateException e) {
            Responses.error(context, 409, e.getMessage());
        }
    }
}
