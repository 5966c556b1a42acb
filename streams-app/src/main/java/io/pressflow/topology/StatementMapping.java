package io.pressflow.topology;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.EntityItem;
import io.pressflow.avro.MentionItem;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteEvent;
import io.pressflow.avro.QuoteItem;
import io.pressflow.avro.TopicItem;
import io.pressflow.avro.TopicTagEvent;
import io.pressflow.extract.Extraction;
import io.pressflow.extract.Statement;
import io.pressflow.extract.entity.Entity;
import io.pressflow.extract.entity.EntityType;
import io.pressflow.extract.entity.Mention;
import io.pressflow.extract.quote.Quote;
import io.pressflow.extract.quote.QuoteKind;
import io.pressflow.extract.quote.SpeakerType;
import io.pressflow.extract.topic.TopicTag;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.kafka.streams.KeyValue;

/**
 * The one place where the extraction library's records and the Avro events meet, both ways.
 */
public final class StatementMapping {
    /** Key of quote events whose speaker is unknown, so they still land on one known partition. */
    public static final String UNKNOWN_SPEAKER = "unknown";
    /** Combining marks left by NFKD; compiled once, as speakerId runs for every quote. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private StatementMapping() {}

    /** Where a raw statement was read from, carried on every output event for tracing. */
    public record SourcePosition(String topic, int partition, long offset, Instant timestamp) {}

    /** Offsets in every output are those of the body, so the extractor reads the body as it is. */
    public static Statement toStatement(PressStatement raw) {
        return new Statement(raw.getId(), raw.getBody(), raw.getPublishedDate(), raw.getLanguage());
    }

    public static EnrichedStatement toEnriched(PressStatement raw, Extraction x, SourcePosition at) {
        List<QuoteItem> quotes = new ArrayList<>(x.quotes().size());
        for (Quote q : x.quotes()) {
            quotes.add(QuoteItem.newBuilder()
                    .setText(q.text())
                    .setStart(q.start())
                    .setEnd(q.end())
                    .setKind(q.kind().wireName())
                    .setSpeaker(q.speaker())
                    .setSpeakerId(speakerId(q.speaker()))
                    .setSpeakerType(q.speakerType().name().toLowerCase(Locale.ROOT))
                    .setSpeakerMention(q.speakerMention())
                    .setCue(q.cue())
                    .setConfidence(q.confidence())
                    .build());
        }
        List<TopicItem> topics = new ArrayList<>(x.topics().size());
        for (TopicTag t : x.topics()) {
            topics.add(new TopicItem(t.code(), t.label(), t.score(), t.level()));
        }
        List<EntityItem> entities = new ArrayList<>(x.entities().size());
        for (Entity e : x.entities()) {
            List<MentionItem> mentions = new ArrayList<>(e.mentions().size());
            for (Mention m : e.mentions()) {
                mentions.add(new MentionItem(m.start(), m.end(), m.text()));
            }
            entities.add(new EntityItem(e.name(), e.type().wireName(), e.code(), e.role(), e.affiliation(), mentions));
        }
        return EnrichedStatement.newBuilder()
                .setStatement(raw)
                .setQuotes(quotes)
                .setTopics(topics)
                .setEntities(entities)
                .setKeyPhrases(new ArrayList<>(x.keyPhrases()))
                .setExtractorVersion(x.extractorVersion())
                .setSourceTopic(at.topic())
                .setSourcePartition(at.partition())
                .setSourceOffset(at.offset())
                .setProcessedAt(at.timestamp())
                .build();
    }

