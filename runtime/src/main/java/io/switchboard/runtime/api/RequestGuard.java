package io.switchboard.runtime.api;

import io.switchboard.runtime.engine.Actor;
import io.switchboard.runtime.security.Role;
import io.switchboard.runtime.security.TokenService;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * The checks before any handler: the {@code Host} header names this API (no DNS rebinding), a browser
 * {@code Origin} is refused (no CORS is offered), and a valid bearer token is present. The actor is put on the
 * context for the handlers' role checks.
 */
final class RequestGuard {

    static final String ACTOR = "switchboard.actor";

    private final TokenService tokens;
    private final String host;
    private volatile Set<String> allowedHosts = Set.of();

    RequestGuard(TokenService tokens, String host) {
        this.tokens = tokens;
        this.host = host.toLowerCase();
    }

    /** The port the API listens on, known once it is bound: the {@code Host} header must name it. */
    void bind(int port) {
        allowedHosts = Set.copyOf(java.util.List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port,
                host + ":" + port));
    }

    void check(RoutingContext context) {
        context.put(Responses.STARTED, System.nanoTime());
        String requested = context.request().host();
        if (requested == null || !allowedHosts.contains(requested.toLowerCase())) {
            Responses.error(context, 403, "Host '" + requested + "' is not this API");
            return;
        }
        if (context.request().getHeader("Origin") != null) {
            Responses.error(context, 403, "cross-origin requests are not allowed");
            return;
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            Responses.error(context, 401, "a bearer token is required");
            return;
        }
        var actor = tokens.authenticate(authorization.substring(7).trim());
        if (actor.isEmpty()) {
            context.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Responses.error(context, 401, "the token is not valid");
            return;
        }
        context.put(ACTOR, actor.get());
        context.next();
    }

    static Actor actor(RoutingContext context) {
        return context.get(ACTOR);
    }

    /** True when the caller has the role; otherwise answers 403 and false. */
    static boolean require(RoutingContext context, Role role) {
        Actor actor = actor(context);
        Role has = Role.parse(actor.role()).orElse(Role.VIEWER);
        if (!has.includes(role)) {
            Responses.error(context, 403, "this needs the " + role.wireName() + " role; '" + actor.name()
                    + "' is " + has.wireName());
            return false;
        }
        return true;
    }

    static boolean has(RoutingContext context, Role role) {
        return Role.parse(actor(context).role()).orElse(Role.VIEWER).includes(role);
    }
}
