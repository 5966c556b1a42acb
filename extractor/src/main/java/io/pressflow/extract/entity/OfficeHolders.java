package io.pressflow.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who held which office when: resolves role descriptions such as "the U.S. president" or "the
 * Turkish leader" at a statement's date. A small curated table (offices.tsv) of the most quoted
 * offices; anything outside it resolves to nothing rather than to a guess.
 */
public final class OfficeHolders {
    private static final OfficeHolders STANDARD = load();

    private final Map<String, List<OfficeHolder>> terms;
    /** jurisdiction -> the office "the X leader" means there */
    private final Map<String, String> leaders;
    /** surname key -> terms of holders with that surname */
    private final Map<String, List<OfficeHolder>> bySurname;

    private OfficeHolders(Map<String, List<OfficeHolder>> terms, Map<String, String> leaders) {
        this.terms = terms;
        this.leaders = leaders;
        this.bySurname = new HashMap<>();
        for (List<OfficeHolder> list : terms.values()) {
            for (OfficeHolder h : list) {
                String[] w = Names.words(h.name());
                bySurname.computeIfAbsent(Names.surnameKey(w[w.length - 1]), k -> new ArrayList<>()).add(h);
            }
        }
    }

    /**
     * The holder of the office a description names, on a date: "the U.S. president",
     * "Turkish leader", "Russia's foreign minister", "UN Secretary-General". Empty when the
     * description names no known office or the date is null.
     */
    public static Optional<OfficeHolder> lookup(String roleDescription, LocalDate date) {
        if (roleDescription == null || date == null) {
            return Optional.empty();
        }
        Role role = parse(roleDescription);
        return role == null ? Optional.empty() : holder(role.jurisdiction(), role.office(), date);
    }

    /** The holder of {@code office} in {@code jurisdiction} on {@code date}. */
    public static Optional<OfficeHolder> holder(String jurisdiction, String office, LocalDate date) {
        if (jurisdiction == null || office == null || date == null) {
            return Optional.empty();
        }
        for (OfficeHolder h : terms(jurisdiction, office)) {
            if (h.heldOn(date)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** All recorded terms of an office, oldest first; "leader" means the country's leading office. */
    public static List<OfficeHolder> terms(String jurisdiction, String office) {
        String o = "leader".equals(office) ? STANDARD.leaders.get(jurisdiction) : office;
        return o == null ? List.of() : STANDARD.terms.getOrDefault(jurisdiction + "\t" + o, List.of());
    }

    /** Terms of holders whose surname is {@code surname} (diacritics and case ignored). */
    public static List<OfficeHolder> withSurname(String surname) {
        return STANDARD.bySurname.getOrDefault(Names.surnameKey(surname), List.of());
    }

    /** A parsed role description. */
    record Role(String jurisdiction, String office) {}

    /** Reads the jurisdiction and office out of a description; null when either is missing. */
    static Role parse(String description) {
        Lexicon lexicon = Lexicon.standard();
        Tokens t = Tokens.of(description, 0);
        String jurisdiction = null;
        try {
            for (int i = 0; i < t.size && jurisdiction == null; i++) {
                if (t.word(i)) {
                    jurisdiction = jurisdiction(lexicon.match(t, i));
                }
            }
        } finally {
            t.release();
        }
        String office = office(description.toLowerCase(Locale.ROOT));
        if ("pope".equals(office)) {
            jurisdiction = "VA";
        }
        return jurisdiction == null || office == null ? null : new Role(jurisdiction, office);
    }

    static String jurisdiction(Lexicon.Phrase p) {
        if (p == null) {
            return null;
        }
        return switch (p.kind()) {
            case COUNTRY, DEMONYM, CAPITAL, DC -> p.code();
            case ORG -> switch (p.name()) {
                case "United Nations", "UN Security Council", "UN General Assembly" -> "UN";
                case "NATO" -> "NATO";
                case "European Union", "European Commission" -> "EU";
                case "Vatican" -> "VA";
                default -> null;
            };
            default -> null;
        };
    }

    /** The office key a lower-case role phrase names, or null. */
    static String office(String role) {
        String r = role.replace('-', ' ').replace('\u2011', ' ');
        if (r.contains("vice president")) {
            return "vice president";
        }
        if (r.contains("prime minister") || r.contains("premier") || (" " + r + " ").contains(" pm ")) {
            return "prime minister";
        }
        if (r.contains("secretary of state") || r.contains("foreign minister") || r.contains("top diplomat")) {
            return "foreign minister";
        }
        if (r.contains("secretary general")) {
            return "secretary-general";
        }
        if (r.contains("supreme leader")) {
            return "supreme leader";
        }
        if (r.contains("crown prince")) {
            return "crown prince";
        }
        if (r.contains("president")) {
            return "president";
        }
        if (r.contains("chancellor")) {
            return "chancellor";
        }
        if (r.contains("pope") || r.contains("pontiff")) {
            return "pope";
        }
        if (r.contains("king")) {
            return "king";
        }
        if (r.contains("leader") || r.contains("head of state") || r.contains("head of government")) {
            return "leader";
        }
        return null;
    }

    private static OfficeHolders load() {
        Map<String, List<OfficeHolder>> terms = new HashMap<>();
        Map<String, String> leaders = new HashMap<>();
        InputStream in = OfficeHolders.class.getResourceAsStream("offices.tsv");
        if (in == null) {
            throw new IllegalStateException("missing entity resource offices.tsv");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if ("leader".equals(f[1])) {
                    leaders.put(f[0], f[2]);
                    continue;
                }
                LocalDate to = f[5].isEmpty() ? null : LocalDate.parse(f[5]);
                terms.computeIfAbsent(f[0] + "\t" + f[1], k -> new ArrayList<>())
                        .add(new OfficeHolder(f[3], f[0], f[1], f[2], LocalDate.parse(f[4]), to));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OfficeHolders(terms, leaders);
    }
}
