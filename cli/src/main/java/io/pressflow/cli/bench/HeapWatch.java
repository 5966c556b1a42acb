package io.pressflow.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap of this JVM while the benchmark runs: the most ever in use (sampled), and the most still in use
 * right after a collection, which is the live set the heap must hold (used heap between collections
 * is mostly garbage waiting for the next one). The JVM holds the streams app, the broker, the producer
 * and the reader alike, so the streams app's own share is at most this.
 */
public final class HeapWatch implements AutoCloseable {
    private static final long SAMPLE_MS = 50;

    private final Thread sampler;
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterCollection;
    private volatile int collections;

    private HeapWatch() {
        sampler = new Thread(this::sample, "bench-heap-watch");
        sampler.setDaemon(true);
    }

    public static HeapWatch start() {
        HeapWatch w = new HeapWatch();
        w.subscribe();
        w.sampler.start();
        return w;
    }

    private void subscribe() {
        NotificationListener listener = this::collected;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                after += pool.getValue().getUsed();
            }
        }
        synchronized (this) {
            collections++;
            peakAfterCollection = Math.max(peakAfterCollection, after);
        }
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used > peakUsed) {
                peakUsed = used;
            }
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** -Xmx (or the JVM's default maximum). */
    public static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    public long peakUsedBytes() {
        return peakUsed;
    }

    /** The most the heap held right after a collection while watched (0 if none ran). */
    public long peakAfterCollectionBytes() {
        return peakAfterCollection;
    }

    public int collections() {
        return collections;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
