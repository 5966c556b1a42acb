package io.pressflow.extract.entity;

import io.pressflow.extract.entity.Candidate.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Second pass: the document's entity table. Merges candidate mentions into entities (surnames into
 * full names, capitals and demonyms into countries, role descriptions into office holders) and
 * drops what has no support (headline-only names, words that are nobody).
 */
final class EntityResolver {
    private final Lexicon lexicon;
    private final LocalDate date;

    private final Map<String, Builder> countries = new LinkedHashMap<>();
    private final Map<String, Builder> places = new LinkedHashMap<>();
    private final Map<String, Builder> orgs = new LinkedHashMap<>();
    private final List<Person> persons = new ArrayList<>();
    /** PERSON candidates by first token, for appositives after role descriptions */
    private final Map<Integer, Person> personAtToken = new HashMap<>();
    /** unknown all-capital words: an organisation only when used twice ("NYPD"), not once ("PTSD") */
    private final Map<String, List<Candidate>> acronyms = new LinkedHashMap<>();
    /** single words left for the last pass */
    private final List<Candidate> deferred = new ArrayList<>();
    private boolean cityPass;

    EntityResolver(Lexicon lexicon, LocalDate date) {
        this.lexicon = lexicon;
        this.date = date;
    }

    /** An entity under construction. */
    static class Builder {
        final EntityType type;
        String name;
        String code;
        String role;
        String affiliation;
        final List<Mention> mentions = new ArrayList<>();
        boolean inBody;
        boolean known;

        Builder(EntityType type, String name, String code) {
            this.type = type;
            this.name = name;
            this.code = code;
        }

        void add(Candidate c) {
            mentions.add(new Mention(c.start, c.end, c.text));
            inBody |= !c.headline;
        }
    }

    /** A written name cut once into its comparison keys. */
    record NameForm(String text, String surname, String[] given, int words) {
        static NameForm of(String text) {
            String[] w = Names.words(text);
            String[] given = new String[w.length - 1];
            for (int i = 0; i < given.length; i++) {
                given[i] = Names.key(w[i]);
            }
            return new NameForm(text, Names.surnameKey(w[w.length - 1]), given, w.length);
        }
    }

    /** A person under construction: every written form, keyed by surname and given names. */
    static final class Person extends Builder {
        final String surname;
        final Set<String> given = new HashSet<>();
        final List<String> forms = new ArrayList<>();
        /** forms seen at least once away from a sentence start */
        final Set<String> midSentence = new HashSet<>();
        String tableName;

        Person(NameForm form) {
            super(EntityType.PERSON, form.text(), null);
            surname = form.surname();
            given.addAll(List.of(form.given()));
            forms.add(form.text());
        }

        boolean compatible(NameForm f) {
            if (!f.surname().equals(surname)) {
                return false;
            }
            String[] g = f.given();
            if (g.length == 0 || given.isEmpty()) {
                return true;
            }
            boolean all = true;
            for (String x : g) {
                all &= given.contains(x);
            }
            if (all || List.of(g).containsAll(given)) {
                return true;
            }
            // "Joseph R. Biden" and "Joe Biden": same surname, same initial
            String first = g[0];
            for (String gn : given) {
                if (!gn.isEmpty() && !first.isEmpty() && gn.charAt(0) == first.charAt(0)) {
                    return true;
                }
            }
            return false;
        }

        void addForm(NameForm form) {
            forms.add(form.text());
            given.addAll(List.of(form.given()));
        }

        String canonical() {
            String best = null;
            int bestWords = 0;
            List<String> all = new ArrayList<>(forms);
            if (tableName != null) {
                all.add(tableName);
            }
            for (String f : all) {
                int n = Names.wordCount(f);
                if (best == null || n > bestWords || n == bestWords && f.length() > best.length()) {
                    best = f;
                    bestWords = n;
                }
            }
            // a longer form only ever seen at a sentence start ("Hold Melania Trump to ...") loses
            // to a shorter one seen elsewhere
            if (!midSentence.contains(best)) {
                for (String f : all) {
                    if (f.length() < best.length() && best.endsWith(" " + f) && midSentence.contains(f)) {
                        best = f;
                        break;
                    }
                }
            }
            // a rare longer form that only adds a word in front ("Crooked Hillary Clinton") loses
            // to the form the text keeps using ("Hillary Clinton")
            boolean changed = true;
            while (changed) {
                changed = false;
                int bestCount = count(best);
                for (String f : all) {
                    if (f.length() < best.length() && best.endsWith(" " + f) && Names.wordCount(f) >= 2
                            && count(f) >= 3 * bestCount) {
                        best = f;
                        changed = true;
                        break;
                    }
                }
            }
            return best;
        }

