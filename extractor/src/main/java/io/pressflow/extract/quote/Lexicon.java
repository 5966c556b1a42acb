package io.pressflow.extract.quote;

import io.pressflow.extract.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists attribution runs on: cue verbs and their behaviour, pronouns, titles, role nouns,
 * words that are never names. General English newsroom vocabulary only; nothing here names a story.
 */
final class Lexicon {
    private Lexicon() {}

    // cue behaviour bits
    /** verbs of saying: said, told, added, wrote */
    static final int SPEECH = 1;
    /** verbs of belief, intent, finding: thinks, plans, ruled */
    static final int STANCE = 1 << 1;
    /** takes a listener before its content: told Y that, urged Y to */
    static final int OBJECT = 1 << 2;
    /** -ing form: the speaker is the subject of the clause it hangs on */
    static final int PARTICIPLE = 1 << 3;
    /** names or labels its object: called it X, branded it as X, described X as Y */
    static final int NAMING = 1 << 4;
    /** takes "to" + verb: plans to, wants to, vowed to */
    static final int INFINITIVE = 1 << 5;
    /** base or present form: say, says (weaker evidence of reporting than the past) */
    static final int PRESENT = 1 << 6;
    /** a strong, unambiguous verb of saying, reliable even far from the quote */
    static final int STRONG = 1 << 7;
    /** the plainest verbs of saying: whatever follows them is what was said */
    static final int CORE = 1 << 9;
    /** reports a stance only when "that" (or "to", for INFINITIVE verbs that report) follows */
    static final int WEAK = 1 << 8;

    static final WordSet CUES;

    static {
        List<String> words = new ArrayList<>();
        List<Integer> bits = new ArrayList<>();
        // speech, strong
        verbs(words, bits, SPEECH | STRONG, "say:said:says:saying", "add", "tell:told:tells:telling", "note", "-:stated:-:stating",
                "write:wrote:writes:writing:written", "declare", "explain", "insist", "remark", "reply:replied:replies:replying",
                "respond", "answer", "interject", "announce", "stress", "emphasize", "emphasise", "underline", "underscore", "reiterate",
                "tweet", "post", "recall", "continue", "comment", "testify:testified:testifies:testifying", "argue:argued:argues:arguing",
                "claim", "warn", "acknowledge", "admit:admitted:admits:admitting", "concede", "confirm", "deny:denied:denies:denying",
                "assert", "contend", "maintain", "observe", "predict", "promise", "pledge", "vow", "boast", "joke",
                "quip:quipped:quips:quipping", "shout", "yell", "scream", "chant", "sing:sang:sings:singing", "exclaim", "complain", "lament",
                "report", "conclude", "allege", "counter", "retort", "suggest", "mention", "reveal", "disclose", "estimate",
                "ask", "urge", "assure", "caution", "inform", "whisper", "mutter", "wonder", "demand", "plead", "proclaim",
                "elaborate", "summarize", "summarise", "recount", "opine", "specify:specified:specifies:specifying", "clarify:clarified:clarifies:clarifying");
        // ("has written" takes its works as often as its words: "who has written biographies of two presidents")
        verbs(words, bits, CORE, "say:said:says:saying", "add", "write:wrote:writes:writing:-", "note", "-:stated:-:stating",
                "claim", "insist", "argue:argued:argues:arguing", "explain", "stress", "warn", "predict", "contend", "assert",
                "maintain", "reply:replied:replies:replying", "respond", "allege", "recall", "suggest", "concede");
        // naming and judging verbs: weaker, they often take a quoted label
        // '"...," she read': a statement read out
        verbs(words, bits, SPEECH, "-:read:reads:-");
        // "The filing states that ...": "states" reports only with its "that" (else mostly the noun)
        verbs(words, bits, SPEECH | WEAK, "-:-:states:-");
        // the verbs of official readouts, reports only with their "that": "affirmed that", not "conveyed greetings"
        verbs(words, bits, SPEECH | WEAK, "affirm", "reaffirm", "convey", "highlight");
        verbs(words, bits, SPEECH | NAMING, "call", "brand", "describe", "dub:dubbed:dubs:dubbing", "label:labeled:labels:labeling",
                "term", "hail", "praise", "condemn", "criticize", "criticise", "slam:slammed:slams:slamming", "blast",
                "denounce", "decry:decried:decries:decrying", "dismiss", "characterize", "characterise", "accuse", "attack",
                "mock", "ridicule", "deride", "tout", "laud", "applaud", "welcome", "thank", "invoke", "cite", "quote",
                "compare", "liken", "refer:referred:refers:referring");
        // stances: belief, intent, decision, finding
        verbs(words, bits, STANCE, "think:thought:thinks:thinking", "believe", "feel:felt:feels:feeling",
                "fear", "expect", "doubt", "worry:worried:worries:worrying", "suspect",
                "rule", "decide", "find:found:finds:finding", "show:showed:shows:showing:shown", "indicate", "determine",
                "agree", "disagree", "imply:implied:implies:implying", "propose", "recommend", "acknowledge", "conclude",
                "estimate", "calculate", "forecast", "anticipate", "insist");
        // stances that report only with an explicit "that": "knew that", not "knew the area"
        verbs(words, bits, STANCE | WEAK, "know:knew:knows:knowing:known", "hope", "assume", "consider", "recognize", "recognise",
                "understand:understood:understands:understanding", "see:saw:sees:seeing", "order", "require", "learn",
                "discover", "signal", "project", "maintain", "envision", "realize", "realise", "notice", "remember",
                "forget:forgot:forgets:forgetting:forgotten", "guess", "imagine", "wonder", "accept");
        verbs(words, bits, STANCE | INFINITIVE, "plan:planned:plans:planning", "want", "intend", "vow", "pledge", "promise",
                "hope", "expect", "agree", "threaten");
        verbs(words, bits, STANCE | INFINITIVE | WEAK, "aim", "seek:sought:seeks:seeking", "refuse", "decline", "offer", "wish",
                "try:tried:tries:trying", "prefer:preferred:prefers:preferring", "continue", "support", "oppose", "reject",
                "favor", "favour", "endorse", "question", "seem", "appear");
        // verbs that name a listener before the content
        verbs(words, bits, OBJECT, "tell:told:tells:telling", "urge", "ask", "assure", "inform", "warn", "remind", "advise", "convince",
                "call", "encourage", "order", "persuade", "promise", "thank", "accuse");
        String[] w = words.toArray(new String[0]);
        int[] b = new int[w.length];
        for (int i = 0; i < w.length; i++) {
            b[i] = bits.get(i);
        }
        CUES = WordSet.withValues(w, b);
    }

    /**
     * Words opening a sentence's circumstance rather than its report: "Asked whether ..., Fallon said"
     * tells when the speaker spoke, and is not what was said.
     */
    static final WordSet CIRCUMSTANCE = WordSet.of("asked", "pressed", "questioned", "speaking", "responding", "reached",
            "contacted", "interviewed", "addressing", "appearing", "campaigning", "referring", "writing", "testifying",
            "reacting", "challenged", "confronted");

    /** words linking a sentence to the one before, not part of what it reports: "But in recent days, ..." */
    static final WordSet CLAUSE_LINKS = WordSet.of("but", "and", "so", "yet", "still");

