package io.pressflow.dashboard.model;

import java.io.IOException;

/**
 * {@link StatementView}'s fields for {@link CompactSerde#STATEMENT_VIEW}, in the order of the record's
 * components: the six strings, the quotes (fields in {@link EncodedQuote}'s order), topics, entities,
 * key phrases, then extractor version, source topic, partition, offset and time. A list element is
 * preceded by a present/absent flag, so a null in a list comes back as it went in (as with JSON).
 */
final class StatementViewFields {
    private StatementViewFields() {}

    static final CompactSerde.Codec<StatementView> CODEC = new CompactSerde.Codec<>() {
        @Override
        public void write(CompactFields.Out out, StatementView v) {
            out.string(v.id());
            out.string(v.source());
            out.string(v.headline());
            out.string(v.url());
            out.string(v.published());
            out.string(v.body());
            out.records(v.quotes(), StatementViewFields::writeQuote);
            out.records(v.topics(), StatementViewFields::writeTopic);
            out.records(v.entities(), StatementViewFields::writeEntity);
            out.strings(v.keyPhrases());
            out.string(v.extractorVersion());
            out.string(v.sourceTopic());
            out.int32(v.sourcePartition());
            out.int64(v.sourceOffset());
            out.int64(v.at());
        }

        @Override
        public StatementView read(CompactFields.In in) throws IOException {
            return new StatementView(in.string("id"), in.string("source"), in.string("headline"), in.string("url"),
                    in.string("published date"), in.string("body"), in.records("quotes", StatementViewFields::readQuote),
                    in.records("topics", StatementViewFields::readTopic), in.records("entities", StatementViewFields::readEntity),
                    in.strings("key phrases"), in.string("extractor version"), in.string("source topic"),
                    in.int32("source partition"), in.int64("source offset"), in.int64("time"));
        }
    };

    private static void writeQuote(CompactFields.Out out, QuoteView q) {
        out.string(q.statementId());
        out.int32(q.index());
        out.string(q.text());
        out.string(q.kind());
        out.string(q.speaker());
        out.string(q.speakerId());
        out.string(q.headline());
        out.string(q.source());
        out.int64(q.at());
    }

    private static QuoteView readQuote(CompactFields.In in) throws IOException {
        return new QuoteView(in.string("quote's statement id"), in.int32("quote index"), in.string("quote text"), in.string("quote kind"),
                in.string("speaker"), in.string("speaker id"), in.string("quote's headline"), in.string("quote's source"),
                in.int64("quote time"));
    }

    private static void writeTopic(CompactFields.Out out, StatementView.Topic t) {
        out.string(t.code());
        out.string(t.label());
        out.float64(t.score());
        out.int32(t.level());
    }

    private static StatementView.Topic readTopic(CompactFields.In in) throws IOException {
        return new StatementView.Topic(in.string("topic code"), in.string("topic label"), in.float64("topic score"), in.int32("topic level"));
    }

    private static void writeEntity(CompactFields.Out out, StatementView.Entity e) {
        out.string(e.name());
        out.string(e.type());
        out.string(e.code());
        out.string(e.role());
        out.int32(e.mentions());
    }

    private static StatementView.Entity readEntity(CompactFields.In in) throws IOException {
        return new StatementView.Entity(in.string("entity name"), in.string("entity type"), in.string("entity code"),
                in.string("entity role"), in.int32("entity mentions"));
    }
}
