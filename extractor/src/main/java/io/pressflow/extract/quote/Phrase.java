package io.pressflow.extract.quote;

/**
 * A noun phrase that may name a speaker, as found next to a cue.
 *
 * @param first     first token of the phrase as written
 * @param last      last token of the phrase as written
 * @param form      what the phrase is
 * @param headFirst first token of its core: the name without titles, the description after its determiner
 * @param headLast  last token of its core (the head noun of a description)
 * @param object    for "the statement by the directorate": the phrase after the preposition, else null
 */
record Phrase(int first, int last, Form form, int headFirst, int headLast, Phrase object) {
    enum Form { NAME, PRONOUN, DESCRIPTION }
}
