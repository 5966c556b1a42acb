package io.pressflow.dashboard;

import com.fasterxml.jackson.databind.JavaType;
import io.pressflow.dashboard.model.JsonSerde;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Answers for the whole application from any instance: a key's question goes to the instance whose
 * active task holds the key (Kafka Streams' metadata, from each instance's {@code application.server});
 * a question over all keys goes to every instance hosting the store, and the partial answers merge.
 * Instances ask each other with {@code scope=local}, which never forwards again.
 */
final class ClusterQueries {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    ClusterQueries(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    HostInfo self() {
        return self;
    }

    /** Where a key of a store lives now; empty while unknown (rebalancing). */
    Optional<HostInfo> owner(String store, String key) {
        KeyQueryMetadata meta = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        if (meta == null || meta == KeyQueryMetadata.NOT_AVAILABLE || meta.activeHost() == null || meta.activeHost().port() < 0) {
            return Optional.empty();
        }
        return Optional.of(meta.activeHost());
    }

    /** Every instance hosting some of the store (this one included). */
    Set<HostInfo> hostsOf(String store) {
        return hosts(streams.streamsMetadataForStore(store));
    }

    /** Every instance of the application. */
    Set<HostInfo> allHosts() {
        return hosts(streams.metadataForAllStreamsClients());
    }

    private Set<HostInfo> hosts(Collection<StreamsMetadata> metadata) {
        Set<HostInfo> out = new LinkedHashSet<>();
        metadata.forEach(m -> out.add(m.hostInfo()));
        return out;
    }

    boolean isSelf(HostInfo host) {
        return self.equals(host);
    }

    /**
     * Asks each host: this one through {@code local}, the others over HTTP at {@code pathAndQuery}
     * (which must carry scope=local). Hosts that do not answer are listed, not hidden.
     */
    <T> Gathered<T> gather(Set<HostInfo> hosts, Supplier<T> local, String pathAndQuery, JavaType type) {
        List<T> answers = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (HostInfo h : hosts) {
            try {
                answers.add(isSelf(h) ? local.get() : get(h, pathAndQuery, type));
            } catch (LocalStores.Unavailable | IOException | RemoteError e) {
                unavailable.add(h.host() + ":" + h.port() + " (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable.add(h.host() + ":" + h.port() + " (interrupted)");
            }
        }
        return new Gathered<>(answers, unavailable);
    }

    /** The answers of the instances that answered, and the ones that did not. */
    record Gathered<T>(List<T> answers, List<String> unavailable) {}

    /** GETs a path of another instance; 404 gives null. */
    <T> T get(HostInfo host, String pathAndQuery, JavaType type) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery))
                .timeout(TIMEOUT).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() == 404) {
            return null;
        }
        if (r.statusCode() != 200) {
            throw new RemoteError(host + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return JsonSerde.MAPPER.readValue(r.body(), type);
    }

    static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static final class RemoteError extends RuntimeException {
        RemoteError(String message) {
            super(message);
        }
    }
}
