package io.pressflow.extract.quote;

/** What kind of source a speaker is. */
public enum SpeakerType {
    PERSON,
    ORGANISATION,
    /** a group or description that no name in the text resolves ("officials", "a source") */
    UNRESOLVED,
    /** nobody is named or implied */
    NONE
}
