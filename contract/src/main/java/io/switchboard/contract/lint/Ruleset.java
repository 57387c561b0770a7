package io.switchboard.contract.lint;

import io.switchboard.contract.FindingSeverity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which rules run and how severe their findings are: a base set (like Spectral's {@code spectral:oas} with
 * {@code recommended}, {@code all} or {@code off}), the rules it changes, and per-file overrides. An absent entry in
 * the effective settings means the rule is off.
 */
public final class Ruleset {

    /** One override: globs of files, and the rule settings that apply to them. */
    public record Override(List<String> files, Map<String, Optional<FindingSeverity>> rules) {
    }

    private final Map<String, FindingSeverity> base;
    private final List<Override> overrides;
    private final Path globBase;

    Ruleset(Map<String, FindingSeverity> base, List<Override> overrides, Path globBase) {
        this.base = Map.copyOf(base);
        this.overrides = List.copyOf(overrides);
        this.globBase = globBase;
    }

    /** {@code spectral:oas} as it comes: the recommended rules at their default severities. */
    public static Ruleset recommended(List<LintRule> catalog) {
        Map<String, FindingSeverity> on = new HashMap<>();
        catalog.stream().filter(LintRule::recommended).forEach(rule -> on.put(rule.id(), rule.defaultSeverity()));
        return new Ruleset(on, List.of(), null);
    }

    /** Globs of overrides are relative to this folder; a glob without a slash also matches a file name alone. */
    public Path globBase() {
        return globBase;
    }

    /** The severity of each rule that is on, for one file (overrides matched on its path). */
    public Map<String, FindingSeverity> settingsFor(Path file) {
        Map<String, FindingSeverity> effective = new HashMap<>(base);
        for (Override override : overrides) {
            if (matches(override, file)) {
                override.rules().forEach((rule, severity) -> {
                    if (severity.isPresent()) {
                        effective.put(rule, severity.get());
                    } else {
                        effective.remove(rule);
                    }
                });
            }
        }
        return effective;
    }

    private boolean matches(Override override, Path file) {
        if (file == null) {
            return false;
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = globBase != null && absolute.startsWith(globBase) ? globBase.relativize(absolute) : file;
        String unixRelative = relative.toString().replace('\\', '/');
        for (String glob : override.files()) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            boolean nameOnly = !glob.contains("/");
            if (matcher.matches(Path.of(unixRelative)) || nameOnly && matcher.matches(file.getFileName())) {
                return true;
            }
        }
        return false;
    }
}
