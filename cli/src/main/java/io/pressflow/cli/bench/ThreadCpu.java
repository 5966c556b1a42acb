package io.pressflow.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CPU time of each thread of this JVM between two moments, summed by kind of thread (the stream
 * thread, its producer's sender, the broker's request handlers, the JIT compiler, the garbage
 * collector, ...). The whole JVM's figure says how much a statement costs; this says who spends it.
 * Java threads come from ThreadMXBean; the JVM's own threads and RocksDB's native ones, which it does
 * not list, from Linux's /proc.
 */
public final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Thread names (as Linux shows them) of HotSpot's GC, compiler and VM threads and of RocksDB. */
    private static final Pattern NATIVE_KINDS = Pattern.compile("GC Thread|G1 |C1 Compiler|C2 Compiler|VM |rocksdb|Sweeper");

    /** CPU nanoseconds so far, by thread id, with the thread's name. */
    private record Sample(String name, long cpuNanos) {}

    /** Linux's clock ticks per second, the unit of /proc's CPU times (USER_HZ, 100 on every common kernel). */
    private static final double TICKS_PER_SECOND = 100;
    private static final Path TASKS = Path.of("/proc/self/task");

    private final Map<Long, Sample> start;
    private final Map<Long, Sample> startNative;

    private ThreadCpu(Map<Long, Sample> start, Map<Long, Sample> startNative) {
        this.start = start;
        this.startNative = startNative;
    }

    public static boolean supported() {
        return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    }

    public static ThreadCpu start() {
        return new ThreadCpu(snapshot(), nativeSnapshot());
    }

    /**
     * CPU nanoseconds spent since {@link #start()}, by kind of thread, most first. Threads that ended
     * in between are not counted (their time is lost to ThreadMXBean): add them with {@code extra}.
     */
    public Map<String, Long> since(Map<String, Long> extra) {
        Map<String, Long> byKind = new HashMap<>(extra);
        addSpent(byKind, start, snapshot(), "");
        addSpent(byKind, startNative, nativeSnapshot(), "(native) ");
        Map<String, Long> sorted = new LinkedHashMap<>();
        byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** "pressflow-bench-enricher-<uuid>-StreamThread-1-producer" -> "…-StreamThread-#-producer". */
    static String kind(String threadName) {
        return NUMBER.matcher(UUID.matcher(threadName).replaceAll("")).replaceAll("#");
    }

    private static void addSpent(Map<String, Long> byKind, Map<Long, Sample> before, Map<Long, Sample> after, String prefix) {
        after.forEach((id, now) -> {
            Sample then = before.get(id);
            long spent = now.cpuNanos() - (then == null ? 0 : then.cpuNanos());
            if (spent > 0) {
                byKind.merge(prefix + kind(now.name()), spent, Long::sum);
            }
        });
    }

    /**
     * The JVM's own threads and native ones, which ThreadMXBean does not list, from Linux's
     * /proc/self/task (names cut to 15 characters there, so Java threads are left to ThreadMXBean):
     * garbage collector, JIT compiler, RocksDB's background threads. Empty elsewhere.
     */
    private static Map<Long, Sample> nativeSnapshot() {
        Map<Long, Sample> out = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String stat = Files.readString(task.resolve("stat"));
                // "tid (name) state ppid ...": the name may hold spaces and parentheses, so split at the last ')'
                int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                if (NATIVE_KINDS.matcher(name).lookingAt()) {
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    out.put(Long.parseLong(task.getFileName().toString()), new Sample(name, (long) (ticks * 1e9 / TICKS_PER_SECOND)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of(); // not Linux, or a thread ended while being read: no native figures
        }
        return out;
    }

    private static Map<Long, Sample> snapshot() {
        Map<Long, Sample> out = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    out.put(info.getThreadId(), new Sample(info.getThreadName(), cpu));
                }
            }
        }
        return out;
    }

    /** The current thread's CPU nanoseconds so far, for a thread that ends before {@link #since}. */
    public static long currentThreadNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