    /** prepositions: "in a statement saying" has no verb whose object the document is */
    static final WordSet PREPOSITIONS = WordSet.of("in", "on", "at", "with", "by", "from", "to", "of", "for", "into", "about",
            "after", "before", "under", "over", "through", "during", "via");

    /** an article or possessive that opens a noun phrase naming who speaks: "the family", "her family" */
    static final WordSet OPENING_DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our");

    /** spans of time that, with "this" or "last", may stand between a subject and its verb */
    static final WordSet PERIODS = WordSet.of("week", "month", "year", "weekend", "morning", "afternoon", "evening", "spring",
            "summer", "autumn", "fall", "winter", "quarter", "season", "term", "session");

    /** what a player adds: "added a third", "added another goal", "added two more" */
    static final WordSet SCORES = WordSet.of("second", "third", "fourth", "fifth", "sixth", "another", "goal", "goals", "try",
            "tries", "penalty", "point", "points", "run", "runs", "wicket", "wickets", "touchdown", "basket", "header", "two",
            "three", "four", "five", "six", "late", "brace", "hat-trick", "equaliser", "equalizer", "winner", "assist");

    /** adverbs that sit between a subject and its verb: "it now supplies", "she still says" */
    static final WordSet SENTENCE_ADVERBS = WordSet.of("now", "still", "also", "already", "often", "always", "never", "rarely",
            "usually", "sometimes", "again", "only", "even", "just");

    /** forms of "tell", whose listener comes straight after it: "..., she told reporters." */
    static final WordSet TELLING = WordSet.of("told", "tells", "tell", "telling");

    /** who is told, as a pronoun: "..., he told me." */
    static final WordSet LISTENER_PRONOUNS = WordSet.of("me", "us", "him", "her", "them", "you");

    /** prepositions opening an adjunct of the telling: "said at a meeting in Tarvik, on Monday, that ..." */
    static final WordSet ADJUNCT_OPENERS = WordSet.of("at", "in", "on", "during", "after", "before", "while", "when",
            "outside", "from", "inside", "near", "unlike", "despite");

    /** nouns for a named work or broadcast, whose title is quoted rather than said: "the show "Morning Joe"" */
    static final WordSet WORKS = WordSet.of("show", "program", "programme", "book", "film", "documentary", "song", "anthem",
            "album", "series", "episode", "column", "op-ed", "movie", "novel", "broadcast", "clip", "trailer", "podcast",
            "memoir", "play", "musical", "segment", "sitcom", "special", "miniseries", "poem", "painting", "exhibition",
            "drama", "thriller", "comedy", "production", "opera", "ballet", "novella", "story", "sequel", "franchise",
            "commentary", "essay", "editorial", "paper", "study", "article", "thesis", "dissertation");

    /** roles of someone speaking for or about another: "the source added" is not the person the report is about */
    static final WordSet GO_BETWEENS = WordSet.of("source", "official", "spokesman", "spokeswoman", "spokesperson",
            "representative", "aide", "adviser", "advisor", "analyst", "expert", "witness", "observer", "person", "insider",
            "lawyer", "attorney", "publicist", "agent", "reporter", "journalist", "correspondent", "interviewer", "friend");

    /** labels a headline may open with before a colon: the kind of story, not who speaks */
    static final WordSet SECTION_LABELS = WordSet.of("analysis", "opinion", "editorial", "commentary", "exclusive", "breaking",
            "update", "updated", "watch", "live", "video", "photos", "explainer", "explained", "review", "interview", "obituary",
            "correction", "letters", "op-ed", "factcheck", "column", "essay", "profile", "preview", "recap", "podcast");

    /** auxiliaries and modals: a clause has one of these or a tensed verb */
    static final WordSet AUX = WordSet.of("is", "was", "are", "were", "will", "would", "can", "could", "should", "must", "may",
            "might", "shall", "has", "have", "had", "does", "did", "do", "'re", "'ll", "'d", "'ve", "won't",
            "can't", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "hasn't", "haven't", "hadn't",
            "wouldn't", "couldn't", "shouldn't", "am", "be", "being", "been", "n't", "cannot", "needs", "wants", "remains",
            "seems", "appears", "gets", "got", "makes", "made", "took", "takes", "gave", "gives", "went", "goes", "came", "comes",
            "saw", "knew", "thought", "told", "said", "says", "felt", "held", "kept", "left", "lost", "won", "ran", "met",
            "paid", "put", "set", "led", "meant", "means", "brought", "bought", "built", "sent", "spent", "stood", "began",
            "begun", "became", "become", "becomes", "fell", "grew", "wrote", "spoke", "chose", "drove", "broke", "rose", "hit",
            // irregular past tenses that are no nouns: "A ferry caught fire and sank ..."
            "caught", "sank", "fought", "sought", "taught", "flew", "threw", "sold", "froze", "stole", "swore", "tore", "wore",
            "woke", "rang", "sang", "sprang", "drank", "shrank", "stuck", "struck", "dug", "hung", "swung", "fled", "sped",
            "slid", "forgot", "forgave", "hid", "swept", "slept", "wept", "crept", "dealt", "lent", "rode", "arose", "awoke",
            "withdrew", "overtook", "understood", "shook", "overcame", "undertook", "foresaw", "mistook");

    /** words before a subject that make its clause relative or a question, not a report */
    static final WordSet RELATIVE = WordSet.of("what", "whatever", "everything", "anything", "which", "how", "where", "why",
            "whom", "whose", "whenever", "wherever", "something", "nothing", "all", "as");

    /** nouns of speech acts and documents: "the statement said", "in a post" */
    static final WordSet DOCUMENTS = WordSet.of("statement", "statements", "report", "reports", "letter", "letters", "post", "posts", "tweet", "tweets",
            "release", "email", "e-mail", "memo", "survey", "poll", "study", "ruling", "order", "filing", "complaint",
            "lawsuit", "indictment", "document", "documents", "analysis", "article", "story", "editorial", "op-ed",
            "video", "ad", "advertisement", "interview", "speech", "message", "note", "notice", "transcript", "data",
            "figures", "records", "review", "audit", "audits", "investigation", "findings", "paper", "book", "blog", "website", "readout",
            "communique", "communiqué", "declaration", "announcement", "decision", "verdict", "opinion", "brief", "motion", "memoir");

