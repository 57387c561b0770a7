package io.switchboard.app.deploy;

import io.switchboard.app.settings.Environment;
import io.switchboard.runtimeclient.EnvironmentClient;
import io.switchboard.runtimeclient.RuntimeClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Clients for the environments: "Local" is the embedded runtime once it runs (its API and admin token file), any
 * other the URL and token file the user gave. The token is read when connecting and kept by nobody else.
 */
public final class RuntimeConnections {

    private volatile String localApi;
    private volatile Path localTokenFile;

    /** The embedded runtime runs at {@code apiUrl}. */
    public void localRuns(String apiUrl, Path tokenFile) {
        this.localApi = apiUrl;
        this.localTokenFile = tokenFile;
    }

    /** A client for the environment. Reads the token file: call off the FX thread. */
    public RuntimeClient connect(Environment environment) throws IOException {
        String url = environment.isLocal() ? localApi : environment.url();
        Path tokenFile = environment.isLocal() ? localTokenFile : environment.tokenFile();
        if (url == null) {
            throw new IOException("The embedded runtime is not running (yet, or it did not start: see the status "
                    + "bar); deploy to another environment or start the studio without --no-runtime");
        }
        String token;
        try {
            token = Files.readString(tokenFile).trim();
        } catch (IOException e) {
            throw new IOException("The token file " + tokenFile + " of " + environment.name() + " cannot be read: "
                    + e.getMessage(), e);
        }
        return EnvironmentClient.connect(url, token);
    }
}