        private int count(String form) {
            int n = 0;
            for (String f : forms) {
                if (f.equals(form)) {
                    n++;
                }
            }
            return Math.max(n, form.equals(tableName) ? 1 : 0);
        }
    }

    List<Entity> resolve(List<Candidate> candidates) {
        List<Candidate> fullNames = new ArrayList<>();
        List<Candidate> later = new ArrayList<>();
        for (Candidate c : candidates) {
            switch (c.type) {
                case COUNTRY -> country(c.code).add(c);
                case DC -> {
                    if (c.locative) {
                        place(c.name, c.code).add(c);
                    } else {
                        country(c.code).add(c); // "Washington, D.C. said": the U.S. government
                    }
                }
                case PLACE -> place(c.name, c.code).add(c);
                case ORG -> org(c.name, c.known).add(c);
                case PERSON -> {
                    if (!asPlace(c)) {
                        if (form(c).words() >= 2) {
                            fullNames.add(c);
                        } else {
                            later.add(c);
                        }
                    }
                }
                default -> later.add(c);
            }
        }
        // fullest forms first, so that shorter ones find the person they belong to
        fullNames.sort(Comparator.comparingInt((Candidate c) -> -form(c).words()));
        for (Candidate c : fullNames) {
            if (!c.headline) {
                addPerson(c, form(c));
            }
        }
        for (Candidate c : fullNames) {
            if (c.headline) {
                headlinePerson(c);
            }
        }
        for (Candidate c : later) {
            if (c.type == Type.PERSON) {
                titledSingle(c);
            }
        }
        for (Candidate c : later) {
            switch (c.type) {
                case ROLE -> role(c);
                case SINGLE -> single(c);
                case CHUNK -> asPlace(c);
                case ORG_REFERENCE -> orgReference(c);
                default -> { }
            }
        }
        // one-word cities need the countries of the whole text, so they come last
        cityPass = true;
        for (Candidate c : deferred) {
            if (!asPlace(c) && acronym(clean(c.text))) {
                acronyms.computeIfAbsent(clean(c.text), k -> new ArrayList<>()).add(c);
            }
        }
        return build();
    }

    private final Map<String, NameForm> holderForms = new HashMap<>();

    private NameForm form(Candidate c) {
        if (c.form == null) {
            c.form = NameForm.of(clean(c.text)); // kept on the candidate: no identity map to probe
        }
        return c.form;
    }

    private NameForm form(OfficeHolder h) {
        return holderForms.computeIfAbsent(h.name(), NameForm::of);
    }

    private static String clean(String text) {
        return Names.clean(text);
    }

    // ---- builders -------------------------------------------------------------------------

    private Builder country(String code) {
        return countries.computeIfAbsent(code, k -> {
            String name = lexicon.countryName(k);
            return new Builder(EntityType.COUNTRY, name == null ? k : name, k);
        });
    }

    private final Set<String> placeCodes = new HashSet<>();
    private final Map<String, List<Builder>> orgsByHead = new HashMap<>();

    private Builder place(String name, String code) {
        if (code != null) {
            placeCodes.add(code);
        }
        Builder b = places.computeIfAbsent(Names.key(name), k -> new Builder(EntityType.PLACE, name, code));
        b.known = true;
        return b;
    }

    private Builder org(String name, boolean known) {
        Builder b = orgs.computeIfAbsent(Names.key(clean(name)), k -> {
            Builder o = new Builder(EntityType.ORGANISATION, clean(name), null);
            String[] w = Names.words(o.name);
            if (w.length > 1) {
                orgsByHead.computeIfAbsent(Names.key(w[w.length - 1]), h -> new ArrayList<>()).add(o);
            }
            return o;
        });
        b.known |= known;
        return b;
    }

