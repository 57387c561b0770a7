package io.switchboard.cli;

import io.switchboard.contract.vcs.ContractStability;
import io.switchboard.runtimeclient.wire.FlowKpis;
import io.switchboard.runtimeclient.wire.KpiPeriod;
import io.switchboard.runtimeclient.wire.KpiReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The team's KPIs for a report: per flow and period from the runtime (failures, replays per failure, mean time to
 * restore, SLO attainment, the oldest waiting failure), and per contract and release from the workspace's git
 * history (breaking changes).
 */
@Command(name = "kpis", mixinStandardHelpOptions = true, description = {
    "The team's KPIs per flow and period, and breaking changes per contract and release.",
    "Exit 2 with a sentence when the runtime or the workspace cannot be read."})
final class KpisCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    enum Period { day, week }

    @Spec
    private CommandSpec spec;

    @Option(names = "--runtime", paramLabel = "URL", description = "The runtime's API, e.g. http://127.0.0.1:8081")
    private String runtimeUrl;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding a token (viewer is enough).")
    private Path tokenFile;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Also count breaking changes per release of the workspace's contracts (from git).")
    private Path workspace;

    @Option(names = "--period", defaultValue = "day", description = "day or week (default: ${DEFAULT-VALUE}).")
    private Period period;

    @Option(names = "--count", defaultValue = "14", paramLabel = "N", description = "How many periods, up to 90 (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--flow", paramLabel = "ID", description = "Only this flow.")
    private String flow;

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() throws IOException {
        if (runtimeUrl == null && workspace == null) {
            throw new IllegalArgumentException("name a runtime (--runtime URL --token-file FILE), a workspace "
                    + "(--workspace DIR), or both");
        }
        if (runtimeUrl != null && tokenFile == null) {
            throw new IllegalArgumentException("--runtime needs --token-file");
        }
        if (workspace != null && !Files.isDirectory(workspace)) {
            throw new IllegalArgumentException("--workspace: " + workspace + " is not a folder");
        }
        KpiReport report = runtimeUrl == null ? null : RuntimeAccess.await(RuntimeAccess.client(runtimeUrl, tokenFile)
                .kpis(period.name(), count, flow));
        List<ContractStability.Release> releases = workspace == null ? List.of() : ContractStability.of(workspace);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> {
                Map<String, Object> both = new LinkedHashMap<>();
                both.put("runtime", report);
                both.put("contracts", releases);
                out.println(RuntimeAccess.toJson(both));
            }
            case csv -> csv(out, report, releases);
            case text -> text(out, report, releases);
        }
        return SwitchboardCli.OK;
    }

    private static void text(PrintWriter out, KpiReport report, List<ContractStability.Release> releases) {
        if (report != null) {
            for (FlowKpis flow : report.flows()) {
                out.println(flow.flowId() + " — oldest waiting failure: " + (flow.oldestWaitingAgeSeconds() == null
                        ? "none" : duration(flow.oldestWaitingAgeSeconds())));
                out.printf(Locale.ROOT, "  %-10s %9s %16s %9s %8s %9s%n", report.period(), "failures",
                        "replays/failure", "restores", "MTTR", "SLO met");
                for (KpiPeriod period : flow.periods()) {
                    out.printf(Locale.ROOT, "  %-10s %9d %16s %9d %8s %9s%n", period.start(), period.failures(),
                            period.replaysPerFailure() == null ? "-"
                                    : String.format(Locale.ROOT, "%.2f", period.replaysPerFailure()),
                            period.restores(), period.meanTimeToRestoreSeconds() == null ? "-"
                                    : duration(period.meanTimeToRestoreSeconds()),
                            period.sloAttainment() == null ? "-"
                                    : String.format(Locale.ROOT, "%.1f%%", period.sloAttainment() * 100));
                }
            }
        }
        if (!releases.isEmpty()) {
            out.println("Contracts — breaking changes per release");
            for (ContractStability.Release release : releases) {
                out.println("  " + release.contract() + " " + release.name() + " (" + release.at().toString()
                        .substring(0, 10) + "): " + (release.problem() != null ? release.problem()
                        : release.breaking() + " breaking of " + release.changes() + " changes"));
            }
        }
    }

    private static void csv(PrintWriter out, KpiReport report, List<ContractStability.Release> releases) {
        out.println("kind,name,period_start,failures,replays,replays_per_failure,restores,mean_time_to_restore_s,"
                + "minutes_measured,minutes_within_slo,slo_attainment,oldest_waiting_age_s,release,breaking_changes,"
                + "changes");
        if (report != null) {
            for (FlowKpis flow : report.flows()) {
                for (KpiPeriod period : flow.periods()) {
                    out.println(String.join(",", List.of("flow", cell(flow.flowId()), period.start().toString(),
                            String.valueOf(period.failures()), String.valueOf(period.replays()),
                            number(period.replaysPerFailure()), String.valueOf(period.restores()),
                            number(period.meanTimeToRestoreSeconds()), String.valueOf(period.minutesMeasured()),
                            String.valueOf(period.minutesWithinSlo()), number(period.sloAttainment()),
                            number(flow.oldestWaitingAgeSeconds()), "", "", "")));
                }
            }
        }
        for (ContractStability.Release release : releases) {
            List<String> row = new ArrayList<>(List.of("contract", cell(release.contract()),
                    release.at().toString().substring(0, 10)));
            row.addAll(List.of("", "", "", "", "", "", "", "", ""));
            row.addAll(List.of(cell(release.name()), release.breaking() < 0 ? "" : String.valueOf(release.breaking()),
                    release.changes() < 0 ? "" : String.valueOf(release.changes())));
            out.println(String.join(",", row));
        }
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line break; a leading formula sign is defused. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[,\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String number(Number value) {
        if (value == null) {
            return "";
        }
        return value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : value.toString();
    }

    private static String duration(long seconds) {
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return seconds / 60 + " min";
        }
        return seconds < 172_800 ? seconds / 3600 + " h" : seconds / 86_400 + " d";
    }
}
