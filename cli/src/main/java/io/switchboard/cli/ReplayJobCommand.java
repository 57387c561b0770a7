package io.switchboard.cli;

import static io.switchboard.cli.RuntimeAccess.await;

import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.BulkReplayResult;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.ReplayJobView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Bulk replays as jobs on a runtime: create (or only count), follow, cancel. */
@Command(name = "replay-job", mixinStandardHelpOptions = true, description = "Bulk replays the runtime runs as jobs.",
        subcommands = {ReplayJobCommand.CreateCommand.class, ReplayJobCommand.StatusCommand.class,
            ReplayJobCommand.CancelCommand.class})
final class ReplayJobCommand implements Runnable {

    private static final Set<String> FINISHED = Set.of("DONE", "CANCELLED", "INTERRUPTED");

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Replay the given ids, or every waiting message the filters match. --dry-run only counts.")
    static final class CreateCommand extends OperatorCommand {
        @ArgGroup(exclusive = false)
        private RuntimeAccess.Filters filters = new RuntimeAccess.Filters();
        @Option(names = "--ids", split = ",", paramLabel = "ID", description = "These messages (comma-separated).")
        private List<Long> ids;
        @Option(names = "--dry-run", description = "Only say how many it would replay.")
        private boolean dryRun;
        @Option(names = "--throttle", paramLabel = "N", defaultValue = "0", description = "At most N messages a second (0: as fast as the flow takes them).")
        private int throttle;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why: kept in the audit log.")
        private String reason;
        @Option(names = "--wait", description = "Wait until the job has finished, printing its progress.")
        private boolean waitForEnd;

        @Override
        public Integer call() throws InterruptedException {
            RuntimeClient client = access.client();
            FailedFilter filter = ids == null ? filters.filter() : null;
            PrintWriter out = out();
            if (dryRun) {
                BulkReplayResult counted = await(client.countReplayJob(ids, filter));
                print(counted, counted.matched() + " waiting message" + (counted.matched() == 1 ? "" : "s")
                        + " would be replayed");
                return SwitchboardCli.OK;
            }
            ReplayJobView job = await(client.createReplayJob(ids, filter, throttle, reason));
            print(job, describe(job));
            return waitForEnd ? follow(client, job.id(), out, access.json()) : SwitchboardCli.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Where a job stands.")
    static final class StatusCommand extends OperatorCommand {
        @Parameters(index = "0", paramLabel = "JOB")
        private long id;
        @Option(names = "--wait", description = "Wait until the job has finished, printing its progress.")
        private boolean waitForEnd;

        @Override
        public Integer call() throws InterruptedException {
            RuntimeClient client = access.client();
            PrintWriter out = out();
            if (waitForEnd) {
                return follow(client, id, out, access.json());
            }
            ReplayJobView job = await(client.replayJob(id));
            print(job, describe(job));
            return SwitchboardCli.OK;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Stop a job; replays under way finish.")
    static final class CancelCommand extends OperatorCommand {
        @Parameters(index = "0", paramLabel = "JOB")
        private long id;

        @Override
        public Integer call() {
            ReplayJobView job = await(access.client().cancelReplayJob(id));
            print(job, describe(job));
            return SwitchboardCli.OK;
        }
    }

    /** Prints the job's progress once a second until it ends; exit 1 when messages failed again. */
    private static int follow(RuntimeClient client, long id, PrintWriter out, boolean json) throws InterruptedException {
        while (true) {
            ReplayJobView job = await(client.replayJob(id));
            if (FINISHED.contains(job.state())) {
                out.println(json ? RuntimeAccess.toJson(job) : describe(job));
                return job.outcomes().getOrDefault("FAILED", 0L) > 0 || !job.state().equals("DONE")
                        ? SwitchboardCli.FAILED : SwitchboardCli.OK;
            }
            if (!json) {
                out.println(describe(job));
                out.flush();
            }
            Thread.sleep(1000);
        }
    }

    static String describe(ReplayJobView job) {
        return "job " + job.id() + " " + job.state().toLowerCase() + ": " + job.done() + " of " + job.total()
                + " (" + job.outcomes().getOrDefault("DELIVERED", 0L) + " delivered, "
                + (job.outcomes().getOrDefault("SKIPPED_DUPLICATE", 0L)
                + job.outcomes().getOrDefault("SKIPPED_IN_PROGRESS", 0L)) + " skipped as duplicates, "
                + job.outcomes().getOrDefault("FAILED", 0L) + " failed again)"
                + (job.newFailuresSinceStart() > 0 ? "; " + job.newFailuresSinceStart()
                + " new failures in the group while it ran" : "");
    }
}