    /** indexes that keep the merge linear in long texts: surname and given-name keys to people */
    private final Map<String, List<Person>> bySurname = new HashMap<>();
    private final Map<String, List<Person>> byGiven = new HashMap<>();

    private Person newPerson(NameForm form) {
        Person p = new Person(form);
        persons.add(p);
        bySurname.computeIfAbsent(p.surname, k -> new ArrayList<>()).add(p);
        for (String g : p.given) {
            byGiven.computeIfAbsent(g, k -> new ArrayList<>()).add(p);
        }
        return p;
    }

    private void addForm(Person p, NameForm form) {
        for (String g : form.given()) {
            if (!p.given.contains(g)) {
                byGiven.computeIfAbsent(g, k -> new ArrayList<>()).add(p);
            }
        }
        p.addForm(form);
    }

    private Person compatible(NameForm form) {
        for (Person p : bySurname.getOrDefault(form.surname(), List.of())) {
            if (p.compatible(form)) {
                return p;
            }
        }
        return null;
    }

    private Person addPerson(Candidate c, NameForm form) {
        Person match = compatible(form);
        if (match == null) {
            match = newPerson(form);
        } else {
            addForm(match, form);
        }
        if (!c.sentenceInitial) {
            match.midSentence.add(form.text());
        }
        personRole(match, c);
        match.add(c);
        personAtToken.put(c.firstToken, match);
        return match;
    }

    /** A headline name counts as a mention of a person the body names, but gives no name form. */
    private void headlinePerson(Candidate c) {
        NameForm form = form(c);
        Person p = compatible(form);
        if (p != null) {
            p.add(c);
            return;
        }
        addPerson(c, form); // kept only if the body mentions it too
    }

    private void personRole(Person p, Candidate c) {
        if (p.role == null && c.role != null) {
            p.role = c.role;
        }
        if (p.affiliation == null && c.roleCode != null) {
            p.affiliation = jurisdictionName(c.roleCode);
        }
        if (p.affiliation == null && c.roleOrg != null) {
            p.affiliation = c.roleOrg;
        }
    }

    private String jurisdictionName(String code) {
        return switch (code) {
            case "UN" -> "United Nations";
            case "NATO" -> "NATO";
            case "EU" -> "European Union";
            default -> {
                String n = lexicon.countryName(code);
                yield n == null ? code : n;
            }
        };
    }

