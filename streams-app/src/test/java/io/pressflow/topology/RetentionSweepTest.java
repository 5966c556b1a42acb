package io.pressflow.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionSweepTest {
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final long NOW = Duration.ofDays(100).toMillis();

    private TimestampedKeyValueStore<String, String> store;

    @BeforeEach
    void open() {
        MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
        store = Stores.timestampedKeyValueStoreBuilder(Stores.inMemoryKeyValueStore("sweep-test"), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void put(String key, long timestamp) {
        store.put(key, ValueAndTimestamp.make("v-" + key, timestamp));
    }

    @Test
    void deletesOnlyWhatIsOlderThanTheRetention() {
        put("a", NOW - RETENTION.toMillis() - 1);
        put("b", NOW - RETENTION.toMillis());
        put("c", NOW);
        assertEquals(1, new RetentionSweep<>(store, RETENTION, 100).sweep(NOW));
        assertNull(store.get("a"));
        assertNotNull(store.get("b"), "exactly at the retention: kept");
        assertNotNull(store.get("c"));
    }

    @Test
    void readsASliceAtATimeAndStartsOverAtTheEnd() {
        for (int i = 0; i < 10; i++) {
            put("k" + i, i % 3 == 0 ? 0 : NOW); // k0, k3, k6, k9 are old
        }
        RetentionSweep<String, String> sweep = new RetentionSweep<>(store, RETENTION, 4);
        assertEquals(2, sweep.sweep(NOW), "k0..k3");
        assertNotNull(store.get("k6"), "not read yet");
        assertEquals(1, sweep.sweep(NOW), "k4..k7: k6");
        assertEquals(1, sweep.sweep(NOW), "k8, k9 and the end: k9");
        assertEquals(0, sweep.sweep(NOW), "started over; nothing old is left");
        for (int i = 0; i < 10; i++) {
            assertEquals(i % 3 != 0, store.get("k" + i) != null, "k" + i);
        }
        put("k0", 0); // written again, old: the sweep that comes round to it finds it
        assertEquals(1, sweep.sweep(NOW) + sweep.sweep(NOW) + sweep.sweep(NOW));
        assertNull(store.get("k0"));
    }

    @Test
    void beforeAnyRecordThereIsNoNowAndNothingGoes() {
        put("a", 0);
        assertEquals(0, new RetentionSweep<>(store, RETENTION, 10).sweep(-1));
        assertNotNull(store.get("a"));
    }

    @Test
    void refusesARetentionOrSliceThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionSweep<>(store, Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> new RetentionSweep<>(store, RETENTION, 0));
    }
}
