package io.switchboard.flow.safety;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the runtime may ever be asked to run: the allow-list of Camel components and the rule that files stay below
 * the data root. Export and validation both ask it, so a flow that would be refused at export is flagged while it
 * is being edited. Each check answers the problem in words, or nothing when all is well.
 */
public final class RuntimeSafetyPolicy {

    /** Components an exported route may use; everything else (exec, bean, scripting, jdbc, sql…) is refused. */
    public static final Set<String> ALLOWED_COMPONENTS =
            Set.of("platform-http", "timer", "file", "http", "https", "log", "jslt", "json-validator");

    private static final Set<String> HTTP_SCHEMES = Set.of("http", "https");

    /** A target URL: absolute HTTP or HTTPS with a host, nothing else. */
    public Optional<String> checkHttpUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("the URL is empty");
        }
        if (url.contains("{{") || url.contains("${")) {
            return Optional.of("placeholders are not allowed in a URL: '" + url + "'");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!HTTP_SCHEMES.contains(scheme)) {
            return Optional.of("scheme '" + (scheme.isEmpty() ? url : scheme)
                    + "' is not allowed for an HTTP target; use http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("the URL has no host: '" + url + "'");
        }
        return Optional.empty();
    }

    /**
     * A directory for a source or target, relative to the runtime's data root. Refused when absolute, or when it
     * leaves the data root once {@code ..} and {@code .} are resolved.
     */
    public Optional<String> checkDataPath(String path) {
        if (path == null || path.isBlank()) {
            return Optional.of("the path is empty");
        }
        if (path.contains("{{") || path.contains("${") || path.contains("?") || path.contains(":")) {
            return Optional.of("the path may not contain placeholders, options or a scheme: '" + path + "'");
        }
        Path given = Path.of(path);
        if (given.isAbsolute() || path.startsWith("/") || path.startsWith("\\") || path.startsWith("~")) {
            return Optional.of("the path must be relative to the data root, not absolute: '" + path + "'");
        }
        Path root = Path.of("/data-root");
        Path resolved = root.resolve(given).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            return Optional.of("the path leaves the data root after normalisation: '" + path + "'");
        }
        return Optional.empty();
    }

    /** A log target's name: a plain logger name, so it cannot smuggle endpoint options into the URI. */
    public Optional<String> checkLogName(String name) {
        if (name != null && !name.matches("[A-Za-z0-9._-]{1,100}")) {
            return Optional.of("a log name may contain only letters, digits, '.', '_' and '-': '" + name + "'");
        }
        return Optional.empty();
    }

    /** The last line of defence: every endpoint URI the exporter writes must use an allowed component. */
    public Optional<String> checkEndpointUri(String uri) {
        int colon = uri.indexOf(':');
        String component = (colon < 0 ? uri : uri.substring(0, colon)).toLowerCase(Locale.ROOT);
        if (!ALLOWED_COMPONENTS.contains(component)) {
            return Optional.of("component '" + component + "' is not on the runtime's allow-list "
                    + ALLOWED_COMPONENTS.stream().sorted().toList());
        }
        return Optional.empty();
    }
}
