package io.switchboard.cli;

import static io.switchboard.cli.RuntimeAccess.await;

import io.switchboard.runtimeclient.wire.FailedMessageDetail;
import io.switchboard.runtimeclient.wire.FailedMessagePage;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import io.switchboard.runtimeclient.wire.ReplayOutcome;
import io.switchboard.runtimeclient.wire.ReplayRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Failed messages on a runtime, from a terminal: list, show, groups, replay one, discard. */
@Command(name = "failed", mixinStandardHelpOptions = true, description = "Failed messages on a runtime.",
        subcommands = {FailedCommand.ListCommand.class, FailedCommand.ShowCommand.class,
            FailedCommand.GroupsCommand.class, FailedCommand.ReplayCommand.class, FailedCommand.DiscardCommand.class})
final class FailedCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Failed messages, newest first, a page at a time.")
    static final class ListCommand extends OperatorCommand {
        @ArgGroup(exclusive = false)
        private RuntimeAccess.Filters filters = new RuntimeAccess.Filters();
        @Option(names = "--cursor", paramLabel = "ID", description = "The next page after this id (printed under a page).")
        private Long cursor;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Messages per page (at most 500).")
        private int limit;

        @Override
        public Integer call() {
            FailedMessagePage page = await(access.client().failed(filters.filter(), cursor, limit));
            PrintWriter out = out();
            if (access.json()) {
                print(page, null);
                return SwitchboardCli.OK;
            }
            page.items().forEach(message -> out.println(line(message)));
            out.println(page.items().size() + " shown" + (page.nextCursor() == null ? ""
                    : "; the next page: --cursor " + page.nextCursor()));
            return SwitchboardCli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One failed message with its payload and replays.")
    static final class ShowCommand extends OperatorCommand {
        @Parameters(index = "0", paramLabel = "ID")
        private long id;

        @Override
        public Integer call() {
            FailedMessageDetail detail = await(access.client().failedMessage(id));
            PrintWriter out = out();
            if (access.json()) {
                print(detail, null);
                return SwitchboardCli.OK;
            }
            out.println(line(detail.message()));
            out.println("where: " + detail.message().errorWhere() + "; attempts: " + detail.message().attempts()
                    + "; group: " + detail.message().groupId());
            out.println("payload" + (detail.masked() ? " (masked for this token)" : "") + ":");
            out.println(detail.payload());
            detail.history().forEach(attempt -> out.println("replay " + attempt.at() + " by " + attempt.actor()
                    + ": " + attempt.outcome() + (attempt.reason() == null ? "" : " (" + attempt.reason() + ")")));
            return SwitchboardCli.OK;
        }
    }

    @Command(name = "groups", mixinStandardHelpOptions = true, description = "Failure groups with their counts.")
    static final class GroupsCommand extends OperatorCommand {
        @ArgGroup(exclusive = false)
        private RuntimeAccess.Filters filters = new RuntimeAccess.Filters();

        @Override
        public Integer call() {
            List<FailureGroupSummary> groups = await(access.client().failureGroups(filters.filter()));
            PrintWriter out = out();
            if (access.json()) {
                print(groups, null);
                return SwitchboardCli.OK;
            }
            groups.forEach(group -> out.println(group.id() + "  " + group.waiting() + " waiting of " + group.failures()
                    + "  " + group.flowId() + "  " + shortType(group.errorType()) + ": " + group.pattern()
                    + "  (last failed " + group.lastFailedAt() + ")"));
            out.println(groups.size() + " group" + (groups.size() == 1 ? "" : "s"));
            return SwitchboardCli.OK;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Replay one message now (many: replay-job create). Exit 1 when it failed again.")
    static final class ReplayCommand extends OperatorCommand {
        @Parameters(index = "0", paramLabel = "ID")
        private long id;
        @Option(names = "--payload-file", paramLabel = "FILE", description = "Replay this edited payload instead (needs --reason).")
        private Path payloadFile;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why: kept in the audit log.")
        private String reason;

        @Override
        public Integer call() throws IOException {
            String payload = payloadFile == null ? null : Files.readString(payloadFile);
            if (payload != null && (reason == null || reason.isBlank())) {
                throw new IllegalArgumentException("an edited payload needs --reason");
            }
            ReplayOutcome outcome = await(access.client().replay(id, new ReplayRequest(payload, reason, false)));
            PrintWriter out = out();
            print(outcome, "#" + outcome.failedId() + " " + outcome.outcome() + ": " + outcome.detail());
            return outcome.outcome().equals("FAILED") ? SwitchboardCli.FAILED : SwitchboardCli.OK;
        }
    }

    @Command(name = "discard", mixinStandardHelpOptions = true, description = "Set a message aside for good, with a reason.")
    static final class DiscardCommand extends OperatorCommand {
        @Parameters(index = "0", paramLabel = "ID")
        private long id;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why: kept in the audit log.")
        private String reason;

        @Override
        public Integer call() {
            FailedMessageSummary discarded = await(access.client().discard(id, reason));
            print(discarded, "#" + discarded.id() + " discarded");
            return SwitchboardCli.OK;
        }
    }

    static String line(FailedMessageSummary message) {
        return "#" + message.id() + "  " + message.failedAt() + "  " + message.flowId() + "  "
                + message.status().toLowerCase() + "  " + shortType(message.errorType()) + ": "
                + (message.errorMessage() == null ? "" : message.errorMessage());
    }

    static String shortType(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }
}
