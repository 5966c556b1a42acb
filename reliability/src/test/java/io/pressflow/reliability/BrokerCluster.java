package io.pressflow.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * Three brokers, each also a controller voter (a 3-voter KRaft quorum survives one loss), with
 * replication factor 3 and min.insync.replicas 2 for every topic, internal ones included.
 */
final class BrokerCluster implements AutoCloseable {
    private final List<BrokerNode> nodes;
    private final String bootstrapServers;

    private BrokerCluster(List<BrokerNode> nodes, String bootstrapServers) {
        this.nodes = nodes;
        this.bootstrapServers = bootstrapServers;
    }

    static BrokerCluster start(Path dir, int size) {
        return start(dir, size, java.util.Map.of());
    }

    /** @param overrides broker configs replacing the defaults on every node */
    static BrokerCluster start(Path dir, int size, java.util.Map<String, String> overrides) {
        List<Integer> brokerPorts = new ArrayList<>();
        List<Integer> controllerPorts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            brokerPorts.add(Ports.free());
            controllerPorts.add(Ports.free());
        }
        String voters = java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts.get(i))
                .collect(Collectors.joining(","));
        String clusterId = Uuid.randomUuid().toString();
        List<BrokerNode> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                int id = i + 1;
                Properties p = new Properties();
                p.setProperty("process.roles", "broker,controller");
                p.setProperty("node.id", String.valueOf(id));
                p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + brokerPorts.get(i) + ",CONTROLLER://127.0.0.1:" + controllerPorts.get(i));
                p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPorts.get(i));
                p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
                p.setProperty("inter.broker.listener.name", "PLAINTEXT");
                p.setProperty("controller.listener.names", "CONTROLLER");
                p.setProperty("controller.quorum.voters", voters);
                p.setProperty("log.dirs", dir.resolve("node-" + id).resolve("logs").toString());
                String rf = String.valueOf(Math.min(3, size));
                String minIsr = String.valueOf(Math.min(2, size));
                p.setProperty("default.replication.factor", rf);
                p.setProperty("min.insync.replicas", minIsr);
                p.setProperty("offsets.topic.replication.factor", rf);
                p.setProperty("transaction.state.log.replication.factor", rf);
                p.setProperty("transaction.state.log.min.isr", minIsr);
                p.setProperty("share.coordinator.state.topic.replication.factor", rf);
                p.setProperty("share.coordinator.state.topic.min.isr", minIsr);
                p.setProperty("offsets.topic.num.partitions", "5");
                p.setProperty("transaction.state.log.num.partitions", "5");
                p.setProperty("share.coordinator.state.topic.num.partitions", "1");
                p.setProperty("group.initial.rebalance.delay.ms", "0");
                p.setProperty("unclean.leader.election.enable", "false");
                p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
                p.setProperty("num.io.threads", "2");
                p.setProperty("num.network.threads", "2");
                // a dead broker is noticed and its leaderships moved within seconds
                p.setProperty("broker.session.timeout.ms", "6000");
                p.setProperty("broker.heartbeat.interval.ms", "1000");
                p.setProperty("replica.lag.time.max.ms", "6000");
                overrides.forEach(p::setProperty);
                nodes.add(new BrokerNode(id, dir.resolve("node-" + id), p));
            }
            for (BrokerNode node : nodes) {
                node.start(clusterId);
            }
            String bootstrap = brokerPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
            BrokerCluster cluster = new BrokerCluster(nodes, bootstrap);
            cluster.awaitBrokers(size, Duration.ofMinutes(3));
            return cluster;
        } catch (RuntimeException | InterruptedException e) {
            nodes.forEach(BrokerNode::close);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the cluster did not start: " + e.getMessage()
                    + nodes.stream().map(n -> "\n--- broker " + n.nodeId() + "\n" + n.logTail()).collect(Collectors.joining()), e);
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    BrokerNode node(int nodeId) {
        return nodes.get(nodeId - 1);
    }

    /** Waits until {@code count} brokers are registered and answering. */
    void awaitBrokers(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000", AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000"))) {
            while (System.nanoTime() < deadline) {
                try {
                    int n = admin.describeCluster().nodes().get(15, TimeUnit.SECONDS).size();
                    if (n >= count) {
                        return;
                    }
                    last = n + " brokers";
                } catch (Exception e) {
                    last = e.toString();
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException(count + " brokers not up after " + timeout + " (last: " + last + ")");
    }

    @Override
    public void close() {
        // stop all at once: a clean shutdown one by one waits for leadership moves
        nodes.parallelStream().forEach(BrokerNode::close);
    }
}
