package io.pressflow.extract.quote;

/**
 * Who said it, once resolved.
 *
 * @param name    canonical name, or the description as written when nothing resolves it; null when unknown
 * @param type    person, organisation, unresolved or none
 * @param mention the words next to the quote that point at the speaker
 * @param token   where the mention is (token index), for recency
 * @param member  the cast member, when there is one
 */
record Speaker(String name, SpeakerType type, String mention, int token, Cast.Member member) {}