    /** titles before a name; they are stripped from the speaker and kept as its role */
    static final WordSet TITLES = WordSet.of("administrator", "comptroller",
            "fr", "fr.", "cr", "cr.", // Father, and an Australian councillor: "Fr Pádraig Ó Fearghail", "Cr Ngaire Tupou-Watts"
            // honorifics of official statements: "His Excellency Mr. X", "Shri X", "Hon. X"
            "excellency", "shri", "sri", "smt", "smt.", "shrimati", "hon", "hon.", "honourable", "honorable",
            "h.e.", "h.h.", "highness", "majesty", "emir", "sultan", "sheikha", // "His Highness the Emir Sheikh X"
            "assistant", "associate", "undersecretary", "interim", // "Assistant Secretary of State Lionel Ashgrove"
            // posts written before a name like a title: "Superintendent Angela Ruiz", "Rabbi Ezra Stein"
            "superintendent", "inspector", "detective", "constable", "trooper", "corporal", "councillor", "alderman", "bishop",
            "archbishop", "cardinal", "rabbi", "imam", "magistrate", "consul", "envoy", "baroness", "baron", "warden",
            "treasurer", "auditor", "provost", "counsel", "solicitor", "barrister",
            "mr.", "mrs.", "ms.", "miss", "dr.", "dr", "mr", "mrs", "ms", "sen.", "sen",
            "senator", "rep.", "rep", "representative", "gov.", "gov", "governor", "gen.", "general", "lt.", "col.", "sgt.",
            "capt.", "adm.", "maj.", "cmdr.", "president", "vice", "prime", "minister", "secretary", "chancellor", "king",
            "queen", "prince", "princess", "sir", "dame", "lord", "lady", "judge", "justice", "mayor", "pastor", "rev.",
            "reverend", "father", "sheikh", "prof.", "professor", "ambassador", "chairman", "chairwoman", "chairperson", "chair", "speaker",
            "leader", "commissioner", "director", "attorney", "sheriff", "chief", "officer", "councilman", "councilwoman",
            "congressman", "congresswoman", "secretary-general", "attorney-general", "director-general", "governor-general",
            "solicitor-general", "inspector-general", "surgeon-general", "vice-president", "lieutenant-general", "major-general",
            "editor-in-chief", "premier", "pm", "pope", "emperor", "colonel", "lieutenant", "sergeant", "captain",
            "admiral", "commander", "marshal", "deputy", "acting", "former", "state", "del.", "assemblyman",
            "assemblywoman", "spokesman", "spokeswoman", "spokesperson", "ceo", "cfo", "coo", "founder", "executive",
            "st.", "saint", "cllr", "cllr.", "pres.", "u.s.", "us", "u.k.", "u.n.", "eu", "e.u.", "sens.", "reps.", "gop", "democratic",
            "republican", "democrat", "senate", "house", "white", "economist", "analyst", "author", "candidate", "nominee",
            "presidential", "hopeful", "activist", "host", "anchor", "reporter", "columnist", "editor", "lawyer", "comedian",
            "actor", "actress", "singer", "rapper", "coach", "manager", "campaign", "press", "top", "aide", "adviser", "advisor",
            "strategist", "pollster", "businessman", "businesswoman", "billionaire", "mogul", "tycoon", "first");

    /** titles that say a person's gender */
    static final WordSet MALE_TITLES = WordSet.of("mr.", "mr", "king", "prince", "sir", "lord", "father", "congressman",
            "councilman", "chairman", "spokesman", "businessman", "assemblyman", "sheikh", "actor", "emir", "sultan");
    static final WordSet FEMALE_TITLES = WordSet.of("mrs.", "mrs", "ms.", "ms", "miss", "queen", "princess", "dame", "lady",
            "congresswoman", "councilwoman", "chairwoman", "spokeswoman", "businesswoman", "assemblywoman", "actress", "sheikha");

    /**
     * Titles written short, and the role nouns a later description uses for their holder:
     * "Sen. Rachel Novak ... the senator said", "Rep. Gary Holt ... the lawmaker".
     */
    private static final Map<String, List<String>> ROLE_FORMS = Map.ofEntries(
            Map.entry("sen.", List.of("senator", "lawmaker")), Map.entry("sen", List.of("senator", "lawmaker")),
            Map.entry("senator", List.of("lawmaker")),
            Map.entry("rep.", List.of("representative", "congressman", "congresswoman", "lawmaker")),
            Map.entry("rep", List.of("representative", "congressman", "congresswoman", "lawmaker")),
            Map.entry("representative", List.of("congressman", "congresswoman", "lawmaker")),
            Map.entry("congressman", List.of("representative", "lawmaker")),
            Map.entry("congresswoman", List.of("representative", "lawmaker")),
            Map.entry("assemblyman", List.of("lawmaker")), Map.entry("assemblywoman", List.of("lawmaker")),
            Map.entry("del.", List.of("delegate", "lawmaker")), Map.entry("gov.", List.of("governor")),
            Map.entry("gov", List.of("governor")), Map.entry("gen.", List.of("general")), Map.entry("lt.", List.of("lieutenant")),
            Map.entry("col.", List.of("colonel")), Map.entry("sgt.", List.of("sergeant")), Map.entry("capt.", List.of("captain")),
            Map.entry("adm.", List.of("admiral")), Map.entry("cmdr.", List.of("commander")), Map.entry("prof.", List.of("professor")),
            Map.entry("rev.", List.of("reverend", "pastor")), Map.entry("dr.", List.of("doctor")), Map.entry("atty.", List.of("attorney")),
            Map.entry("supt.", List.of("superintendent")),
            // a chamber before a post ("Senate Majority Leader X"): later "the senator", "the lawmaker"
            Map.entry("senate", List.of("senator", "lawmaker")), Map.entry("assembly", List.of("lawmaker")),
            Map.entry("congress", List.of("lawmaker")),
            Map.entry("cllr", List.of("councillor", "councilor")), Map.entry("cllr.", List.of("councillor", "councilor")),
            Map.entry("councillor", List.of("councilor")), Map.entry("councilor", List.of("councillor")), Map.entry("amb.", List.of("ambassador")), Map.entry("det.", List.of("detective")),
            // the same post under another name: a club's manager is "the coach", a company's chief executive "the boss"
            Map.entry("manager", List.of("coach", "boss")), Map.entry("coach", List.of("manager", "boss")),
            Map.entry("boss", List.of("manager", "coach")), Map.entry("ceo", List.of("executive", "boss")),
            Map.entry("executive", List.of("ceo", "boss")), Map.entry("striker", List.of("player", "forward")),
            Map.entry("midfielder", List.of("player")), Map.entry("defender", List.of("player")),
            Map.entry("goalkeeper", List.of("player", "keeper")), Map.entry("skipper", List.of("captain", "player")),
            // "Prime Minister X ... PM noted", "the PM said"
            Map.entry("prime", List.of("pm")));

    /** adds the role nouns a title stands for ("sen." -> "senator", "lawmaker") */
    static void addRoleForms(String role, Set<String> roles) {
        List<String> forms = ROLE_FORMS.get(role);
        if (forms != null) {
            roles.addAll(forms);
        }
    }

