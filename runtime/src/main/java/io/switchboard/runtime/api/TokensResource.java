package io.switchboard.runtime.api;

import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.engine.Actor;
import io.switchboard.runtime.security.Role;
import io.switchboard.runtime.security.TokenService;
import io.switchboard.runtimeclient.wire.TokenCreated;
import io.switchboard.runtimeclient.wire.TokenRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code /api/v1/tokens}: admins create tokens and see who has one. */
final class TokensResource {

    private final SwitchboardRuntime runtime;
    private final TokenService tokens;

    TokensResource(SwitchboardRuntime runtime, TokenService tokens) {
        this.runtime = runtime;
        this.tokens = tokens;
    }

    void mount(Router router) {
        router.get("/api/v1/tokens").blockingHandler(this::list, false);
        router.post("/api/v1/tokens").blockingHandler(this::create, false);
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
            runtime.audit().append(actor.name(), actor.role(), "token-create", null, null, request.name(),
                    role.get().wireName());
            Responses.json(context, 201, new TokenCreated(request.name(), role.get().wireName(), secret));
        } catch (IllegalArgumentException e) {
            Responses.error(context, 400, e.getMessage());
        }
    }
}
