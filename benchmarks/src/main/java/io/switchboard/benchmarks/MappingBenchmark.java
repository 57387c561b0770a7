package io.switchboard.benchmarks;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flow.mapping.CompiledMapping;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadFormat;
import io.switchboard.flow.validation.DefinitionLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference order → invoice mapping, bytes in to bytes out, three ways in one run: the hand-written Jackson
 * mapper (the floor), Switchboard's engine (the mapping file compiled to JSLT, as the runtime runs it), and the
 * reference JSONata engine on the same mapping written in JSONata.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class MappingBenchmark {

    @Param({"small", "large"})
    public String size;

    private final ObjectMapper json = new ObjectMapper();
    private final HandwrittenInvoiceMapper handwritten = new HandwrittenInvoiceMapper();
    private byte[] order;
    private CompiledMapping switchboard;
    private Jsonata jsonata;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        order = MappingInputs.order(size);
        switchboard = new MappingEngine().compile(new DefinitionLoader().loadMapping(MappingInputs.mappingFile()).mapping());
        try (var in = MappingBenchmark.class.getResourceAsStream("/order2invoice.jsonata")) {
            jsonata = Jsonata.jsonata(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public byte[] handwrittenJackson() throws IOException {
        return json.writeValueAsBytes(handwritten.map(json.readTree(order)));
    }

    @Benchmark
    public byte[] switchboardEngine() throws Exception {
        return switchboard.transform(order, PayloadFormat.JSON, PayloadFormat.JSON, false);
    }

    @Benchmark
    public byte[] jsonataDashjoin() throws IOException {
        return json.writeValueAsBytes(jsonata.evaluate(json.readValue(order, Object.class)));
    }
}