    /** The person a single word names: by surname, else by a given name only one person has. */
    private Person bySingleName(String word) {
        String key = Names.surnameKey(word);
        String givenKey = Names.key(word);
        Person best = null;
        for (Person p : bySurname.getOrDefault(key, List.of())) {
            if (best == null || p.mentions.size() > best.mentions.size()) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        List<Person> given = byGiven.getOrDefault(givenKey, List.of());
        return given.size() == 1 ? given.get(0) : null;
    }

    /** A known office holder with this surname, preferring one in office at the date. */
    private OfficeHolder holderBySurname(String word) {
        OfficeHolder best = null;
        for (OfficeHolder h : OfficeHolders.withSurname(word)) {
            if (date != null && h.heldOn(date)) {
                return h;
            }
            if (best == null || h.from().isAfter(best.from())) {
                best = h;
            }
        }
        return best;
    }

    /**
     * "President Obama" when the text also names Michelle Obama: a title that matches a known
     * office of someone with that surname decides who it is.
     */
    private OfficeHolder officeHolderForTitle(String surname, String title) {
        String office = title == null ? null : OfficeHolders.office(title.toLowerCase(Locale.ROOT));
        if (office == null) {
            return null;
        }
        OfficeHolder best = null;
        for (OfficeHolder h : OfficeHolders.withSurname(surname)) {
            if (h.office().equals(office) && (date == null || h.heldOn(date) || best == null)) {
                best = h;
                if (date != null && h.heldOn(date)) {
                    break;
                }
            }
        }
        return best;
    }

    private Person personFor(OfficeHolder h) {
        NameForm f = form(h);
        Person p = compatible(f);
        if (p != null) {
            return p;
        }
        p = newPerson(f);
        p.tableName = h.name();
        return p;
    }

    private void titledSingle(Candidate c) {
        String word = clean(c.text);
        OfficeHolder holder = officeHolderForTitle(word, c.role);
        Person p = holder != null ? personFor(holder) : bySingleName(word);
        if (p == null) {
            OfficeHolder h = holderBySurname(word);
            p = h != null ? personFor(h) : null;
        }
        if (p == null) {
            p = newPerson(form(c));
        }
        personRole(p, c);
        p.add(c);
        personAtToken.put(c.firstToken, p);
    }

    private void role(Candidate c) {
        Person p = c.appositiveToken >= 0 ? personAtToken.get(c.appositiveToken) : null;
        OfficeHolder holder = null;
        if (p == null) {
            holder = date != null ? OfficeHolders.holder(c.code, c.role, date).orElse(null) : namedHolder(c);
            if (holder == null) {
                return;
            }
            p = personFor(holder);
        }
        if (p.role == null) {
            p.role = holder != null ? holder.title() : titleCase(c.role);
        }
        if (p.affiliation == null) {
            p.affiliation = jurisdictionName(c.code);
        }
        p.add(c);
    }

    /** Without a date, a role resolves only to a holder the text names itself. */
    private OfficeHolder namedHolder(Candidate c) {
        OfficeHolder found = null;
        for (OfficeHolder h : OfficeHolders.terms(c.code, c.role)) {
            if (compatible(form(h)) != null) {
                if (found != null && !found.name().equals(h.name())) {
                    return null;
                }
                found = h;
            }
        }
        return found;
    }

    private static String titleCase(String office) {
        return office.isEmpty() ? office : Character.toUpperCase(office.charAt(0)) + office.substring(1);
    }

    private void single(Candidate c) {
        String word = clean(c.text);
        if (word.length() == 1) {
            if (c.afterOn && word.equals("X")) {
                org("X", true).add(c); // the social network: "a statement on X"
            }
            return;
        }
        Person p = bySingleName(word);
        if (p != null) {
            p.add(c);
            return;
        }
        OfficeHolder h = c.sentenceInitial || c.common ? null : holderBySurname(word);
        if (h != null) {
            personFor(h).add(c);
            return;
        }
        if (!asPlace(c)) {
            deferred.add(c);
        }
    }

    private static boolean acronym(String word) {
        int n = word.length();
        if (n < 2 || n > 6) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = word.charAt(i);
            if (!(Character.isUpperCase(ch) || i > 0 && Character.isDigit(ch))) {
                return false;
            }
        }
        return true;
    }

    /** A name that is a region, or a city where the context says place. */
    private boolean asPlace(Candidate c) {
        if (c.common) {
            return false; // "Eastern" is a Fijian division, but here an adjective
        }
        String name = clean(c.text);
        String region = name.length() >= 5 ? lexicon.region(name) : null;
        if (region != null && (c.type != Type.SINGLE || !c.sentenceInitial || c.locative)) {
            place(name, region.split(",")[0]).add(c);
            return true;
        }
        if (c.type == Type.PERSON && c.known) {
            return false; // titled: a person
        }
        String city = c.locative || c.followingPlaceCode != null ? lexicon.city(name) : null;
        if (city != null && c.type == Type.SINGLE && c.followingPlaceCode == null && (!cityPass || !namesCountryOf(city))) {
            city = null; // one word after "in" is a place only in a country the text is about
        }
        if (city != null) {
            String code = city.split(",")[0];
            if (c.followingPlaceCode != null && city.contains(c.followingPlaceCode)) {
                code = c.followingPlaceCode;
            } else {
                for (String other : city.split(",")) {
                    if (countries.containsKey(other)) {
                        code = other; // "Flint" in a text about the United States
                        break;
                    }
                }
            }
            place(name, code).add(c);
            return true;
        }
        return false;
    }

    private boolean namesCountryOf(String codes) {
        for (String code : codes.split(",")) {
            if (countries.containsKey(code) || placeCodes.contains(code)) {
                return true;
            }
        }
        return false;
    }

    private void orgReference(Candidate c) {
        List<Builder> candidates = orgsByHead.getOrDefault(Names.key(c.text), List.of());
        if (candidates.size() == 1) {
            candidates.get(0).add(c);
        }
    }

    // ---- output ---------------------------------------------------------------------------

