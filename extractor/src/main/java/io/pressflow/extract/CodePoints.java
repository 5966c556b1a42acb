package io.pressflow.extract;

/**
 * Maps Java char indexes of one text to Unicode code point indexes. Texts without characters
 * outside the Basic Multilingual Plane (nearly all news) map to themselves and cost nothing.
 */
final class CodePoints {
    private static final CodePoints IDENTITY = new CodePoints(null);

    /** for each char index, the code point index; null when they are equal */
    private final int[] charToCodePoint;

    private CodePoints(int[] charToCodePoint) {
        this.charToCodePoint = charToCodePoint;
    }

    static CodePoints of(String text) {
        int n = text.length();
        int firstSurrogate = -1;
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                firstSurrogate = i;
                break;
            }
        }
        if (firstSurrogate < 0) {
            return IDENTITY;
        }
        int[] map = new int[n + 1];
        int cp = 0;
        for (int i = 0; i < n; i++) {
            map[i] = cp;
            // the low half of a pair belongs to the same code point as its high half
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            } else {
                map[i] = cp - 1;
            }
        }
        map[n] = cp;
        return new CodePoints(map);
    }

    boolean identity() {
        return charToCodePoint == null;
    }

    int at(int charIndex) {
        return charToCodePoint == null ? charIndex : charToCodePoint[charIndex];
    }
}
