import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.common.GroupState;

/**
 * Container health check for the streams app: healthy when its group (application.id) is STABLE on
 * the broker, i.e. the app has joined and holds its partitions. A live JVM whose Streams threads
 * died, or that never reached the broker, is reported unhealthy.
 *
 * <p>Usage: {@code StreamsGroupHealth <bootstrap-servers> <application-id>}; exit 0 healthy, 1 not.
 * Built into the image from docker/healthcheck, against the application's own kafka-clients.
 */
public final class StreamsGroupHealth {
    private StreamsGroupHealth() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: StreamsGroupHealth <bootstrap-servers> <application-id>");
            System.exit(2);
        }
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000);
        try (Admin admin = Admin.create(config)) {
            Optional<GroupListing> group = admin.listGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .filter(listing -> listing.groupId().equals(args[1]))
                    .findFirst();
            Optional<GroupState> state = group.flatMap(GroupListing::groupState);
            System.out.println("group " + args[1] + ": " + state.map(GroupState::toString).orElse("absent"));
            System.exit(state.filter(s -> s == GroupState.STABLE).isPresent() ? 0 : 1);
        } catch (Exception e) {
            System.out.println("group " + args[1] + ": cannot ask the broker (" + e + ")");
            System.exit(1);
        }
    }
}
