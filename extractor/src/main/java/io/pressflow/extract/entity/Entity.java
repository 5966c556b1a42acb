package io.pressflow.extract.entity;

import java.util.List;

/**
 * A person, organisation, country or place the statement mentions, normalised.
 *
 * @param name        canonical name ("Recep Tayyip Erdoğan", "Türkiye")
 * @param type        what it is
 * @param code        ISO 3166-1 alpha-2 for countries (and the country of a place), else null
 * @param role        title or role for persons ("U.S. president"), else null
 * @param affiliation organisation or country a person speaks for, where stated, else null
 * @param mentions    where it is mentioned, in text order
 */
public record Entity(String name, EntityType type, String code, String role, String affiliation, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }

    public int count() {
        return mentions.size();
    }

    public Entity withMentions(List<Mention> moved) {
        return new Entity(name, type, code, role, affiliation, moved);
    }
}
