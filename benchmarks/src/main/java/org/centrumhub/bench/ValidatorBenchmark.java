package org.centrumhub.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.xml.validation.Validator;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.SAXException;

/**
 * The validator (safe reading, type detection, XSD, element tree, every in-message rule) against a bare
 * javax.xml.validation pass over the same bytes with the same compiled schema.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ValidatorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidatorBenchmark {
    @Param({"jw305", "jw323"})
    public String message;

    private byte[] document;
    private MessageValidator validator;

    @Setup
    public void setUp() {
        document = message.equals("jw305") ? Inputs.jw305() : Inputs.jw323();
        validator = MessageValidator.standard();
        ValidationResult result = validator.validate(document);
        if (!result.valid()) {
            throw new IllegalStateException("benchmark input is not valid: " + result.findings());
        }
    }

    @Benchmark
    public ValidationResult centrumhubValidator() {
        return validator.validate(document);
    }

    @Benchmark
    public Validator bareXsdValidation() throws IOException, SAXException {
        return BareXsd.validate(document);
    }
}