    /** One event per quote, keyed by speaker id so a speaker's quotes stay ordered on one partition. */
    public static List<KeyValue<String, QuoteEvent>> quoteEvents(EnrichedStatement e) {
        PressStatement s = e.getStatement();
        List<KeyValue<String, QuoteEvent>> out = new ArrayList<>(e.getQuotes().size());
        int i = 0;
        for (QuoteItem q : e.getQuotes()) {
            QuoteEvent event = QuoteEvent.newBuilder()
                    .setStatementId(s.getId())
                    .setQuoteIndex(i++)
                    .setText(q.getText())
                    .setStart(q.getStart())
                    .setEnd(q.getEnd())
                    .setKind(q.getKind())
                    .setSpeaker(q.getSpeaker())
                    .setSpeakerId(q.getSpeakerId())
                    .setSpeakerType(q.getSpeakerType())
                    .setSpeakerMention(q.getSpeakerMention())
                    .setCue(q.getCue())
                    .setConfidence(q.getConfidence())
                    .setSource(s.getSource())
                    .setHeadline(s.getHeadline())
                    .setPublishedDate(s.getPublishedDate())
                    .setExtractorVersion(e.getExtractorVersion())
                    .setSourcePartition(e.getSourcePartition())
                    .setSourceOffset(e.getSourceOffset())
                    .build();
            out.add(KeyValue.pair(q.getSpeakerId() == null ? UNKNOWN_SPEAKER : q.getSpeakerId(), event));
        }
        return out;
    }

    /** One event per topic tag, keyed by the topic code. */
    public static List<KeyValue<String, TopicTagEvent>> topicTagEvents(EnrichedStatement e) {
        PressStatement s = e.getStatement();
        List<KeyValue<String, TopicTagEvent>> out = new ArrayList<>(e.getTopics().size());
        int rank = 0;
        for (TopicItem t : e.getTopics()) {
            TopicTagEvent event = TopicTagEvent.newBuilder()
                    .setStatementId(s.getId())
                    .setCode(t.getCode())
                    .setLabel(t.getLabel())
                    .setScore(t.getScore())
                    .setLevel(t.getLevel())
                    .setRank(rank++)
                    .setSource(s.getSource())
                    .setHeadline(s.getHeadline())
                    .setPublishedDate(s.getPublishedDate())
                    .setExtractorVersion(e.getExtractorVersion())
                    .setSourcePartition(e.getSourcePartition())
                    .setSourceOffset(e.getSourceOffset())
                    .build();
            out.add(KeyValue.pair(t.getCode(), event));
        }
        return out;
    }

    /** Back from the Avro event to the library's records, so every output shares one JSON shape. */
    public static Extraction toExtraction(EnrichedStatement e) {
        List<Quote> quotes = new ArrayList<>();
        for (QuoteItem q : e.getQuotes()) {
            quotes.add(new Quote(q.getText(), q.getStart(), q.getEnd(),
                    QuoteKind.valueOf(q.getKind().toUpperCase(Locale.ROOT)), q.getSpeaker(),
                    SpeakerType.valueOf(q.getSpeakerType().toUpperCase(Locale.ROOT)), q.getSpeakerMention(),
                    q.getCue(), q.getConfidence()));
        }
        List<TopicTag> topics = new ArrayList<>();
        for (TopicItem t : e.getTopics()) {
            topics.add(new TopicTag(t.getCode(), t.getLabel(), t.getScore(), t.getLevel()));
        }
        List<Entity> entities = new ArrayList<>();
        for (EntityItem en : e.getEntities()) {
            List<Mention> mentions = new ArrayList<>();
            for (MentionItem m : en.getMentions()) {
                mentions.add(new Mention(m.getStart(), m.getEnd(), m.getText()));
            }
            entities.add(new Entity(en.getName(), EntityType.valueOf(en.getType().toUpperCase(Locale.ROOT)),
                    en.getCode(), en.getRole(), en.getAffiliation(), mentions));
        }
        return new Extraction(quotes, entities, topics, e.getKeyPhrases(), e.getExtractorVersion());
    }

    /** "Recep Tayyip Erdoğan" becomes "recep-tayyip-erdogan": stable across spellings with or without accents. */
    public static String speakerId(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return null;
        }
        String folded = Normalizer.normalize(speaker, Normalizer.Form.NFKD)
                .transform(s -> MARKS.matcher(s).replaceAll(""))
                .replace('ı', 'i')
                .toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                id.append(c);
                dash = false;
            } else if (!dash && id.length() > 0) {
                id.append('-');
                dash = true;
            }
        }
        int n = id.length();
        if (n > 0 && id.charAt(n - 1) == '-') {
            id.setLength(n - 1);
        }
        return id.length() == 0 ? null : id.toString();
    }
}
