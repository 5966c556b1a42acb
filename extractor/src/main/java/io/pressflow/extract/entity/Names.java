package io.pressflow.extract.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Comparison keys for names: "Erdoğan", "Erdogan" and "ERDOGAN" share one. */
final class Names {
    private Names() {}

    static String key(String name) {
        boolean ascii = true;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7f) {
                ascii = false;
                break;
            }
        }
        String s = name;
        if (!ascii) {
            s = Normalizer.normalize(name, Normalizer.Form.NFD);
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK) {
                    continue;
                }
                b.append(c == 'ı' ? 'i' : c == '’' ? '\'' : c);
            }
            s = b.toString();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** The key of a surname without an Arabic article: "al-Assad" and "Assad" match. */
    static String surnameKey(String word) {
        String k = key(word);
        if (k.length() > 3 && (k.startsWith("al-") || k.startsWith("el-"))) {
            return k.substring(3);
        }
        return k;
    }

    /** words of a name, split on blanks */
    static String[] words(String name) {
        java.util.List<String> out = new java.util.ArrayList<>(4);
        int n = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(name.substring(start, i));
            }
        }
        return out.isEmpty() ? new String[] {name} : out.toArray(new String[0]);
    }

    /** {@code words(name).length} without building the words */
    static int wordCount(String name) {
        int n = name.length();
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            boolean blank = Character.isWhitespace(name.charAt(i));
            if (!blank && !inWord) {
                count++;
            }
            inWord = !blank;
        }
        return Math.max(1, count);
    }

    /** the text with every run of blanks (line breaks too) made one space */
    static String clean(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = !Character.isWhitespace(c) || c == ' ' && (i == 0 || text.charAt(i - 1) != ' ');
        }
        if (plain) {
            return text.trim();
        }
        return String.join(" ", words(text));
    }
}
