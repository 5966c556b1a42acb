package io.pressflow.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.extract.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicClassifierTest {
    private static final TopicClassifier CLASSIFIER = new TopicClassifier();

    /** One short statement per IPTC top level, written for these tests. */
    static Stream<Arguments> oneStatementPerTopLevel() {
        return Stream.of(
                Arguments.of("medtop:01000000", """
                        Director's debut film wins top prize at festival

                        The debut feature by director Lena Morr won the main award at the film festival on Saturday. \
                        The actress who plays the lead was praised by critics, and the studio said the movie will open \
                        in cinemas in May. The soundtrack album by the band Northern Lights is also out this week."""),
                Arguments.of("medtop:02000000", """
                        Two men charged after warehouse burglary

                        Police have charged two men with burglary and handling stolen goods after a raid on a warehouse. \
                        Detectives said the suspects were arrested at an address in the east of the city. Both will \
                        appear before magistrates on Monday, and prosecutors said further charges of fraud were possible."""),
                Arguments.of("medtop:03000000", """
                        Earthquake destroys homes in mountain villages

                        A strong earthquake struck the mountain region overnight, destroying dozens of homes. Rescue teams \
                        searched the rubble for survivors as aftershocks continued. The death toll rose to 14 and the \
                        authorities declared a state of emergency, opening shelters for evacuated families."""),
                Arguments.of("medtop:04000000", """
                        Retailer's profits rise as shoppers return

                        The supermarket group reported a 12 per cent rise in annual profit and raised its dividend. Sales \
                        grew in every division and the chief executive said margins had recovered. Its shares rose 3 per \
                        cent on the stock exchange as investors welcomed the results."""),
                Arguments.of("medtop:05000000", """
                        New curriculum for primary schools

                        Pupils in primary schools will study coding and a second language under a new curriculum announced \
                        by the education ministry. Teachers' associations said headteachers needed more training time, and \
                        exam results in reading will be published for each school next year."""),
                Arguments.of("medtop:06000000", """
                        River clean-up after sewage pollution

                        Environmental groups said sewage pollution had killed fish along a 20 km stretch of the river. The \
                        environment agency ordered a clean-up and said it would test water quality every week. \
                        Conservationists warned that the wetland habitat of rare birds was at risk."""),
                Arguments.of("medtop:07000000", """
                        Hospital waiting lists fall for first time in three years

                        Waiting lists for hospital treatment fell last month as clinics added evening surgery sessions. \
                        Doctors and nurses said patients with cancer and heart disease were being seen faster. The health \
                        ministry said a new vaccine programme would start in the autumn."""),
                Arguments.of("medtop:08000000", """
                        Village celebrates oldest resident's 110th birthday

                        Neighbours gathered on Sunday to celebrate the 110th birthday of the village's oldest resident, \
                        who was given a medal at a small ceremony. The record attempt to bake the longest cake in the \
                        region marked the anniversary of the village's founding."""),
                Arguments.of("medtop:09000000", """
                        Nurses' union calls strike over pay

                        The union representing hospital staff called a two-day strike after pay talks with employers broke \
                        down. Workers are seeking a wage rise in line with inflation and better pensions. The union's \
                        general secretary said industrial action was the last resort for members facing unpaid overtime."""),
                Arguments.of("medtop:10000000", """
                        Holiday bookings for mountain resorts up

                        Travel agents said holiday bookings for mountain resorts were up on last year, with hiking, camping \
                        and cycling holidays the most popular. Hotels reported more families choosing a vacation close to \
                        home, and wellness spas and yoga retreats were also in demand."""),
                Arguments.of("medtop:11000000", """
                        Parliament passes election reform bill

                        Lawmakers in parliament approved the government's election reform bill by 212 votes to 140. The \
                        opposition party said the changes to constituency boundaries favoured the ruling coalition. The \
                        prime minister said voters would see the benefit at the next general election."""),
                Arguments.of("medtop:12000000", """
                        Cathedral reopens for Easter services

                        The cathedral reopened for Easter worship after two years of restoration, and the bishop led prayers \
                        for a congregation of more than a thousand. Church leaders from the Catholic and Orthodox faiths \
                        joined the service, and the mosque and synagogue nearby sent greetings."""),
                Arguments.of("medtop:13000000", """
                        Scientists map genome of ancient wheat

                        Researchers at the national institute have sequenced the genome of an ancient wheat variety, \
                        according to a study published in a scientific journal. The research team said the DNA analysis \
                        could help laboratories develop crops with more resistant genetics."""),
                Arguments.of("medtop:14000000", """
                        Charities warn of rise in homelessness

                        Charities said homelessness and child poverty had risen sharply, with more families relying on food \
                        banks. Campaigners called for more social housing and for welfare benefits to rise with the cost \
                        of rent, warning that discrimination against tenants on benefits was widespread."""),
                Arguments.of("medtop:15000000", """
                        Late goal sends champions into cup final

                        A header in injury time sent the champions into the cup final after a tense semi-final. The \
                        striker scored his 20th goal of the season and the manager praised the defence. The tournament \
                        final will be played at the national stadium next month."""),
                Arguments.of("medtop:16000000", """
                        Ceasefire holds after week of fighting

                        A ceasefire between government troops and rebels held on Tuesday after a week of fighting in the \
                        north. The army said artillery shelling had stopped, and mediators said peace talks would resume. \
                        Aid groups reported civilian casualties from air strikes on two villages."""),
                Arguments.of("medtop:17000000", """
                        Snow and ice warning for the weekend

                        Forecasters issued a weather warning for snow and ice on Saturday, with temperatures falling to \
                        minus 12 degrees Celsius overnight. Heavy snowfall and strong winds are expected on high ground, \
                        and the weather service said showers would turn to sleet near the coast."""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneStatementPerTopLevel")
    void eachTopLevelComesFirstForItsOwnStatement(String expectedTop, String text) {
        TopicResult result = CLASSIFIER.classify(Statement.of("t", text));
        assertFalse(result.topics().isEmpty(), "no topic for " + expectedTop);
        assertEquals(expectedTop, result.topics().get(0).code(), "topics: " + result.topics());
        assertEquals(1, result.topics().get(0).level());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneStatementPerTopLevel")
    void everyDeeperTopicHasItsTopLevelAndScoresAreOrdered(String expectedTop, String text) {
        List<TopicTag> topics = CLASSIFIER.classify(Statement.of("t", text)).topics();
        Set<String> tops = new HashSet<>();
        for (TopicTag t : topics) {
            if (t.level() == 1) {
                tops.add(t.code());
            }
        }
        for (int i = 0; i < topics.size(); i++) {
            TopicTag t = topics.get(i);
            assertTrue(t.score() > 0 && t.score() <= 1, "score out of range: " + t);
            assertTrue(t.code().startsWith("medtop:"), t.code());
            if (i > 0) {
                assertTrue(topics.get(i - 1).score() >= t.score(), "not ordered by score: " + topics);
            }
            if (t.level() > 1) {
                assertTrue(tops.contains(topLevelOf(t.code())), t + " without its top level in " + topics);
            }
        }
    }

    /** Everyday-life stories whose words are not the hard-news vocabulary: leisure and human interest. */
    static Stream<Arguments> everydayLifeStories() {
        return Stream.of(
                Arguments.of("medtop:10000000", """
                        Families book ski holidays in the Dolomites earlier than ever

                        Ski resorts in the Dolomites say families are booking their February ski trips in September this \
                        year. Lift passes cost a little more than last season, but one operator said its chalets were \
                        full and that skiers now want cooking classes and spa days as well as fresh snow on the slopes."""),
                Arguments.of("medtop:10000000", """
                        Gardeners wait years for a plot as allotments fill up

                        Would-be gardeners in the town now wait up to six years for one of its 400 allotments. The \
                        allotment society said more young couples wanted to grow their own beans and potatoes, and the \
                        flower show in August had twice as many entries as last year."""),
                Arguments.of("medtop:08000000", """
                        Lifeguard who pulled boy from river named local hero

                        A lifeguard who swam into a flooded river to rescue a seven-year-old boy has been named the \
                        town's local hero of the year. Mara Quist, 23, received the bravery award at a dinner on \
                        Friday, where the boy's parents thanked her for an act of kindness they would never forget."""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everydayLifeStories")
    void everydayLifeStoriesGetTheirOwnTopicFirst(String expectedTop, String text) {
        List<TopicTag> topics = CLASSIFIER.classify(Statement.of("t", text)).topics();
        assertFalse(topics.isEmpty(), "no topic for " + expectedTop);
        assertEquals(expectedTop, topics.get(0).code(), "topics: " + topics);
    }

    @Test
    void coversAllSeventeenTopLevelsInTheFixtures() {
        Set<String> codes = new HashSet<>();
        oneStatementPerTopLevel().forEach(a -> codes.add((String) a.get()[0]));
        assertEquals(17, codes.size());
    }

    @Test
    void diplomacyReadoutWithWarTalkGetsPoliticsAndConflict() {
        String text = """
                The foreign minister held a phone call with her counterpart on bilateral ties and regional issues, \
                the foreign ministry said in a statement. The two diplomats discussed the humanitarian aid reaching \
                the war zone and agreed that sanctions should stay until a ceasefire is in place.

                The minister said her government supported a lasting peace and the end of the war, and that the \
                peace talks must include both parties to the conflict. She invited her counterpart to visit the \
                capital for a summit next month. Troops on both sides of the front line have kept up shelling.""";
        List<TopicTag> topics = CLASSIFIER.classify(Statement.of("d", text)).topics();
        List<String> tops = topics.stream().filter(t -> t.level() == 1).map(TopicTag::code).toList();
        assertEquals("medtop:11000000", tops.get(0), topics.toString());
        assertTrue(tops.contains("medtop:16000000"), topics.toString());
        assertTrue(topics.stream().anyMatch(t -> t.code().equals("medtop:20000638")), "international relations missing: " + topics);
    }

    @Test
    void aSingleStrayWordDoesNotEarnASecondTopLevel() {
        String text = """
                The football club confirmed that the striker will miss the cup final with a knee injury. The manager \
                said the squad had enough depth for the match, and the goalkeeper returns after suspension. The league \
                leaders play their next fixture on Saturday. Tickets went on sale at the stadium and online, where \
                the club's shop also sells the new shirt.""";
        List<TopicTag> topics = CLASSIFIER.classify(Statement.of("s", text)).topics();
        List<String> tops = topics.stream().filter(t -> t.level() == 1).map(TopicTag::code).toList();
        assertEquals(List.of("medtop:15000000"), tops, topics.toString());
    }

    @Test
    void capitalisedPartyNameCountsForPoliticsNotLabour() {
        String party = "The leader of the Labour party told voters that Labour would win the election, "
                + "and the Conservatives said the campaign was about the economy and the government's record.";
        List<TopicTag> topics = CLASSIFIER.classify(Statement.of("p", party)).topics();
        assertEquals("medtop:11000000", topics.get(0).code(), topics.toString());
        assertTrue(topics.stream().noneMatch(t -> t.code().equals("medtop:09000000")), topics.toString());
    }

    @Test
    void headlineOutweighsBodyMentions() {
        String text = "Storm warning issued for the coast\n\nOfficials said the match on Saturday "
                + "would go ahead despite the weather, and the heavy rain and gale force winds would ease by evening.";
        List<TopicTag> topics = CLASSIFIER.classify(Statement.of("h", text)).topics();
        assertEquals("medtop:17000000", topics.get(0).code(), topics.toString());
    }

    @Test
    void textWithoutTopicVocabularyGetsNoTopics() {
        assertTrue(CLASSIFIER.classify(Statement.of("e", "")).topics().isEmpty());
        assertTrue(CLASSIFIER.classify(Statement.of("e", "Lorem ipsum dolor sit amet.")).topics().isEmpty());
    }

    @Test
    void sameInputGivesTheSameOutput() {
        String text = "The central bank raised interest rates as inflation rose, and shares fell on the stock market.";
        TopicResult a = CLASSIFIER.classify(Statement.of("x", text));
        TopicResult b = new TopicClassifier().classify(Statement.of("x", text));
        assertEquals(a, b);
    }

    @Test
    void concurrentCallersGetTheSameResultsAsOneCaller() throws Exception {
        List<String> texts = oneStatementPerTopLevel().map(a -> (String) a.get()[1]).toList();
        List<TopicResult> expected = texts.stream().map(t -> CLASSIFIER.classify(Statement.of("c", t))).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                int offset = worker;
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        int i = (round + offset) % texts.size();
                        if (!expected.get(i).equals(CLASSIFIER.classify(Statement.of("c", texts.get(i))))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> run : runs) {
                assertTrue(run.get(), "a concurrent result differed from the sequential one");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void datePrefixIsNotText() {
        TopicResult r = CLASSIFIER.classify(Statement.of("x", "date 2025-01-02 The weather forecast: snow and frost."));
        assertEquals("medtop:17000000", r.topics().get(0).code());
        assertEquals(15, TopicClassifier.bodyStart("date 2025-01-02 Snow."));
        assertEquals(17, TopicClassifier.bodyStart("  date 2025-01-02 Snow."));
        assertEquals(0, TopicClassifier.bodyStart("date 2025-1-02 Snow."));
        assertEquals(0, TopicClassifier.bodyStart("date of the vote"));
        assertEquals(0, TopicClassifier.bodyStart("dat"));
    }

    private static final Taxonomy TAXONOMY = Taxonomy.load();

    private static String topLevelOf(String code) {
        return TAXONOMY.code(TAXONOMY.top(TAXONOMY.indexOf(code)));
    }
}
