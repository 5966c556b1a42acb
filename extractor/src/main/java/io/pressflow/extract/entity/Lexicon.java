package io.pressflow.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The gazetteer and word lists behind entity extraction, loaded once per process from the
 * resources next to this class (see ATTRIBUTION.md for their sources). Immutable after loading.
 */
final class Lexicon {

    /** What a gazetteer phrase denotes. */
    enum Kind {
        /** a name of a country */
        COUNTRY,
        /** an adjective or people of a country */
        DEMONYM,
        /** a seat of government that stands for its state */
        CAPITAL,
        /** a city, always a place */
        CITY,
        /** a region or territory */
        PLACE,
        /** an organisation */
        ORG,
        /** Washington, D.C.: place or U.S. government by context */
        DC
    }

    /** One gazetteer entry; {@code words} are its tokens as the tokenizer cuts them. */
    record Phrase(Kind kind, String[] words, String code, String name) {
        int length() {
            return words.length;
        }
    }

    /** word classes of words.txt, as bits */
    static final int BREAK = 1 << 0;
    static final int COMMON = 1 << 1;
    static final int HONORIFIC = 1 << 2;
    static final int TITLE = 1 << 3;
    static final int TITLEMOD = 1 << 4;
    static final int ORGCUE = 1 << 5;
    static final int PARTICLE = 1 << 6;
    static final int CONNECTOR = 1 << 7;
    static final int LOCATIVE = 1 << 8;
    static final int ROLE = 1 << 9;
    static final int PLACEHEAD = 1 << 10;
    static final int THINGHEAD = 1 << 11;
    private static final Map<String, Integer> CLASS_BITS = Map.ofEntries(
            Map.entry("break", BREAK),
            Map.entry("common", COMMON),
            Map.entry("honorific", HONORIFIC),
            Map.entry("title", TITLE),
            Map.entry("titlemod", TITLEMOD),
            Map.entry("orgcue", ORGCUE),
            Map.entry("particle", PARTICLE),
            Map.entry("connector", CONNECTOR),
            Map.entry("locative", LOCATIVE),
            Map.entry("role", ROLE),
            Map.entry("placehead", PLACEHEAD),
            Map.entry("thinghead", THINGHEAD));

    private static volatile Lexicon standard;

