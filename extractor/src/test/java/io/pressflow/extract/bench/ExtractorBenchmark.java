package io.pressflow.extract.bench;

import io.pressflow.extract.DatePrefix;
import io.pressflow.extract.Extraction;
import io.pressflow.extract.Extractor;
import io.pressflow.extract.Statement;
import io.pressflow.extract.entity.EntityExtractor;
import io.pressflow.extract.quote.QuoteExtractor;
import io.pressflow.extract.topic.TopicClassifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread throughput of the extraction library over the project's press-statement corpus
 * ({@code src/test/resources/corpus}). One operation is one statement, taken round-robin; the
 * {@code bytes} counter JMH prints next to each result is UTF-8 bytes of statement text per second,
 * so MB/s = bytes / 1e6. {@code extract} is the whole {@link Extractor}; the other benchmarks
 * measure its parts on their own, to show each part's share. Each iteration also prints the rate per
 * CPU-second of the benchmark thread, which stays meaningful when the machine is shared.
 *
 * <pre>
 * mvn -q -B -pl extractor test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp extractor/target/test-classes:extractor/target/classes:$(cat extractor/target/classpath.txt) \
 *     org.openjdk.jmh.Main ExtractorBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// C2 needs 10-15 s of CPU to settle on this code when the 2 cores are shared (measured: a fork still
// runs at a third of its final rate after 3 x 2 s), so a short warm-up measures the JIT, not the code
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@State(Scope.Thread)
public class ExtractorBenchmark {

    private Extractor extractor;
    private QuoteExtractor quotes;
    private EntityExtractor entities;
    private TopicClassifier topics;
    private Statement[] corpus;
    private int[] sizes;
    private int next;

    /** Counts text bytes processed; JMH reports it as a rate beside ops/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;
        private long cpuAtStart;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            cpuAtStart = THREAD_CPU.getCurrentThreadCpuTime();
        }

        /**
         * On a shared, loaded machine the wall-clock rate says more about the neighbours than about
         * the code; bytes per second of this thread's CPU time is printed beside it.
         */
        @TearDown(Level.Iteration)
        public void report() {
            double cpuSeconds = (THREAD_CPU.getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
            if (cpuSeconds > 0) {
                System.out.printf("cpu-time rate: %.1f MB/s per CPU-second%n", bytes / cpuSeconds / 1e6);
            }
        }
    }

    private static final ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();

    @Setup(Level.Trial)
    public void load() {
        extractor = new Extractor();
        quotes = new QuoteExtractor();
        entities = new EntityExtractor();
        topics = new TopicClassifier();
        List<Statement> loaded = loadCorpus();
        corpus = loaded.toArray(new Statement[0]);
        sizes = loaded.stream().mapToInt(s -> s.text().getBytes(StandardCharsets.UTF_8).length).toArray();
    }

    private Statement nextStatement(Bytes counter) {
        int i = next;
        next = i + 1 == corpus.length ? 0 : i + 1;
        counter.bytes += sizes[i];
        return corpus[i];
    }

    @Benchmark
    public Extraction extract(Bytes counter) {
        return extractor.extract(nextStatement(counter));
    }

    @Benchmark
    public Object topics(Bytes counter) {
        return topics.classify(nextStatement(counter));
    }

    @Benchmark
    public Object quotes(Bytes counter) {
        return quotes.extract(nextStatement(counter));
    }

    @Benchmark
    public Object entities(Bytes counter) {
        return entities.extract(nextStatement(counter));
    }

    @Benchmark
    public void baselineScan(Bytes counter, Blackhole hole) {
        // a loop that only reads every char: the ceiling any extractor part is measured against
        String text = nextStatement(counter).text();
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += text.charAt(i);
        }
        hole.consume(sum);
    }

    /** The corpus as statements, in file-name order (raw format: optional {@code date YYYY-MM-DD} first). */
    public static List<Statement> loadCorpus() {
        URL dir = ExtractorBenchmark.class.getResource("/corpus");
        if (dir == null || !"file".equals(dir.getProtocol())) {
            throw new IllegalStateException("benchmark corpus not found as a directory on the classpath: /corpus (" + dir + ")");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            List<Statement> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                out.add(new Statement(p.getFileName().toString(), text, DatePrefix.find(text).orElse(null), "en"));
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("benchmark corpus is empty: " + dir);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
