package io.switchboard.app.settings;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A runtime flows are deployed to: "Local" (the studio's embedded runtime; no URL or token file of its own), or a
 * remote one by its API's URL and the file holding a token for it; several runtimes sharing one store are one
 * environment, their URLs separated by commas. The token itself is never stored.
 */
public record Environment(String name, String url, Path tokenFile) {

    public static final String LOCAL_NAME = "Local";

    public static Environment local() {
        return new Environment(LOCAL_NAME, null, null);
    }

    public boolean isLocal() {
        return url == null;
    }

    @Override
    public String toString() {
        return isLocal() ? LOCAL_NAME + " (embedded runtime)" : name + " · " + url;
    }

    /** Why a remote runtime's name, URL and token file cannot be used; null when they can. Reads the file system. */
    public static String problem(String name, String url, String tokenFile) {
        if (name != null && (name.isBlank() || name.strip().equalsIgnoreCase(LOCAL_NAME))) {
            return "Give the environment a name other than " + LOCAL_NAME;
        }
        // Several runtimes sharing a store are one environment: their API URLs, separated by commas.
        java.util.List<String> urls = io.switchboard.runtimeclient.EnvironmentClient.urls(url);
        if (urls.isEmpty()) {
            return "The URL is the runtime's API, like http://127.0.0.1:8081 (several, separated by commas)";
        }
        for (String each : urls) {
            try {
                URI uri = URI.create(each);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    return "The URL " + each + " is not a runtime's API, like http://127.0.0.1:8081";
                }
            } catch (IllegalArgumentException e) {
                return "The URL " + each + " is not a runtime's API, like http://127.0.0.1:8081";
            }
        }
        if (tokenFile.isBlank()) {
            return "Name the file that holds the token";
        }
        Path file = Path.of(tokenFile.strip());
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return "The token file " + file + " cannot be read";
        }
        return null;
    }
}