    static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = standard;
                if (l == null) {
                    l = load();
                    standard = l;
                }
            }
        }
        return l;
    }

    private final LongMap<Phrase[]> phrases = new LongMap<>();
    /** single-word places and countries by lower-case hash, for all-caps datelines ("WASHINGTON") */
    private final LongMap<Phrase[]> upperCasePhrases = new LongMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> regions = new HashMap<>();
    /** one-word country names, demonyms and capitals, lower-cased, to their country's code */
    private final Map<String, String> countryByWord = new HashMap<>();
    private final LongMap<Integer> classBits = new LongMap<>();
    private Cities cities;

    private Lexicon() {}

    private static Lexicon load() {
        Lexicon l = new Lexicon();
        l.loadWords();
        Map<String, Phrase> entries = new LinkedHashMap<>();
        l.loadCountries(entries);
        l.loadDemonyms(entries);
        l.loadOverlay(entries);
        l.index(entries);
        l.loadRegions();
        l.cities = Cities.load(open("cities.tsv.gz"));
        return l;
    }

    // ---- lookups --------------------------------------------------------------------------

    String countryName(String code) {
        return countryNames.get(code);
    }

    /** the word-class bits of a lower-case word hash (0 when it is in no class) */
    int classes(long lowerHash) {
        Integer bits = classBits.get(lowerHash);
        return bits == null ? 0 : bits;
    }

    /** The country a lower-case word names, as a country, its people or its capital ("nigerian" -> NG), or null. */
    String countryOfWord(String lower) {
        return countryByWord.get(lower);
    }

    /** Country codes of a first-level division ("Ohio" -> US), or null. */
    String region(String name) {
        return regions.get(name);
    }

    /** Country codes of a city name, most likely first, or null. */
    String city(String name) {
        return cities.codes(name);
    }

    /** The longest gazetteer phrase that starts at token {@code i}, or null. */
    Phrase match(Tokens t, int i) {
        Phrase[] candidates = phrases.get(t.exact[i]);
        Phrase best = best(t, i, candidates);
        if (best == null && t.is(i, Tokens.ALL_CAPS) && t.end[i] - t.start[i] >= 4) {
            best = best(t, i, upperCasePhrases.get(t.lower[i]));
        }
        return best;
    }

    private static Phrase best(Tokens t, int i, Phrase[] candidates) {
        if (candidates == null) {
            return null;
        }
        // candidates are sorted longest first
        for (Phrase p : candidates) {
            if (matches(t, i, p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean matches(Tokens t, int i, Phrase p) {
        String[] w = p.words();
        if (i + w.length > t.size) {
            return false;
        }
        if (w.length == 1) {
            return true; // the hash probe found it; a 64-bit collision between names is not a concern
        }
        for (int k = 0; k < w.length; k++) {
            if (!t.sameText(i + k, w[k])) {
                return false;
            }
        }
        return true;
    }

    // ---- loading --------------------------------------------------------------------------

    private static InputStream open(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing entity resource " + name);
        }
        return in;
    }

    private static void lines(String resource, Consumer<String[]> row) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadWords() {
        String[] section = {""};
        lines("words.txt", row -> {
            String line = row[0].trim();
            if (line.startsWith("[") && line.endsWith("]")) {
                section[0] = line.substring(1, line.length() - 1);
                return;
            }
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    long h = Tokens.hashLower(w);
                    Integer bit = CLASS_BITS.get(section[0]);
                    if (bit == null) {
                        throw new IllegalStateException("words.txt: word outside a known [section]: " + w);
                    }
                    Integer old = classBits.get(h);
                    classBits.put(h, (old == null ? 0 : old) | bit);
                }
            }
        });
    }

    private static void put(Map<String, Phrase> entries, Kind kind, String phrase, String code, String name) {
        if (phrase.isBlank()) {
            return;
        }
        Tokens t = Tokens.of(phrase, 0);
        String[] words = new String[t.size];
        for (int i = 0; i < t.size; i++) {
            words[i] = t.text(i);
        }
        t.release();
        entries.put(String.join("\u0001", words), new Phrase(kind, words, code, name));
    }

    private void loadCountries(Map<String, Phrase> entries) {
        List<String[]> rows = new ArrayList<>();
        lines("countries.tsv", rows::add);
        // territories first, so that a sovereign state sharing a name overwrites them
        rows.sort((a, b) -> a[2].compareTo(b[2]));
        for (String[] r : rows) {
            String code = r[0];
            countryNames.put(code, r[1]);
            Kind kind = "1".equals(r[2]) ? Kind.COUNTRY : Kind.PLACE;
            put(entries, kind, r[1], code, r[1]);
            if (r.length > 4 && !r[4].isEmpty()) {
                for (String alias : r[4].split("\\|")) {
                    put(entries, kind, alias, code, r[1]);
                }
            }
        }
    }

    private void loadDemonyms(Map<String, Phrase> entries) {
        lines("demonyms.tsv", r -> put(entries, Kind.DEMONYM, r[0], r[1], null));
    }

    private void loadOverlay(Map<String, Phrase> entries) {
        lines("overlay.tsv", r -> {
            String kind = r[0];
            String phrase = r[1];
            String code = r.length > 2 && !r[2].equals("-") && !r[2].isEmpty() ? r[2] : null;
            String name = r.length > 3 && !r[3].isEmpty() ? r[3] : null;
            switch (kind) {
                case "name" -> countryNames.put(code, phrase);
                case "country" -> put(entries, Kind.COUNTRY, phrase, code, null);
                case "demonym" -> put(entries, Kind.DEMONYM, phrase, code, null);
                case "capital" -> put(entries, Kind.CAPITAL, phrase, code, phrase);
                case "city" -> put(entries, Kind.CITY, phrase, code, name == null ? phrase : name);
                case "place" -> put(entries, Kind.PLACE, phrase, code, name == null ? phrase : name);
                case "org" -> put(entries, Kind.ORG, phrase, null, name == null ? phrase : name);
                case "dc" -> put(entries, Kind.DC, phrase, code, name);
                default -> throw new IllegalStateException("overlay.tsv: unknown kind " + kind);
            }
        });
    }

    private void index(Map<String, Phrase> entries) {
        for (Phrase p : entries.values()) {
            boolean national = p.kind() == Kind.COUNTRY || p.kind() == Kind.DEMONYM || p.kind() == Kind.CAPITAL;
            if (national && p.length() == 1 && p.code() != null) {
                countryByWord.putIfAbsent(p.words()[0].toLowerCase(java.util.Locale.ROOT), p.code());
            }
        }
        Map<Long, List<Phrase>> byFirst = new HashMap<>();
        Map<Long, List<Phrase>> byLower = new HashMap<>();
        for (Phrase p : entries.values()) {
            byFirst.computeIfAbsent(Tokens.hashExact(p.words()[0]), k -> new ArrayList<>()).add(p);
            if (p.length() == 1 && p.words()[0].length() >= 4 && p.kind() != Kind.ORG && p.kind() != Kind.DEMONYM) {
                byLower.computeIfAbsent(Tokens.hashLower(p.words()[0]), k -> new ArrayList<>()).add(p);
            }
        }
        byFirst.forEach((k, v) -> phrases.put(k, sortedLongestFirst(v)));
        byLower.forEach((k, v) -> upperCasePhrases.put(k, sortedLongestFirst(v)));
    }

    private static Phrase[] sortedLongestFirst(List<Phrase> list) {
        Phrase[] a = list.toArray(new Phrase[0]);
        Arrays.sort(a, (x, y) -> Integer.compare(y.length(), x.length()));
        return a;
    }

    private void loadRegions() {
        lines("regions.tsv", r -> regions.put(r[0], r[1]));
    }

    /**
     * 150,000 GeoNames city names in one sorted char block: a binary search per query keeps the
     * memory near 2 MB instead of a hash map of strings.
     */
    static final class Cities {
        private final char[] names;
        private final int[] offsets;
        private final String[] codeTable;
        private final int[] codeIndex;

        private Cities(char[] names, int[] offsets, String[] codeTable, int[] codeIndex) {
            this.names = names;
            this.offsets = offsets;
            this.codeTable = codeTable;
            this.codeIndex = codeIndex;
        }

        static Cities load(InputStream gz) {
            StringBuilder all = new StringBuilder(2_000_000);
            List<Integer> offs = new ArrayList<>(160_000);
            Map<String, Integer> codes = new HashMap<>();
            List<String> codeList = new ArrayList<>();
            List<Integer> idx = new ArrayList<>(160_000);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
                String line;
                String previous = null;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    String name = line.substring(0, tab);
                    if (previous != null && previous.compareTo(name) >= 0) {
                        throw new IllegalStateException("cities.tsv.gz is not sorted at " + name);
                    }
                    previous = name;
                    offs.add(all.length());
                    all.append(name);
                    String c = line.substring(tab + 1);
                    Integer id = codes.get(c);
                    if (id == null) {
                        id = codeList.size();
                        codes.put(c, id);
                        codeList.add(c);
                    }
                    idx.add(id);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            offs.add(all.length());
            char[] chars = new char[all.length()];
            all.getChars(0, all.length(), chars, 0);
            return new Cities(chars, offs.stream().mapToInt(Integer::intValue).toArray(),
                    codeList.toArray(new String[0]), idx.stream().mapToInt(Integer::intValue).toArray());
        }

        String codes(String name) {
            int lo = 0;
            int hi = codeIndex.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compare(mid, name);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return codeTable[codeIndex[mid]];
                }
            }
            return null;
        }

        private int compare(int entry, String key) {
            int from = offsets[entry];
            int len = offsets[entry + 1] - from;
            int n = Math.min(len, key.length());
            for (int i = 0; i < n; i++) {
                int d = names[from + i] - key.charAt(i);
                if (d != 0) {
                    return d;
                }
            }
            return len - key.length();
        }
    }
}
