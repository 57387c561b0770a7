package io.switchboard.flow.safety;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the runtime may ever be asked to run: the allow-list of Camel components, the rule that files stay below
 * the data root, and what a definition's text may never carry into a route (endpoint options, {@code #} references,
 * property placeholders, expression-language templates). Export and validation both ask it, so a flow that would
 * be refused at export is flagged while it is being edited. Each check answers the problem in words, or nothing
 * when all is well.
 */
public final class RuntimeSafetyPolicy {

    /**
     * Options of Camel's HTTP endpoint: a target URL's query is sent to the target as text and never configures
     * the endpoint, and one that names an option is refused all the same, since it can only be a mistake or an
     * attempt.
     */
    static final Set<String> HTTP_ENDPOINT_OPTIONS = Set.of("httpclientconfigurer", "httpclient",
            "clientbuilder", "clientconnectionmanager", "httpcontext", "httpbinding", "headerfilterstrategy",
            "throwexceptiononfailure", "bridgeendpoint", "proxyhost", "proxyport", "proxyauthscheme",
            "proxyauthhost", "proxyauthport", "proxyauthusername", "proxyauthpassword", "proxyauthdomain",
            "proxyauthnthost", "proxyauthmethod", "authusername", "authpassword", "authmethod", "authdomain",
            "authhost", "authbearertoken", "oauth2clientid", "oauth2clientsecret", "oauth2tokenendpoint",
            "httpmethod", "connecttimeout", "responsetimeout", "sotimeout", "connectionrequesttimeout",
            "sslcontextparameters", "x509hostnameverifier", "cookiestore", "cookiehandler", "followredirects",
            "lazystartproducer", "okstatuscoderange", "skiprequestheaders", "skipresponseheaders",
            "usesystemproperties", "copyheaders", "customhostheader", "loadbalancer", "userelativepath",
            "disablestreamcache", "preserveHostHeader".toLowerCase(Locale.ROOT), "httpconversion",
            "transferexception", "ignoreresponsebody", "logHttpActivity".toLowerCase(Locale.ROOT));

    /** Where targets may not go unless the runtime's settings allow it: cloud metadata and link-local services. */
    private static final List<String> FORBIDDEN_TARGETS = List.of("169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128");

    private final TargetRules targets;

    public RuntimeSafetyPolicy() {
        this(TargetRules.NONE);
    }

    /** A policy that also keeps targets off the runtime's own API and lets through hosts a team allowed. */
    public RuntimeSafetyPolicy(TargetRules targets) {
        this.targets = targets;
    }

    /**
     * The runtime's own settings for targets.
     *
     * @param ownEndpoints {@code host:port} of the runtime's management API, which no flow may call
     * @param allowed      hosts or CIDR ranges allowed although they would be refused (e.g. {@code 169.254.10.0/24})
     */
    public record TargetRules(List<String> ownEndpoints, List<String> allowed) {

        public static final TargetRules NONE = new TargetRules(List.of(), List.of());

        public TargetRules {
            ownEndpoints = List.copyOf(ownEndpoints);
            allowed = List.copyOf(allowed);
        }
    }

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
        if (uri.getRawUserInfo() != null) {
            return Optional.of("a target URL may not carry credentials (user:password@): '" + uri.getHost() + "'");
        }
        if (url.indexOf('#') >= 0) {
            return Optional.of("a target URL may not contain '#' (a fragment, or a Camel #bean:/#class: "
                    + "reference)");
        }
        Optional<String> query = checkQuery(uri.getRawQuery());
        if (query.isPresent()) {
            return query;
        }
        return checkHost(uri);
    }

    /** The query is text for the target: no Camel option names, no {@code #} references (also percent-encoded). */
    private static Optional<String> checkQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (HTTP_ENDPOINT_OPTIONS.contains(name.toLowerCase(Locale.ROOT))) {
                return Optional.of("the query parameter '" + name + "' is an option of Camel's HTTP endpoint: a "
                        + "target URL's query is sent to the target, it never configures the endpoint");
            }
            if (value.startsWith("#") || value.contains("#bean:") || value.contains("#class:")
                    || value.contains("#type:") || value.contains("{{") || value.contains("${")) {
                return Optional.of("the query parameter '" + name + "' holds a Camel reference or placeholder");
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Link-local and cloud metadata addresses, and the runtime's own API, unless allowed. */
    private Optional<String> checkHost(URI uri) {
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        if (targets.allowed().stream().anyMatch(rule -> HostRule.matches(rule, host))) {
            return Optional.empty();
        }
        for (String rule : FORBIDDEN_TARGETS) {
            if (HostRule.matches(rule, host)) {
                return Optional.of("host '" + host + "' is in " + rule + " (link-local and cloud metadata services)"
                        + ", which targets may not reach unless the runtime's settings allow it");
            }
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        for (String own : targets.ownEndpoints()) {
            int colon = own.lastIndexOf(':');
            String ownHost = own.substring(0, colon);
            boolean sameHost = ownHost.equalsIgnoreCase(host) || (HostRule.isLoopback(host)
                    && HostRule.isLoopback(ownHost));
            if (sameHost && own.substring(colon + 1).equals(String.valueOf(port))) {
                return Optional.of("'" + host + ":" + port + "' is the runtime's own management API, which a flow "
                        + "may not call");
            }
        }
        return Optional.empty();
    }

    /** An HTTP source's path: no property placeholders ({@code {{...}}}), which Camel would resolve. */
    public Optional<String> checkSourcePath(String path) {
        if (path != null && (path.contains("{{") || path.contains("}}") || path.contains("${"))) {
            return Optional.of("a path may not contain placeholders ('{{', '${'): '" + path + "'");
        }
        return Optional.empty();
    }

    /**
     * A filter's JSONPath predicate: Camel's JSONPath language would evaluate {@code ${...}} inside it as Simple
     * (environment variables, headers, beans), and resolve {@code {{...}}} as property placeholders.
     */
    public Optional<String> checkJsonPath(String expression) {
        if (expression == null || !expression.startsWith("$")) {
            return Optional.of("a JSONPath predicate starts with '$'");
        }
        if (expression.contains("${") || expression.contains("{{")) {
            return Optional.of("a JSONPath predicate may not contain '${' or '{{': they would be evaluated");
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
        if (path.contains("\\")) {
            // On Windows a backslash separates folders: "..\\..\\etc" would leave the data root there.
            return Optional.of("the path separates folders with '/', not '\\': '" + path + "'");
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