    private List<Entity> build() {
        acronyms.forEach((word, uses) -> {
            if (uses.size() >= 2) {
                Builder b = org(word, false);
                uses.forEach(b::add);
            }
        });
        Set<String> otherNames = new HashSet<>();
        for (Builder b : orgs.values()) {
            otherNames.add(Names.key(b.name));
        }
        for (Builder b : countries.values()) {
            otherNames.add(Names.key(b.name));
        }
        for (Builder b : places.values()) {
            otherNames.add(Names.key(b.name));
        }
        List<Builder> all = new ArrayList<>();
        all.addAll(countries.values());
        all.addAll(places.values());
        for (Builder o : orgs.values()) {
            // a name only a headline gives is too weak; an organisation cue in the body is not
            if (o.inBody || o.known) {
                all.add(o);
            }
        }
        for (Person p : persons) {
            p.name = p.canonical();
            if (p.inBody && !otherNames.contains(Names.key(p.name)) && !compoundWord(p)) {
                tableRole(p);
                all.add(p);
            }
        }
        List<Entity> out = new ArrayList<>(all.size());
        for (Builder b : all) {
            if (b.mentions.isEmpty()) {
                continue;
            }
            if (!inTextOrder(b.mentions)) {
                b.mentions.sort(BY_POSITION);
            }
            List<Mention> unique = new ArrayList<>(b.mentions.size());
            for (Mention m : b.mentions) {
                Mention last = unique.isEmpty() ? null : unique.get(unique.size() - 1);
                if (last == null || last.start() != m.start() || last.end() != m.end()) {
                    unique.add(m);
                }
            }
            out.add(new Entity(b.name, b.type, b.code, b.role, b.affiliation, unique));
        }
        return mostMentionedFirst(out);
    }

    private static final Comparator<Mention> BY_POSITION = (a, b) -> a.start() != b.start()
            ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end());

    /** most mentions are added in text order: a linear check saves the sort */
    private static boolean inTextOrder(List<Mention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            if (BY_POSITION.compare(mentions.get(i - 1), mentions.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** An entity with its sort key (more mentions first, then earlier first mention) computed once. */
    private record Ranked(long key, Entity entity) {
        static Ranked of(Entity e) {
            return new Ranked((long) -e.count() << 32 | e.mentions().get(0).start(), e);
        }
    }

    private static final Comparator<Ranked> BY_KEY = (a, b) -> Long.compare(a.key(), b.key());

    /**
     * Most mentioned first, ties by first mention, else kept in order (a stable sort). The key is
     * packed into one long so the sort compares primitives, not two lambdas per comparison.
     */
    private static List<Entity> mostMentionedFirst(List<Entity> entities) {
        Ranked[] ranked = new Ranked[entities.size()];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = Ranked.of(entities.get(i));
        }
        Arrays.sort(ranked, BY_KEY);
        for (int i = 0; i < ranked.length; i++) {
            entities.set(i, ranked[i].entity());
        }
        return entities;
    }

    /** "Wal-Mart", "Half-Life", "ISPs": one hyphenated or plural-capitals word is no person's name */
    private static boolean compoundWord(Person p) {
        if (p.tableName != null || p.name.indexOf(' ') >= 0) {
            return false;
        }
        int hyphen = p.name.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < p.name.length() && Character.isUpperCase(p.name.charAt(hyphen + 1))) {
            return true;
        }
        int n = p.name.length();
        return n > 2 && p.name.charAt(n - 1) == 's' && Character.isUpperCase(p.name.charAt(n - 2));
    }

    /** Fills a person's missing role or affiliation from the office table at the statement's date. */
    private void tableRole(Person p) {
        if (date == null || p.role != null && p.affiliation != null) {
            return;
        }
        String office = null; // parsed from the role only when a holder with the surname needs it
        for (OfficeHolder h : OfficeHolders.withSurname(p.surname)) {
            if (office == null && p.role != null) {
                office = OfficeHolders.office(p.role.toLowerCase(Locale.ROOT));
            }
            if (h.heldOn(date) && p.compatible(form(h)) && (office == null || office.equals(h.office()))) {
                if (p.role == null) {
                    p.role = h.title();
                }
                if (p.affiliation == null) {
                    p.affiliation = jurisdictionName(h.jurisdiction());
                }
                return;
            }
        }
    }
}