    /** US state abbreviations as in party-state tags ("D-Minn.", "R-N.Y."), by their lower-case form */
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("ala.", "alabama"), Map.entry("ariz.", "arizona"), Map.entry("ark.", "arkansas"), Map.entry("calif.", "california"),
            Map.entry("colo.", "colorado"), Map.entry("conn.", "connecticut"), Map.entry("del.", "delaware"), Map.entry("fla.", "florida"),
            Map.entry("ga.", "georgia"), Map.entry("ill.", "illinois"), Map.entry("ind.", "indiana"), Map.entry("kan.", "kansas"),
            Map.entry("ky.", "kentucky"), Map.entry("la.", "louisiana"), Map.entry("md.", "maryland"), Map.entry("mass.", "massachusetts"),
            Map.entry("mich.", "michigan"), Map.entry("minn.", "minnesota"), Map.entry("miss.", "mississippi"), Map.entry("mo.", "missouri"),
            Map.entry("mont.", "montana"), Map.entry("neb.", "nebraska"), Map.entry("nev.", "nevada"), Map.entry("n.h.", "new hampshire"),
            Map.entry("n.j.", "new jersey"), Map.entry("n.m.", "new mexico"), Map.entry("n.y.", "new york"), Map.entry("n.c.", "north carolina"),
            Map.entry("n.d.", "north dakota"), Map.entry("okla.", "oklahoma"), Map.entry("ore.", "oregon"), Map.entry("pa.", "pennsylvania"),
            Map.entry("r.i.", "rhode island"), Map.entry("s.c.", "south carolina"), Map.entry("s.d.", "south dakota"),
            Map.entry("tenn.", "tennessee"), Map.entry("vt.", "vermont"), Map.entry("va.", "virginia"), Map.entry("wash.", "washington"),
            Map.entry("w.va.", "west virginia"), Map.entry("wis.", "wisconsin"), Map.entry("wyo.", "wyoming"));

    /**
     * The roles in a party-state tag after a name, "D-Minn." or "R-Texas": the party as a noun and
     * the state's words, so that "the Minnesota Democrat" finds its holder. Empty when it is no such tag.
     */
    static List<String> partyRoles(String tag) {
        int dash = tag.indexOf('-');
        if (dash != 1 || tag.length() < 4) {
            return List.of();
        }
        String party = switch (Character.toUpperCase(tag.charAt(0))) {
            case 'D' -> "democrat";
            case 'R' -> "republican";
            case 'I' -> "independent";
            default -> null;
        };
        if (party == null || !Character.isUpperCase(tag.charAt(2))) {
            return List.of();
        }
        String place = tag.substring(2).toLowerCase(java.util.Locale.ROOT);
        String state = STATES.getOrDefault(place, place.endsWith(".") ? null : place);
        List<String> out = new ArrayList<>(4);
        out.add(party);
        if (state != null) {
            out.addAll(List.of(state.split(" ")));
        }
        return out;
    }

    /** verbs of a relative clause that give the post: "X, who has chaired the association since 2019," */
    static final Map<String, List<String>> POSTS_BY_VERB = Map.ofEntries(
            Map.entry("chaired", List.of("chair", "chairman", "chairwoman", "chairperson")),
            Map.entry("chairs", List.of("chair", "chairman", "chairwoman", "chairperson")),
            Map.entry("led", List.of("leader", "head", "chief", "director")),
            Map.entry("leads", List.of("leader", "head", "chief", "director")),
            Map.entry("headed", List.of("head", "chief", "leader", "director")),
            Map.entry("heads", List.of("head", "chief", "leader", "director")),
            Map.entry("directed", List.of("director")), Map.entry("directs", List.of("director")),
            Map.entry("managed", List.of("manager", "boss")), Map.entry("manages", List.of("manager", "boss")),
            Map.entry("coached", List.of("coach", "manager")), Map.entry("coaches", List.of("coach", "manager")),
            Map.entry("edited", List.of("editor")), Map.entry("edits", List.of("editor")),
            Map.entry("founded", List.of("founder")), Map.entry("co-founded", List.of("co-founder", "founder")));

    /** nouns that head a description of a person or body: "the U.S. president", "the directorate" */
    static final WordSet ROLE_NOUNS = WordSet.of("organiser", "organizer", "president", "leader", "pm", "emir", "sultan",
            "highness", "majesty", "councillor", "councilor", "councilman",
            "critic", "whip", "advocate", "coroner", "constable", "chairperson", "ombudsman", "winger", "priest", "imam", "rabbi",
            "bishop", "archbishop", "mla", "mpp",
            // trades, courts and bystanders that speak in news copy
            "publicist", "announcer", "narrator", "foreman", "forewoman", "broker", "magistrate", "juror", "defendant",
            "plaintiff", "protester", "protestor", "pupil", "commentator", "pundit", "producer", "referee", "umpire",
            "supporter", "vendor", "pedestrian", "hiker", "climber", "monk", "nun", "chaplain", "dentist", "carer",
            "caregiver", "dean", "provost", "rector", "archivist", "surveyor", "insider", "employee", "staffer", "intern",
            "cashier", "waiter", "waitress", "baker", "butcher", "miner", "welder", "janitor", "cleaner", "nanny",
            "teenager", "spouse", "man", "woman", "boy", "girl",
            "councilwoman", "alderman", "farmer", "teacher", "student", "resident", "worker", "owner", "nurse", "engineer",
            "officer", "driver", "pilot", "manager", "shopkeeper", "volunteer", "witness", "victim", "survivor", "lawyer", "minister", "premier", "chancellor", "king",
            "queen", "senator", "governor", "mayor", "secretary", "nominee", "candidate", "congressman", "congresswoman",
            "lawmaker", "official", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "speaker",
            "director", "ambassador", "envoy", "diplomat", "general", "commander", "judge", "justice", "prosecutor",
            "attorney", "lawyer", "businessman", "businesswoman", "billionaire", "mogul", "tycoon", "executive", "ceo",
            "founder", "host", "anchor", "author", "activist", "economist", "analyst", "expert", "professor", "scientist",
            "star", "actor", "actress", "singer", "rapper", "comedian", "pastor", "pope", "cleric", "monarch", "emperor",
            "prince", "princess", "chief", "head", "aide", "adviser", "advisor", "strategist", "pollster", "manager",
            "democrat", "republican", "incumbent", "challenger", "frontrunner", "front-runner", "hopeful", "veteran",
            "politician", "statesman", "mogul", "magnate", "investor", "physician", "doctor", "officer", "sheriff",
            "commissioner", "representative", "delegate", "colonel", "lieutenant", "admiral", "captain", "sergeant",
            "reverend", "detective", "superintendent", "independent", "boss", "coach", "striker", "midfielder", "defender",
            "goalkeeper", "skipper", "player", "member", "architect", "contractor", "builder", "developer", "consultant",
            "customer", "client", "patient", "passenger", "tenant", "landlord", "caller", "listener", "viewer", "reader",
            "attendee", "participant", "spectator", "bystander", "onlooker", "shopper", "commuter", "motorist", "secretary-general", "attorney-general", "director-general",
            "governor-general", "solicitor-general", "inspector-general", "surgeon-general", "editor-in-chief", "legislator", "president-elect", "vice-president", "columnist",
            "editor", "reporter", "journalist", "writer", "historian", "researcher", "negotiator", "mediator", "person",
            "novelist", "poet", "playwright", "filmmaker", "photographer", "artist", "composer", "designer", "chef",
            "entrepreneur", "athlete", "cyclist", "swimmer", "epidemiologist", "virologist", "physicist", "biologist",
            "chemist", "surgeon", "pharmacist", "paramedic", "firefighter", "trader", "banker", "fisherman", "painter",
            "sculptor", "musician", "dancer", "neighbour", "neighbor", "wife", "husband", "son", "daughter", "mother",
            "father", "brother", "sister", "friend", "colleague", "cousin", "uncle", "aunt", "grandmother", "grandfather",
            "widow", "widower", "granddaughter", "grandson", "niece", "nephew", "stepson", "stepdaughter", "fiancee", "fiance", "girlfriend", "boyfriend", "planner", "co-star", "teammate",
            "co-founder", "co-host", "co-author", "year-old", "deputy", "successor", "predecessor", "rival", "ally", "mp", "mep", "msp", "inspector", "auditor", "accountant", "campaigner", "coordinator",
            "administrator", "principal", "headteacher", "headmaster", "lecturer", "curator", "librarian", "mechanic",
            "electrician", "plumber", "carpenter", "sailor", "soldier", "ranger", "warden", "clerk", "treasurer",
            "midwife", "therapist", "psychologist", "psychiatrist", "veterinarian", "vet", "geologist", "meteorologist",
            "forecaster", "climatologist", "ecologist", "archaeologist", "astronomer", "mathematician", "statistician",
            "demographer", "sociologist", "criminologist", "diplomat", "lobbyist", "organiser", "steward", "winemaker",
            "directorate", "ministry", "department", "agency", "office", "company", "firm", "bank", "government",
            "administration", "campaign", "committee", "commission", "council", "court", "party", "group", "organization",
            "organisation", "union", "association", "institute", "foundation", "board", "panel", "network", "newspaper",
            "paper", "magazine", "website", "network", "channel", "station", "bureau", "service", "police", "military",
            "army", "navy", "ministry", "kremlin", "palace", "presidency", "team", "club", "league", "coalition", "alliance",
            "embassy", "consulate", "corporation", "startup", "regulator", "watchdog", "senate", "congress", "parliament",
            "legislature", "cabinet", "authority", "authorities", "officials", "leaders", "lawmakers", "ministers",
            "spokesperson", "source", "sources", "aides", "advisers", "experts", "analysts", "critics", "supporters",
            "opponents", "residents", "witnesses", "investigators", "prosecutors", "researchers", "scientists", "democrats",
            "republicans", "voters", "members", "protesters", "organizers", "organisers", "diplomats", "observers",
            "administration", "statement", "report");

    /** what wire copy calls a company after naming it: "the ferry operator said", "the lender said" */
    private static final String[] COMPANY_NOUNS = {"maker", "chain", "giant", "operator", "carrier", "airline", "lender",
        "insurer", "retailer", "carmaker", "automaker", "drugmaker", "chipmaker", "miner", "supplier", "manufacturer", "utility",
        "conglomerate", "exporter", "shipper", "brewer", "app", "platform", "developer", "producer", "distributor", "publisher",
        "provider", "startup", "start-up", "bank", "group"};

    static final WordSet COMPANY_DESCRIPTIONS = WordSet.of(COMPANY_NOUNS);

    private static List<String> joined(List<String> words, String[] more) {
        List<String> all = new ArrayList<>(words);
        all.addAll(List.of(more));
        return all;
    }

    /** head nouns of bodies rather than people: their resolution looks for organisations */
    static final WordSet ORG_WORDS = WordSet.of(joined(List.of("directorate", "ministry", "department", "agency", "office", "company", "firm",
            "bank", "government", "administration", "campaign", "committee", "commission", "council", "court", "party",
            "group", "organization", "organisation", "union", "association", "institute", "foundation", "board", "panel",
            "network", "newspaper", "magazine", "website", "channel", "station", "bureau", "service", "services", "police", "military",
            "army", "navy", "kremlin", "palace", "presidency", "team", "club", "league", "coalition", "alliance", "embassy",
            "consulate", "corporation", "corp.", "corp", "inc.", "inc", "ltd", "ltd.", "llc", "co.", "regulator", "watchdog",
            "senate", "congress", "parliament", "legislature", "cabinet", "authority", "times", "post", "news", "journal",
            "press", "tribune", "herald", "gazette", "guardian", "telegraph", "reuters", "bloomberg", "university", "college",
            "school", "center", "centre", "hospital", "fund", "forces", "guard", "nations", "house", "communications",
            "investigations", "security", "affairs", "relations", "studies", "research", "program", "programme",
            "project", "initiative", "network", "media", "television", "radio", "tv", "broadcasting", "assembly",
            "movement", "front", "federation", "confederation", "society", "trust", "fbi", "cia", "nsa", "pentagon",
            "parliament", "secretariat", "commissioner", "tribunal", "cnn", "nbc", "abc", "cbs", "fox", "bbc", "ap",
            "afp", "msnbc", "politifact", "gop", "nato", "un", "eu", "who", "imf", "opec", "polls", "poll", "survey",
            "department", "policy", "systems", "group", "holdings", "partners", "industries", "airlines", "motors",
            "pictures", "records", "entertainment", "studios", "labs", "technologies", "foods", "energy", "caucus", "chamber",
            "academy", "institution", "council", "forum", "observatory", "watch", "consortium", "cooperative", "co-operative"),
            COMPANY_NOUNS));

    /**
     * Last words of company names, capitalised there ("Halvorsen Maritime", "Arkto Capital"), so that the
     * name is a body's and its first word is its short form; in lower case they are ordinary nouns.
     */
    static final WordSet COMPANY_NAME_ENDS = WordSet.of("books", "publishing", "publishers",
            "maritime", "care", "homes", "healthcare", "bancorp", "bancshares",
            "railroad", "railway", "railways", "freight", "express", "markets", "retail", "stores", "motors", "mobility", "shipping", "logistics", "pharma", "pharmaceuticals", "capital", "telecom", "mining", "steel",
            "chemicals", "resources", "solutions", "software", "power", "insurance", "airways", "financial", "investments",
            "ventures", "brands", "construction", "engineering", "automotive", "aerospace", "robotics", "biotech",
            "therapeutics", "petroleum", "navigation", "semiconductor", "semiconductors", "appliances", "dairies", "dairy",
            "farms", "electronics", "beverages", "breweries", "brewing", "mills", "textiles", "apparel", "cosmetics", "devices",
            "instruments", "products", "supplies", "utilities", "properties", "realty", "hotels", "resorts",
            // football and other clubs
            "athletic", "rovers", "wanderers", "fc", "albion", "hotspur");

    /** what follows an unnamed source's noun in wire copy: "people familiar with", "a person briefed on", "experts on" */
    static final WordSet SOURCE_MODIFIERS = WordSet.of("familiar", "close", "briefed", "involved", "knowledgeable",
            "with", "on", "about", "aware", "working", "tracking", "following", "monitoring", "studying", "present",
            "to"); // "advisers to Mr. Obama say" ("a spokeswoman for X" stays X's go-between)

    /** last words of place names, so that "Ridgeline Avenue" or "Harbor Road" is nobody a pronoun can mean */
    static final WordSet PLACE_ENDS = WordSet.of("avenue", "street", "road", "lane", "boulevard", "drive", "square", "bridge",
            "park", "river", "lake", "bay", "mountain", "mountains", "valley", "island", "islands", "county", "province",
            "district", "airport", "station", "stadium", "arena", "highway", "motorway", "canal", "harbour", "harbor", "port",
            "beach", "coast", "peninsula", "forest", "desert", "sea", "ocean", "gulf", "strait", "straits", "heights", "hills",
            "plaza", "terminal", "crossing", "pass", "creek", "falls", "springs", "township", "borough", "village", "quarter",
            "states", "kingdom", "emirates");

    /** cue words that are nouns as often as verbs: "in a blog post", "in a radio interview" */
    static final WordSet NOUN_CUES = WordSet.of("post", "posts", "tweet", "tweets", "comment", "comments", "report", "reports",
            "claim", "claims", "note", "warning", "reply", "response", "interview", "message", "statement", "release", "remarks",
            "remark", "answer", "answers", "replies", "notes", "promise", "pledge", "estimate", "forecast", "prediction");

    /**
     * Nouns for a body that speaks only as a description ("according to the railroad", "the city said"):
     * kept out of ORG_WORDS, where they would make "Jersey City" or "Orange County" in a name a body.
     */
    static final WordSet BODY_DESCRIPTIONS = WordSet.of("railroad", "railway", "city", "county", "town", "district", "port",
            "airport", "school", "hospital", "clinic", "prison", "jail");

    /** words a body's number follows in its name: "Local 1142", "District 9", "Precinct 12" */
    static final WordSet NUMBERED_BODIES = WordSet.of("local", "district", "precinct", "ward", "unit", "station", "chapter",
            "lodge", "post", "division", "region", "zone", "sector");

    /** country and bloc abbreviations, which qualify a description by place ("the UK ministry"), not by name */
    static final WordSet COUNTRY_CODES = WordSet.of("us", "uk", "eu", "un", "uae", "usa", "ussr", "drc", "prc", "roc");

    /** plural or collective descriptions that may speak without a name: "officials said" */
    static final WordSet GROUP_NOUNS = WordSet.of("officials", "leaders", "lawmakers", "ministers", "sources", "aides",
            "advisers", "advisors", "experts", "analysts", "critics", "supporters", "opponents", "residents", "witnesses",
            "investigators", "prosecutors", "researchers", "scientists", "democrats", "republicans", "voters", "members",
            "protesters", "organizers", "organisers", "diplomats", "observers", "authorities", "police", "people",
            "attorneys", "lawyers", "economists", "activists", "spokesmen", "representatives", "senators", "staffers",
            "insiders", "participants", "delegates", "doctors", "teachers", "parents", "students", "workers", "executives",
            "managers", "reporters", "journalists", "viewers", "listeners", "readers", "defenders", "backers", "proponents",
            "advocates", "skeptics", "sceptics", "detractors", "donors", "farmers", "employees", "nurses",
            "officers", "soldiers", "neighbors", "neighbours", "locals", "campaigners", "environmentalists", "conservatives",
            "liberals", "progressives", "moderates", "strategists", "pollsters", "historians", "scholars", "commentators",
            "hospitals", "schools", "universities", "colleges", "companies", "banks", "airlines", "firms", "agencies",
            "governments", "unions", "ministries", "retailers", "manufacturers", "insurers", "lenders", "carriers",
            "utilities", "regulators", "clubs", "attendees", "spectators", "bystanders", "shoppers", "commuters",
            "polls", "surveys", "reports", "documents", "records", "data", "figures", "statistics", "studies",
            "specialists", "traders", "investors", "dealers", "brokers", "bankers", "buyers", "sellers", "engineers", "physicians", "epidemiologists", "economists", "negotiators", "mediators",
            // people whose role is to speak or write
            "speakers", "callers", "commenters", "forecasters", "authors", "editors", "academics");

    /** determiners and possessives that open a description */
    static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "this", "that", "these",
            "those", "our", "my", "your", "another", "some", "many", "several", "most", "few", "other", "both", "each",
            "every", "one", "two", "three", "four", "five", "all", "any", "no", "such", "which", "whose");

    /** adverbs, auxiliaries and negations that sit between a speaker and the cue: "Trump also said" */
    static final WordSet BETWEEN = WordSet.of("also", "further", "furthermore", "separately", "later", "then", "has", "had",
            "have", "would", "will", "may", "might", "could", "can", "did", "does", "do", "previously", "once", "repeatedly",
            "recently", "reportedly", "just", "again", "first", "already", "publicly", "privately", "quickly", "simply",
            "never", "not", "often", "now", "still", "even", "earlier", "initially", "subsequently", "flatly", "explicitly",
            "openly", "bluntly", "frequently", "has", "is", "was", "were", "are", "been", "be", "being", "had", "should",
            "must", "shall", "ever", "always", "yet", "finally", "previously", "emphatically", "angrily", "proudly",
            "firmly", "clearly", "strongly", "loudly", "quietly", "similarly", "likewise", "meanwhile", "herself", "himself",
            "themselves", "itself", "only", "long", "n't", "not", "reportedly", "allegedly", "apparently", "indeed", "too",
            "however", "accordingly", "therefore", "thus", "since", "immediately", "soon", "currently", "personally",
            "directly", "formally", "officially", "widely", "essentially", "basically", "actually", "really", "specifically",
            "particularly", "especially", "to", "going", "about", "would've");

    /** words that end a body's name and start no more of it: "the Urban Institute and Brookings Institution" is two */
    static final WordSet BODY_HEADS = WordSet.of("institute", "institution", "university", "ministry", "department", "agency",
            "commission", "council", "committee", "union", "federation", "association", "party", "foundation", "bank", "court",
            "corporation", "company", "board", "office", "authority", "administration", "coalition", "center", "centre", "embassy",
            "consulate", "organization", "organisation", "church");

    /** asking in the passive, with its asker after "by": "was asked by a reporter", "was pressed by the host" */
    static final WordSet ANSWERS_ASKED = WordSet.of("asked", "pressed", "questioned", "quizzed", "challenged");

    /** nouns that sum up a clause set after it: "..., a record for the week", "..., a move that ...", "..., a sign of ..." */
    static final WordSet CLAUSE_COMMENTS = WordSet.of("record", "move", "line", "request", "testament", "sign", "step", "reversal",
            "departure", "shift", "setback", "blow", "boost", "milestone", "indication", "reference", "nod", "jab", "claim", "charge",
            "rebuke", "reminder", "contrast", "concession", "signal", "factor", "trait", "development", "decision", "figure");

    /** names of days and seasons that end a capitalised run: "Election Day", "Christmas Eve", "Fashion Week" are no one */
    static final WordSet DAY_NAME_ENDS = WordSet.of("day", "eve", "week");

    /** the days of the week */
    static final WordSet WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** nouns and adjectives in -ly, which are no adverbs: "the Italian family", "a Turkish ally" */
    static final WordSet LY_NOUNS = WordSet.of("family", "assembly", "ally", "rally", "supply", "daily", "weekly", "monthly",
            "quarterly", "anomaly", "monopoly", "elderly", "friendly", "lonely", "lovely", "holy", "belly", "lily");

    /** time words that may sit between a speaker and the cue: "Trump on Monday said", "said Monday" */
    static final WordSet TIME_WORDS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week", "month", "year",
            "earlier", "last", "this", "next", "on", "in", "at", "late", "early");

    /**
     * Nouns for a person by nationality or home: "the 24-year-old Spaniard said", "the Brazilian told
     * reporters" describe someone named before, and "Brazilian Luiz Tavares" is Luiz Tavares. Collective
     * forms ("the British", "the Chinese", "the Swiss") are a people or a government, not one person,
     * and are not here.
     */
    static final WordSet PERSON_DEMONYMS = WordSet.of("afghan", "albanian", "algerian", "american", "angolan", "argentine",
            "argentinian", "armenian", "australian", "austrian", "azerbaijani", "bahraini", "bangladeshi", "belarusian",
            "belgian", "bolivian", "bosnian", "brazilian", "briton", "bulgarian", "cameroonian", "canadian", "catalan",
            "chilean", "colombian", "croat", "croatian", "cuban", "cypriot", "czech", "dane", "dutchman", "dutchwoman", "ecuadorian", "egyptian",
            "emirati", "englishman", "englishwoman", "eritrean", "estonian", "ethiopian", "fijian", "filipino", "filipina",
            "finn", "frenchman", "frenchwoman", "georgian", "german", "ghanaian", "greek", "guatemalan", "haitian",
            "honduran", "hungarian", "icelander", "indian", "indonesian", "iranian", "iraqi", "irishman", "irishwoman",
            "israeli", "italian", "ivorian", "jamaican", "jordanian", "kazakh", "kenyan", "kiwi", "korean", "kosovar",
            "kuwaiti", "latvian", "liberian", "libyan", "lithuanian", "luxembourger", "macedonian", "malaysian", "malian",
            "mexican", "moldovan", "mongolian", "montenegrin", "moroccan", "namibian", "nepali", "nigerian", "norwegian",
            "pakistani", "palestinian", "panamanian", "paraguayan", "peruvian", "pole", "qatari", "romanian", "russian",
            "rwandan", "salvadoran", "saudi", "scot", "scotsman", "scotswoman", "serb", "serbian", "slovak", "slovakian",
            "slovene", "slovenian", "somali", "spaniard", "swede", "syrian", "tanzanian", "thai", "tunisian", "turk",
            "ugandan", "ukrainian", "uruguayan", "uzbek", "venezuelan", "welshman", "welshwoman", "yemeni", "zambian",
            "zimbabwean", "aussie", "texan", "californian", "londoner", "parisian", "muscovite", "dubliner", "glaswegian",
            "yorkshireman", "yorkshirewoman", "cornishman");

    /** nationality adjectives without the endings {@code Cast.demonym} reads (-ish, -ese, -ian, -an, -i) */
    static final WordSet UNSUFFIXED_DEMONYMS = WordSet.of("swiss", "thai", "greek", "saudi");

    /** of those, the ones that are also given names ("Finn Ryan", "Dane Cook"): never taken off the front of a name */
    static final WordSet DEMONYM_GIVEN_NAMES = WordSet.of("dane", "finn", "scot", "pole", "kiwi", "german", "thai");

    /** kin who usually share a family name: "Mrs Strachan's husband, Alasdair," is Alasdair Strachan */
    /** nouns for a man or a woman as such: "the young man says" continues like "he says" */
    static final WordSet MEN = WordSet.of("man", "boy");
    static final WordSet WOMEN = WordSet.of("woman", "girl");

    static final WordSet MALE_KIN = WordSet.of("husband", "son", "brother", "father", "widower", "grandson", "grandfather");
    static final WordSet FEMALE_KIN = WordSet.of("wife", "daughter", "sister", "mother", "widow", "granddaughter", "grandmother");

    /** bodies made of members, whose "company" is not the body itself: "the Growers' Association ... the company said" */
    static final WordSet MEMBER_BODIES = WordSet.of("association", "union", "party", "federation", "society", "coalition",
            "alliance", "league", "cooperative", "co-operative", "club", "university", "congress");

    /** heads a body's own name may stand before: "the Comhar party", "the GMB union", "the Sisters Uncut group" */
    static final WordSet NAMED_BEFORE_HEADS = WordSet.of("party", "union", "group", "movement");

    /** two names for one document: "a survey ... the poll found" */
    static final Map<String, String> SAME_DOCUMENT = Map.of("poll", "survey", "survey", "poll", "polls", "surveys", "surveys", "polls",
            "memo", "memorandum", "memorandum", "memo",
            // a government's account of a call or a meeting: "said in a statement ... The readout said"
            "readout", "statement", "communiqué", "statement", "communique", "statement", "statement", "readout");

    /** posts that belong to bodies rather than to people: "Silver State Renewal's treasurer" */
    static final WordSet BODY_POSTS = WordSet.of("treasurer", "founder", "co-founder", "board", "chairman", "chairwoman", "ceo",
            "shareholders", "employees", "trustees");

    /** legislative chambers, whose name before a post says what its holder is ("Senate Majority Leader") */
    static final WordSet CHAMBERS = WordSet.of("senate", "assembly", "congress");

    /** nouns ending in -ing, which are no participle: "told his morning briefing that" */
    static final WordSet ING_NOUNS = WordSet.of("morning", "evening", "meeting", "briefing", "hearing", "gathering", "building",
            "wedding", "thing", "something", "nothing", "anything", "everything", "king", "spring", "ceiling",
            "setting", "opening", "reading", "funding", "polling", "housing", "spending", "ruling", "sitting", "screening",
            "fundraising", "campaigning", "bombing", "shooting", "killing", "landing", "crossing", "offering");

    /** conjunctions that open a clause of their own ("as" is left out: '"...," as she put it') */
    static final WordSet SUBORDINATORS = WordSet.of("when", "while", "whereas", "because", "since", "until", "although",
            "though", "if", "unless", "before", "after", "once");

    /** how a document reaches someone other than its author: "records obtained by the Courier" */
    static final WordSet CAME_BY = WordSet.of("obtained", "seen", "reviewed", "viewed", "received", "cited", "quoted",
            "leaked", "shared", "examined", "analysed", "analyzed");

    /** verbs of reading a text out for its author: "a statement read by her solicitor" */
    static final WordSet READ_OUT = WordSet.of("read", "delivered", "presented");

    /** cues of an answer: the one who answers is not the one who asked */
    static final WordSet ANSWERS = WordSet.of("replied", "answered", "responded", "retorted", "countered", "replies", "answers",
            "responds", "retorts", "counters");

    /** second words of place names that open with "New" */
    static final WordSet NEW_PLACES = WordSet.of("york", "yorker", "jersey", "hampshire", "mexico", "zealand", "delhi", "orleans",
            "england", "haven", "brunswick", "caledonia", "guinea", "south", "london", "bedford", "rochelle", "britain");

    /** capitalised words that open sentences but are not names */
    static final WordSet NOT_NAMES = WordSet.of("the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "of", "to",
            "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "as", "after", "before", "during", "since",
            "until", "because", "although", "though", "however", "meanwhile", "still", "also", "then", "now", "here",
            "there", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
            "their", "our", "my", "your", "who", "what", "where", "why", "how", "which", "whose", "whom", "some", "many",
            "most", "more", "much", "all", "any", "each", "every", "both", "few", "several", "other", "another", "such",
            "no", "not", "yes", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
            "second", "third", "last", "next", "new", "among", "despite", "about", "against", "between", "into",
            "through", "under", "over", "without", "within", "along", "across", "behind", "beyond", "upon", "like",
            "unlike", "instead", "indeed", "thus", "therefore", "moreover", "furthermore", "nevertheless", "otherwise",
            "perhaps", "maybe", "even", "just", "only", "again", "already", "asked", "speaking", "according", "additional",
            "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "do", "does", "did", "is", "are",
            "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "must", "might",
            "shall", "let", "let's", "please", "thank", "thanks", "oh", "well", "ok", "okay", "hey", "hi", "dear",
            "sure", "yeah", "whether", "once", "every", "still", "ever", "never", "always", "often", "sometimes", "both",
            "either", "neither", "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "nothing", "everything",
            "something", "anything", "none", "because", "unless", "whereas", "wherever", "whenever", "although", "amid",
            "amidst", "towards", "toward", "near", "outside", "inside", "above", "below", "beneath", "besides", "except",
            "per", "via", "regarding", "concerning", "following", "including", "given", "asked", "added", "says", "said",
            "in", "me", "us", "them", "him", "mine", "ours", "theirs", "hers", "i'm", "i've", "i'll", "i'd", "we're", "we've",
            "we'll", "it's", "that's", "there's", "here's", "what's", "don't", "doesn't", "didn't", "isn't", "wasn't",
            "aren't", "weren't", "can't", "won't", "wouldn't", "couldn't", "shouldn't", "haven't", "hasn't", "hadn't",
            "expressing", "stressing", "noting", "adding", "saying", "citing", "describing", "calling", "speaking",
            "writing", "responding", "asked", "told", "reporting", "additionally", "finally", "first", "secondly", "lastly",
            "overall", "together", "separately", "similarly", "likewise", "instead", "rather", "already", "soon",
            "recently", "currently", "previously", "initially", "eventually", "ultimately", "clearly", "obviously",
            "certainly", "surely", "really", "actually", "basically", "essentially", "apparently", "reportedly",
            "allegedly", "officially", "unofficially", "notably", "importantly", "interestingly", "ironically",
            "unfortunately", "fortunately", "sadly", "hopefully", "frankly", "honestly", "seriously", "literally",
            "why", "where", "whatever", "whoever", "however", "wherever", "whichever", "than", "too", "very", "quite",
            "rather", "almost", "nearly", "about", "around", "roughly", "approximately", "exactly", "just", "merely",
            "breaking", "update", "updated", "watch", "read", "see", "note", "editor's", "photo", "video", "related");

    /** words that may sit inside a name between capitalised words: "Bank of America", "Leonardo da Vinci" */
    static final WordSet NAME_JOINERS = WordSet.of("of", "de", "da", "del", "della", "der", "den", "van", "von", "bin", "ibn",
            "al", "el", "la", "le", "du", "des", "dos", "das", "di", "y", "&", "for", "and", "on");

    /** suffixes after a name: "Jr.", "III" */
    static final WordSet NAME_SUFFIXES = WordSet.of("jr.", "sr.", "jr", "sr", "ii", "iii", "iv");

    /** common given names by gender, to resolve "he" and "she" (unknown names fit either) */
    static final WordSet FEMALE_NAMES = WordSet.of(
            // names from elsewhere, so that "she" and "he" find them
            "carla", "ingrid", "rowena", "anita", "nadia", "marisol", "yvonne", "sofia", "lucia", "camila", "valentina",
            "ines", "inés", "astrid", "greta", "natalia", "anya", "carmen", "rosa", "isabel", "beatriz", "claudia",
            "gabriela", "adriana", "veronica", "silvia", "francesca", "giulia", "chiara", "helga", "birgit", "katrin",
            "sabine", "annika", "freya", "nkechi", "ngozi", "chioma", "wanjiru", "zanele", "thandiwe", "lindiwe",
            "nomvula", "priyanka", "sunita", "anjali", "deepa", "kavita", "meera",
            "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan",
            "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily",
            "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon",
            "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole",
            "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth",
            "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren",
            "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
            "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia", "judy",
            "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany",
            "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary", "melania", "ivanka", "michelle",
            "nancy", "kamala", "angela", "theresa", "marine", "christine", "ursula", "jacinda", "nicola", "liz", "kate",
            "elaine", "loretta", "condoleezza", "madeleine", "sonia", "ruth", "elena", "sheryl", "oprah", "beyonce",
            "taylor", "susan", "ana", "ava", "jill", "chelsea", "huma", "kellyanne", "sarah", "hope", "cia", "marcia",
            "tulsi", "ilhan", "alexandria", "nikki", "kirsten", "amy", "elizabeth", "claire", "tammy", "lisa", "dianne",
            "barbra", "gennifer", "monica", "paula", "juanita", "kathleen", "melanie", "ellie", "mariana", "alicia",
            "yulia", "svetlana", "olga", "irina", "natasha", "fatima", "aisha", "leila", "mei", "yuki", "priya", "sonia",
            "benazir", "indira", "golda", "margaret", "aung", "suu", "ellen", "rosie", "megyn", "katie", "diane", "gwen",
            "robin", "stacey", "lindsey", "dana", "ivana", "tiffany", "maxine", "debbie", "nina", "valerie", "samantha");
    static final WordSet MALE_NAMES = WordSet.of(
            // names from elsewhere
            "mohamed", "raj", "arjun", "rahul", "vikram", "hiroshi", "kenji", "takashi", "dmitri", "pablo", "diego",
            "javier", "alejandro", "andrés", "andres", "luca", "giovanni", "matteo", "klaus", "stefan", "lars", "sven",
            "erik", "olaf", "kwame", "kofi", "chidi", "emeka", "tunde", "oluwaseun", "thabo", "sipho",
            "étienne", "etienne", "luc", "marc", "olivier", "françois", "mathieu",
            "benoît", "benoit", "sébastien", "sebastien", "jérôme", "jerome", "andré", "andre", "rené", "rene",
            "james", "john", "robert", "michael", "william", "david", "richard",
            "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul",
            "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey",
            "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
            "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
            "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah",
            "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl", "arthur",
            "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce", "gabriel", "logan", "albert", "willie",
            "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "mason",
            "philip", "louis", "barack", "bill", "mike", "ted", "bernie", "tim", "chris", "mitch", "vladimir", "recep",
            "tayyip", "emmanuel", "boris", "xi", "narendra", "benjamin", "justin", "jair", "rodrigo", "kim", "joe", "hunter",
            "rudy", "rudolph", "jeb", "marco", "lindsey", "rand", "newt", "dick", "al", "jimmy", "ben", "jim", "tom",
            "bob", "steve", "dan", "rick", "ron", "ken", "greg", "jeff", "matt", "nick", "sam", "pat", "reince", "sean",
            "kellyanne", "mohammed", "muhammad", "ahmed", "ali", "hassan", "hussein", "abdullah", "omar", "vladimir",
            "sergei", "dmitry", "igor", "ivan", "alexei", "hans", "jurgen", "francois", "jacques", "pierre", "luis",
            "carlos", "pedro", "miguel", "jorge", "antonio", "giuseppe", "marco", "shinzo", "fumio", "moon", "jae-in",
            "recep", "bashar", "hosni", "abdel", "mahmoud", "yasser", "ariel", "ehud", "shimon", "yitzhak", "bibi",
            "andrew", "lester", "rush", "sean", "tucker", "bret", "chuck", "harry", "nancy", "paul", "kevin", "eric",
            "elijah", "jason", "howard", "david", "trey", "jon", "lou", "mitt", "rex", "jared", "stephen", "corey",
            "roger", "robby", "brian", "john", "jake", "wolf", "anderson", "chris", "matt", "bobby", "gary", "terry");

    private static void verbs(List<String> words, List<Integer> bits, int flags, String... lemmas) {
        for (String lemma : lemmas) {
            String[] f = lemma.indexOf(':') >= 0 ? lemma.split(":") : regular(lemma);
            // f = base, past, 3rd person, -ing [, participle]
            for (int i = 0; i < f.length; i++) {
                if (f[i].equals("-")) {
                    continue; // a form that is mostly a noun ("states")
                }
                int b = flags;
                if (i == 0 || i == 2) {
                    b |= PRESENT;
                }
                if (i == 3) {
                    b |= PARTICIPLE;
                }
                words.add(f[i]);
                bits.add(b);
            }
        }
    }

    private static String[] regular(String base) {
        String past;
        String third;
        String ing;
        if (base.endsWith("e")) {
            past = base + "d";
            ing = base.substring(0, base.length() - 1) + "ing";
        } else {
            past = base + "ed";
            ing = base + "ing";
        }
        if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") || base.endsWith("z")) {
            third = base + "es";
        } else {
            third = base + "s";
        }
        return new String[] {base, past, third, ing};
    }
}
