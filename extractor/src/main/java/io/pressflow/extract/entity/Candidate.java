package io.pressflow.extract.entity;

/**
 * A mention found by the scanner before document-level resolution. Mutable only while the
 * scanner builds it; never leaves the package.
 */
final class Candidate {

    enum Type {
        /** a country by name, demonym or capital; code set */
        COUNTRY,
        /** a city, region or territory; name set, code where known */
        PLACE,
        /** Washington, D.C.: a place after a locative, else the U.S. government */
        DC,
        /** an organisation; name set */
        ORG,
        /** "the directorate", "The Post": an organisation named by its head word only */
        ORG_REFERENCE,
        /** a person's name of two or more words, or any name after a title */
        PERSON,
        /** one capitalised word that may be a surname, a place or nothing */
        SINGLE,
        /** several capitalised words that did not look like a person */
        CHUNK,
        /** a role without a name ("the Turkish leader"); code and office set */
        ROLE
    }

    final Type type;
    final int start;
    final int end;
    final String text;
    String name;
    String code;
    /** for ROLE: office key; for PERSON/SINGLE: the title as written */
    String role;
    /** for persons: country code of the title ("U.S. President"), or null */
    String roleCode;
    /** for persons: organisation named with the title ("European Council President"), or null */
    String roleOrg;
    /** for ROLE: token index of a name that follows after a comma, else -1 */
    int appositiveToken = -1;
    int firstToken;
    boolean headline;
    boolean locative;
    boolean sentenceInitial;
    /** for SINGLE: an ordinary word (listed, or written in lower case elsewhere in the text) */
    boolean common;
    /** for ORG: came from the gazetteer, so no corroboration is needed */
    boolean known;
    /** for SINGLE: the token before is "on" ("a statement on X") */
    boolean afterOn;
    /** for CHUNK/SINGLE: followed by ", " and a place or country with this code ("Toledo, Ohio") */
    String followingPlaceCode;
    /** the resolver's name form of the text, cut once (set by the resolver) */
    EntityResolver.NameForm form;

    Candidate(Type type, int start, int end, String text) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.text = text;
    }

    @Override
    public String toString() {
        return type + "[" + start + "," + end + ")" + text + (name != null ? "=" + name : "") + (code != null ? "/" + code : "")
                + (role != null ? " role=" + role : "");
    }
}
