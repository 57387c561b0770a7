package io.switchboard.contract.diff;

import static io.switchboard.contract.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.Specs;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Changes that break no client report nothing at ERR or WARN, in 3.0 and 3.1. */
class NonBreakingPairsTest {

    record Pair(String name, String version, Consumer<ObjectNode> revision) {
        @Override
        public String toString() {
            return name + " (" + version + ")";
        }
    }

    static Stream<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (String version : List.of("3.0.3", "3.1.0")) {
            pairs.add(new Pair("properties reordered", version, spec -> reverse(at(spec,
                    "/components/schemas/Pet/properties"))));
            pairs.add(new Pair("paths reordered", version, spec -> reverse(at(spec, "/paths"))));
            pairs.add(new Pair("descriptions changed", version, spec -> {
                at(spec, "/paths/~1pets/get/responses/200").put("description", "The pets, a page of them");
                at(spec, "/info").put("description", "Pets, described anew");
            }));
            pairs.add(new Pair("an optional response property added", version, spec ->
                    at(spec, "/components/schemas/Pet/properties").putObject("nickname").put("type", "string")));
            pairs.add(new Pair("an optional request parameter added", version, spec ->
                    ((ArrayNode) spec.at("/paths/~1pets/get/parameters")).addObject().put("name", "q")
                            .put("in", "query").putObject("schema").put("type", "string")));
            pairs.add(new Pair("a new endpoint", version, spec -> at(spec, "/paths").putObject("/health")
                    .putObject("get").putObject("responses").putObject("200").put("description", "Up")));
            pairs.add(new Pair("a $ref replaced by the same schema inline", version, spec -> at(spec,
                    "/paths/~1pets/post/requestBody/content/application~1json").set("schema",
                    spec.at("/components/schemas/NewPet").deepCopy())));
            pairs.add(new Pair("a request limit loosened", version, spec ->
                    at(spec, "/components/schemas/NewPet/properties/name").put("maxLength", 100)));
            pairs.add(new Pair("an optional request property added", version, spec ->
                    at(spec, "/components/schemas/NewPet/properties").putObject("colour").put("type", "string")));
        }
        return pairs.stream();
    }

    private static void reverse(ObjectNode node) {
        List<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = node.fields(); it.hasNext(); ) {
            entries.add(it.next());
        }
        node.removeAll();
        for (int i = entries.size() - 1; i >= 0; i--) {
            node.set(entries.get(i).getKey(), entries.get(i).getValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void nothingBreaks(Pair pair) {
        ObjectNode base = DiffFixturesTest.base(pair.version());
        ObjectNode revision = DiffFixturesTest.base(pair.version());
        pair.revision().accept(revision);

        List<Change> breaking = ContractDiff.compare(Specs.document("base.yaml", base),
                Specs.document("revision.yaml", revision)).stream().filter(change -> change.level().breaking())
                .toList();
        assertEquals(List.of(), breaking);
    }
}
