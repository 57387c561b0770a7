package io.switchboard.cli;

import io.switchboard.runtimeclient.EnvironmentClient;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Option;

/** What every operator command needs: the runtime, a token, the filters over failed messages, the output format. */
final class RuntimeAccess {

    enum Format { TEXT, JSON }

    @Option(names = "--runtime", required = true, paramLabel = "URL", description = "The runtime's API, e.g. http://127.0.0.1:8081; several runtimes sharing a store: their URLs, separated by commas")
    String runtimeUrl;

    @Option(names = "--token-file", required = true, paramLabel = "FILE", description = "File holding a token.")
    Path tokenFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    Format format;

    RuntimeClient client() {
        return client(runtimeUrl, tokenFile);
    }

    static RuntimeClient client(String runtimeUrl, Path tokenFile) {
        try {
            return EnvironmentClient.connect(runtimeUrl, Files.readString(tokenFile).trim());
        } catch (IOException e) {
            throw new IllegalArgumentException("--token-file: cannot read " + tokenFile + ": " + e.getMessage());
        }
    }

    /** Waits for an answer; a refusal or an unreachable runtime becomes the sentence it carries. */
    static <T> T await(CompletionStage<T> call) {
        try {
            return call.toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the runtime did not answer within 60 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    boolean json() {
        return format == Format.JSON;
    }

    static String toJson(Object value) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the answer as JSON: " + e.getMessage(), e);
        }
    }

    /** The API's filters over failed messages, as options. */
    static final class Filters {

        @Option(names = "--flow", paramLabel = "ID", description = "Only this flow.")
        String flow;

        @Option(names = "--from", paramLabel = "INSTANT", description = "Failed at or after, e.g. 2026-11-24T10:00:00Z.")
        String from;

        @Option(names = "--to", paramLabel = "INSTANT", description = "Failed before.")
        String to;

        @Option(names = "--error-type", paramLabel = "CLASS", description = "Only this error class.")
        String errorType;

        @Option(names = "--text", paramLabel = "TEXT", description = "Text in the error (and payload, for operators).")
        String text;

        @Option(names = "--status", paramLabel = "STATUS", description = "failed, replaying, replayed or discarded.")
        String status;

        @Option(names = "--group", paramLabel = "ID", description = "Only this failure group.")
        String group;

        FailedFilter filter() {
            return new FailedFilter(flow, instant("--from", from), instant("--to", to), errorType, text, status, group);
        }

        private static Instant instant(String option, String value) {
            try {
                return value == null ? null : Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + " is an ISO-8601 instant, e.g. 2026-11-24T10:00:00Z; got '"
                        + value + "'");
            }
        }
    }
}
