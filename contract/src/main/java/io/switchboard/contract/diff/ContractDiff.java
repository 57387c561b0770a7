package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.model.OpenApiWalk;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares two versions of a contract, as oasdiff does: each change gets a stable rule id, a level (breaking,
 * possibly breaking, information), the operation and the place in both versions. OpenAPI 3.0 and 3.1 alike.
 */
public final class ContractDiff {

    private ContractDiff() {
    }

    public static List<Change> compare(ContractDocument base, ContractDocument revision) {
        return compare(base, revision, Clock.systemUTC(), DeprecationPolicy.NONE);
    }

    public static List<Change> compare(ContractDocument base, ContractDocument revision, DeprecationPolicy policy) {
        return compare(base, revision, Clock.systemUTC(), policy);
    }

    /**
     * @param clock today's date decides whether a sunset has passed
     * @param policy how many days a deprecation must give before its sunset
     */
    public static List<Change> compare(ContractDocument base, ContractDocument revision, Clock clock,
                                       DeprecationPolicy policy) {
        DiffContext context = new DiffContext(base, revision, LocalDate.now(clock), policy);
        comparePaths(context, "/paths", "");
        // OpenAPI 3.1's webhooks are operations the API calls: compared as operations, named "POST webhook:name".
        comparePaths(context, "/webhooks", "webhook:");
        SecurityDiff.global(context);
        SecurityDiff.components(context);
        compareComponents(context);
        List<Change> changes = context.changes();
        changes.sort(Comparator.comparing(Change::level).thenComparing(Change::operation)
                .thenComparing(change -> change.base().location().line()));
        return changes;
    }

    private static void comparePaths(DiffContext context, String container, String namePrefix) {
        Side basePaths = Side.of(context.baseRoot(), container);
        Side revisionPaths = Side.of(context.revisionRoot(), container);
        Set<String> paths = new LinkedHashSet<>();
        basePaths.node().fieldNames().forEachRemaining(paths::add);
        revisionPaths.node().fieldNames().forEachRemaining(paths::add);
        for (String path : paths) {
            Side before = basePaths.child(path);
            Side after = revisionPaths.child(path);
            boolean webhook = !namePrefix.isEmpty();
            if (webhook && before.exists() != after.exists()) {
                // A webhook the API stops calling breaks its receivers; a new one is news (oasdiff's webhook rules).
                String name = namePrefix + path;
                context.report(before.exists() ? "webhook-removed" : "webhook-added",
                        before.exists() ? ChangeLevel.ERR : ChangeLevel.INFO, name, before.exists() ? before
                                : basePaths, after.exists() ? after : revisionPaths,
                        "the webhook " + quote(path) + " was " + (before.exists() ? "removed" : "added"));
                continue;
            }
            if (!after.exists() && before.exists()) {
                removedPath(context, namePrefix + path, before, after);
                continue;
            }
            for (String method : OpenApiWalk.METHODS) {
                Side beforeOperation = before.child(method);
                Side afterOperation = after.child(method);
                String label = label(method, namePrefix + path);
                if (!beforeOperation.exists() && afterOperation.exists()) {
                    context.report("endpoint-added", ChangeLevel.INFO, label, beforeOperation, afterOperation,
                            "endpoint added");
                } else if (beforeOperation.exists() && !afterOperation.exists()) {
                    removedOperation(context, label, beforeOperation, afterOperation, "api-removed");
                } else if (beforeOperation.exists()) {
                    int reported = context.changes().size();
                    new OperationDiff(context, label, before, after, beforeOperation, afterOperation).compare();
                    if (OperationDiff.unstable(beforeOperation.node())) {
                        // A draft or alpha operation may change freely; only its own stability going down counts.
                        context.changes().subList(reported, context.changes().size()).removeIf(change ->
                                change.level().breaking() && !change.rule().equals("api-stability-decreased")
                                        && !change.rule().equals("api-invalid-stability-level"));
                    }
                }
            }
        }
    }

    /** {@code GET /pets}: how oasdiff, Spectral and people name an operation. */
    private static String label(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    private static void removedPath(DiffContext context, String path, Side before, Side after) {
        for (Iterator<String> methods = before.node().fieldNames(); methods.hasNext(); ) {
            String method = methods.next();
            if (OpenApiWalk.METHODS.contains(method)) {
                removedOperation(context, label(method, path), before.child(method),
                        after, "api-path-removed");
            }
        }
    }

    /** A removed operation is breaking unless it was deprecated first and its sunset date has passed. */
    private static void removedOperation(DiffContext context, String label, Side operation, Side after,
                                         String prefix) {
        if (!operation.node().path("deprecated").asBoolean(false)) {
            context.report(prefix + "-without-deprecation", ChangeLevel.ERR, label, operation, after,
                    prefix.equals("api-path-removed") ? "api path removed without deprecation"
                            : "api removed without deprecation");
            return;
        }
        Sunset sunset = Sunset.of(operation.node());
        if (sunset.unreadable()) {
            context.report("api-path-sunset-parse", ChangeLevel.ERR, label, operation, after,
                    "failed to parse sunset date: " + DiffContext.quote(sunset.text()));
        } else if (sunset.isAfter(context.today())) {
            context.report(prefix + "-before-sunset", ChangeLevel.ERR, label, operation, after,
                    (prefix.equals("api-path-removed") ? "api path" : "api") + " removed before the sunset date "
                            + DiffContext.quote(sunset.text()));
        } else {
            context.report(prefix + "-with-deprecation", ChangeLevel.INFO, label, operation, after,
                    (prefix.equals("api-path-removed") ? "api path" : "api") + " removed with deprecation");
        }
    }

    private static void compareComponents(DiffContext context) {
        Side before = Side.of(context.baseRoot(), "/components/schemas");
        Side after = Side.of(context.revisionRoot(), "/components/schemas");
        for (Iterator<String> names = before.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!after.child(name).exists()) {
                context.report("api-schema-removed", ChangeLevel.INFO, "", before.child(name), after.child(name),
                        "removed the schema " + DiffContext.quote(name));
            }
        }
    }
}
