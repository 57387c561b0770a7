package io.switchboard.flow.validation;

import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.FlowTarget;
import io.switchboard.flow.model.Step;
import io.switchboard.flow.safety.RuntimeSafetyPolicy;
import io.switchboard.flow.schema.ResolvedSchema;
import io.switchboard.flow.schema.SchemaResolutionException;
import io.switchboard.flow.schema.SchemaResolver;
import io.switchboard.flow.schema.SchemaShape;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a flow a schema cannot express: what its steps refer to exists and loads, and nothing in it
 * would make the runtime reach outside the allow-list or the data root.
 */
final class FlowChecker {

    /** Loads a mapping file on behalf of a map step. */
    interface MappingLoader {
        LoadedMapping load(Path file) throws DefinitionException;
    }

    private final SchemaResolver resolver;
    private final RuntimeSafetyPolicy policy;
    private final MappingLoader mappingLoader;

    FlowChecker(SchemaResolver resolver, RuntimeSafetyPolicy policy, MappingLoader mappingLoader) {
        this.resolver = resolver;
        this.policy = policy;
        this.mappingLoader = mappingLoader;
    }

    record Resolved(Map<Integer, LoadedMapping> mappings, Map<Integer, ResolvedSchema> schemas) {
    }

    Resolved check(Flow flow, FindingCollector findings) {
        checkSource(flow.source(), findings);
        checkTarget(flow.target(), findings);
        Path baseDir = findings.document().file().toAbsolutePath().getParent();
        Map<Integer, LoadedMapping> mappings = new HashMap<>();
        Map<Integer, ResolvedSchema> schemas = new HashMap<>();
        List<Step> steps = flow.steps();
        for (int i = 0; i < steps.size(); i++) {
            String at = "/steps/" + i;
            Step step = steps.get(i);
            if (step == null) {
                continue;
            } else if (step instanceof Step.Validate validate) {
                try {
                    schemas.put(i, resolver.resolve(baseDir, validate.schema()));
                } catch (SchemaResolutionException e) {
                    findings.error(at + "/schema", "unknown schema reference "
                            + validate.schema().describe() + ": " + e.getMessage());
                }
            } else if (step instanceof Step.Map map) {
                try {
                    mappings.put(i, mappingLoader.load(baseDir.resolve(map.mapping()).normalize()));
                } catch (DefinitionException e) {
                    findings.error(at + "/mapping", "mapping " + map.mapping() + " has "
                            + e.findings().size() + " problem(s), listed with its file");
                    findings.addAll(e.findings());
                }
            } else if (step instanceof Step.Filter filter) {
                policy.checkJsonPath(filter.jsonPath()).ifPresent(problem -> findings.error(at + "/jsonPath",
                        problem));
            }
        }
        checkIdempotencyKey(flow, schemas, findings);
        return new Resolved(mappings, schemas);
    }

    private void checkSource(FlowSource source, FindingCollector findings) {
        if (source instanceof FlowSource.Directory directory) {
            policy.checkDataPath(directory.path()).ifPresent(problem -> findings.error("/source/path", problem));
        } else if (source instanceof FlowSource.Http http) {
            policy.checkSourcePath(http.path()).ifPresent(problem -> findings.error("/source/path", problem));
        }
    }

    private void checkTarget(FlowTarget target, FindingCollector findings) {
        if (target instanceof FlowTarget.Http http) {
            policy.checkHttpUrl(http.url()).ifPresent(problem -> findings.error("/target/url", problem));
        } else if (target instanceof FlowTarget.Directory directory) {
            policy.checkDataPath(directory.path()).ifPresent(problem -> findings.error("/target/path", problem));
        }
    }

    /** The key should name a field of the received message; checked against the first validated schema. */
    private void checkIdempotencyKey(Flow flow, Map<Integer, ResolvedSchema> schemas, FindingCollector findings) {
        if (flow.idempotencyKey() == null || schemas.isEmpty()) {
            return;
        }
        int first = schemas.keySet().stream().min(Integer::compare).orElseThrow();
        SourcePath.fieldsOf(flow.idempotencyKey()).ifPresent(fields -> {
            if (SchemaShape.of(resolver, schemas.get(first)).at(fields).isEmpty()) {
                findings.warning("/idempotencyKey", "the validated message schema has no field "
                        + flow.idempotencyKey());
            }
        });
    }
}
