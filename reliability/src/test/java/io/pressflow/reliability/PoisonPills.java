package io.pressflow.reliability;

import io.pressflow.avro.PressStatement;
import io.pressflow.avro.TopicTagEvent;
import io.pressflow.registry.AvroSerializer;
import io.pressflow.schemas.PressTopics;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Malformed raw records, one kind per way a producer or the wire can get it wrong. */
final class PoisonPills {
    /** A raw record: key and the exact value bytes (null: tombstone). */
    record Pill(String kind, String key, byte[] value) {}

    enum Kind {
        RANDOM_BYTES, WRONG_MAGIC_BYTE, UNKNOWN_SCHEMA_ID, TRUNCATED_AVRO, EMPTY_PAYLOAD, TRAILING_BYTES,
        OTHER_SCHEMA, EMPTY_BODY, TOMBSTONE, OVERSIZED_BODY
    }

    private final AvroSerializer<PressStatement> statements;
    private final AvroSerializer<TopicTagEvent> topicTags;
    private final Random random;
    private final String run;

    PoisonPills(String registryUrl, String run, long seed) {
        this.statements = new AvroSerializer<>();
        statements.configure(java.util.Map.of("schema.registry.url", registryUrl), false);
        this.topicTags = new AvroSerializer<>();
        topicTags.configure(java.util.Map.of("schema.registry.url", registryUrl), false);
        this.random = new Random(seed);
        this.run = run;
    }

    /** A good statement as the producer library would write it. */
    byte[] good(PressStatement s) {
        return statements.serialize(PressTopics.RAW, s);
    }

    /** {@code perKind} pills of every kind except the oversized one, of which {@code oversized}. */
    List<Pill> make(int perKind, int oversized) {
        List<Pill> pills = new ArrayList<>();
        int n = 0;
        for (Kind kind : Kind.values()) {
            int count = kind == Kind.OVERSIZED_BODY ? oversized : perKind;
            for (int i = 0; i < count; i++) {
                String key = "bad-" + run + "-" + kind.name().toLowerCase() + "-" + i;
                pills.add(new Pill(kind.name(), key, bytes(kind, key, n++)));
            }
        }
        return pills;
    }

    private byte[] bytes(Kind kind, String key, int n) {
        PressStatement valid = Statements.statement("pill-" + run, n);
        valid.setId(key);
        switch (kind) {
            case RANDOM_BYTES -> {
                byte[] b = new byte[1 + random.nextInt(300)];
                random.nextBytes(b);
                b[0] = (byte) (1 + random.nextInt(255)); // never 0: random bytes, not a framed record by chance
                return b;
            }
            case WRONG_MAGIC_BYTE -> {
                byte[] b = good(valid);
                b[0] = (byte) (1 + random.nextInt(255));
                return b;
            }
            case UNKNOWN_SCHEMA_ID -> {
                byte[] b = good(valid);
                ByteBuffer.wrap(b).putInt(1, 900_000 + random.nextInt(90_000));
                return b;
            }
            case TRUNCATED_AVRO -> {
                byte[] b = good(valid);
                return Arrays.copyOf(b, 5 + random.nextInt(b.length - 5 - 8)); // header kept, body cut short
            }
            case EMPTY_PAYLOAD -> {
                return new byte[0];
            }
            case TRAILING_BYTES -> {
                byte[] b = good(valid);
                byte[] longer = Arrays.copyOf(b, b.length + 1 + random.nextInt(40));
                for (int i = b.length; i < longer.length; i++) longer[i] = (byte) random.nextInt(256);
                return longer;
            }
            case OTHER_SCHEMA -> {
                TopicTagEvent tag = TopicTagEvent.newBuilder()
                        .setStatementId(key).setCode("medtop:11000000").setLabel("politics").setScore(0.5)
                        .setLevel(1).setRank(0).setSource("reliability-suite").setHeadline(null)
                        .setPublishedDate(null).setExtractorVersion("x").setSourcePartition(0).setSourceOffset(0L).build();
                // registered under its own topic's subject, then written where statements belong
                return topicTags.serialize(PressTopics.TOPIC_TAGS, tag);
            }
            case EMPTY_BODY -> {
                valid.setBody("   ");
                return good(valid);
            }
            case TOMBSTONE -> {
                return null;
            }
            case OVERSIZED_BODY -> {
                StringBuilder body = new StringBuilder(2_200_000);
                while (body.length() < 2 * 1024 * 1024 + 1000) {
                    body.append("The ministry said the figures would be published in full. ");
                }
                valid.setBody(body.toString());
                return good(valid);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }
}
