package io.pressflow.extract.entity;

/**
 * Which country one word names, for the other parts of the extractor: a country ("nigeria"), its
 * people's adjective ("nigerian") or its capital ("abuja"), from the entity gazetteer.
 */
public final class Countries {
    private Countries() {}

    /** the ISO 3166 code of the country a lower-case word names, or null */
    public static String of(String lowerWord) {
        return Lexicon.standard().countryOfWord(lowerWord);
    }
}
