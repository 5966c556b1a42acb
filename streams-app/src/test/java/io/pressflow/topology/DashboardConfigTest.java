package io.pressflow.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class DashboardConfigTest {
    private static final StreamsAppConfig ENRICHER = new StreamsAppConfig("b:9092", "http://r", null, "news-enricher",
            Path.of("/tmp/state"), 2, Map.of("security.protocol", "SSL"));

    @Test
    void ownApplicationIdSameClusterAndSettings() {
        StreamsAppConfig d = StreamsApp.dashboardConfig(ENRICHER);
        assertEquals("news-enricher-dashboard", d.applicationId());
        Properties p = d.streamsProperties();
        assertEquals("b:9092", p.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals("SSL", p.get("security.protocol"));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals(2, p.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
    }

    @Test
    void commitsEverySecondUnlessToldOtherwise() {
        assertEquals("1000", StreamsApp.dashboardConfig(ENRICHER).streamsProperties().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals(null, ENRICHER.streamsProperties().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG), "the enrichment keeps the default");
        StreamsAppConfig told = new StreamsAppConfig("b:9092", "http://r", null, "e", Path.of("/tmp/state"), 1,
                Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200"));
        assertEquals("200", StreamsApp.dashboardConfig(told).streamsProperties().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    }
}
