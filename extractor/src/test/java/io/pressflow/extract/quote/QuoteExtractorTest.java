package io.pressflow.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.pressflow.extract.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures written for the project: invented people, places and words. */
class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> extract(String text) {
        List<Quote> quotes = extractor.extract(Statement.of("t", text));
        for (Quote q : quotes) {
            assertEquals(text.substring(q.start(), q.end()), q.text(), "span and text agree");
        }
        return quotes;
    }

    private static Quote quote(List<Quote> quotes, String words) {
        for (Quote q : quotes) {
            if (q.text().contains(words) && q.kind() != QuoteKind.INDIRECT) {
                return q;
            }
        }
        fail("no quote holding <" + words + "> in " + quotes);
        return null;
    }

    private static Quote reported(List<Quote> quotes, String words) {
        for (Quote q : quotes) {
            if (q.text().contains(words) && q.kind() == QuoteKind.INDIRECT) {
                return q;
            }
        }
        fail("no reported speech holding <" + words + "> in " + quotes);
        return null;
    }

    private static boolean anyHolds(List<Quote> quotes, String words) {
        return quotes.stream().anyMatch(q -> q.text().contains(words));
    }

    // ---- marks ----

    @Test
    void straightAndCurlyDoubleMarks() {
        List<Quote> q = extract("\"The bridge opens in May,\" Mayor Lina Okafor said.\n\n"
                + "\u201CWe kept every promise,\u201D Okafor added.");
        Quote first = quote(q, "The bridge opens in May,");
        assertEquals(QuoteKind.DIRECT, first.kind());
        assertEquals("Lina Okafor", first.speaker());
        assertEquals("said", first.cue());
        Quote second = quote(q, "We kept every promise");
        assertEquals("Lina Okafor", second.speaker(), "the surname resolves to the fullest form");
        assertEquals("added", second.cue());
    }

    @Test
    void aPortfolioBeforeATitleIsPartOfTheRoleNotTheName() {
        List<Quote> q = extract("\"Stocks need time to recover,\" Fisheries Minister Lena Sorensen told reporters.\n\n"
                + "Health Secretary Omar Haddad said: \"Clinics stay open all winter.\"");
        assertEquals("Lena Sorensen", quote(q, "Stocks need time to recover,").speaker());
        assertEquals("Omar Haddad", quote(q, "Clinics stay open all winter.").speaker());
    }

    @Test
    void guillemetsAndLowNinetyNineMarks() {
        List<Quote> q = extract("Minister Pavel Dusek told reporters: \u00ABThe harvest is safe.\u00BB\n\n"
                + "Later Dusek wrote in a post: \u201EThe grain will reach the coast.\u201C");
        assertEquals("Pavel Dusek", quote(q, "The harvest is safe.").speaker());
        Quote post = quote(q, "The grain will reach the coast.");
        assertEquals("Pavel Dusek", post.speaker());
        assertEquals("wrote", post.cue());
    }

    @Test
    void singleMarksNestedInDoubleOnesStayInside() {
        List<Quote> q = extract("\"They told us 'wait and see' for a year,\" said Ana Ferreira, a farmer.");
        Quote outer = quote(q, "They told us 'wait and see' for a year,");
        assertEquals("Ana Ferreira", outer.speaker());
        assertFalse(q.stream().anyMatch(x -> x.text().equals("wait and see")), "no separate quote for the nested one");
    }

    @Test
    void singleMarksInAHeadline() {
        List<Quote> q = extract("Okafor Says Port Deal Is 'A Fair Start'\n\nMayor Lina Okafor spoke on Tuesday about the port.");
        assertEquals("Lina Okafor", quote(q, "A Fair Start").speaker(), "the headline's cue names the speaker");
    }

    @Test
    void aQuotedTermWithNobodyInSightIsNoQuote() {
        List<Quote> q = extract("The bill, known locally as the \"harbour tax,\" passed on a narrow vote after a long night.");
        assertFalse(anyHolds(q, "harbour tax"), q.toString());
    }

    @Test
    void partialQuoteInsideTheWritersSentence() {
        List<Quote> q = extract("Governor Rafael Mendes branded the audit as \"deeply flawed.\"");
        Quote p = quote(q, "deeply flawed.");
        assertEquals(QuoteKind.PARTIAL, p.kind());
        assertEquals("Rafael Mendes", p.speaker());
        assertEquals("branded", p.cue());
    }

    @Test
    void aQuoteBrokenByItsAttribution() {
        List<Quote> q = extract("\"The vote was close,\" Senator Idris Bello said, \"but the result is clear.\"");
        assertEquals("Idris Bello", quote(q, "The vote was close,").speaker());
        Quote second = quote(q, "but the result is clear.");
        assertEquals("Idris Bello", second.speaker());
    }

    @Test
    void aQuoteOverSeveralParagraphsRepeatsItsOpeningMark() {
        String text = "Professor Hanna Lind said:\n\n"
                + "\"The first trial failed because the samples froze.\n\n"
                + "\"The second trial is running now and the early data look good.\"\n\n"
                + "The lab declined to comment further.";
        List<Quote> q = extract(text);
        Quote first = quote(q, "The first trial failed");
        Quote second = quote(q, "The second trial is running");
        assertFalse(first.text().contains("second trial"), "one quote per paragraph");
        assertEquals("Hanna Lind", first.speaker());
        assertEquals("Hanna Lind", second.speaker());
        assertFalse(anyHolds(q.stream().filter(x -> x.kind() != QuoteKind.INDIRECT).toList(), "declined to comment"));
    }

    @Test
    void curlyMarksNestedInStraightOnes() {
        String text = "Pollster Ivo Marsh went on:\n\n"
                + "\"Here is the question we asked: \u201CDo you trust the council?\u201D Forty per cent said yes.\"\n\n"
                + "The council did not respond.";
        List<Quote> q = extract(text);
        Quote outer = quote(q, "Forty per cent said yes");
        assertTrue(outer.text().startsWith("Here is the question"), outer.text());
        assertEquals("Ivo Marsh", outer.speaker());
    }

    @Test
    void anUnbalancedMarkDoesNotSwallowTheText() {
        String text = "The council met on \"Monday and voted.\n\n"
                + "\"Rents will fall,\" said councillor Ivo Petrov.\n\n"
                + "Nothing else was decided.";
        List<Quote> q = extract(text);
        Quote rents = quote(q, "Rents will fall,");
        assertEquals("Ivo Petrov", rents.speaker());
        for (Quote x : q) {
            assertFalse(x.kind() != QuoteKind.INDIRECT && x.text().contains("Nothing else"), "stray mark runs on: " + x);
            assertFalse(x.text().contains("Monday and voted.\n"), "crossed a paragraph: " + x);
        }
    }

    @Test
    void aResidentIsNamedPastTheirTownAndAge() {
        List<Quote> q = extract("Teodor Malin, of Brackton, Va., said the clinic had closed too early. "
                + "Ruth Ekwe, 59, said the bus no longer stops there.");
        assertEquals("Teodor Malin", reported(q, "the clinic had closed").speaker());
        assertEquals("Ruth Ekwe", reported(q, "the bus no longer stops").speaker());
    }

    @Test
    void aBodyNamedAfterAPersonIsNotTheLastOrganisationNamed() {
        List<Quote> q = extract("Senator Ilse Varga held rallies in Dunmore, N.C., and at the Harbor Workers Union hall. "
                + "The Varga campaign said it would add two more rallies.");
        Quote r = reported(q, "it would add two more rallies");
        assertFalse(String.valueOf(r.speaker()).contains("N.C."), r.toString());
        assertFalse(String.valueOf(r.speaker()).contains("Union"), r.toString());
    }

    @Test
    void aBodysNameRunsOnPastOnAndFor() {
        List<Quote> q = extract("The Commission on Coastal Safety said the beach would reopen. "
                + "The Centre for Rural Transport said the fares were too high. Mayor Oda Lind on Monday said little.");
        assertEquals("Commission on Coastal Safety", reported(q, "the beach would reopen").speaker());
        assertEquals("Centre for Rural Transport", reported(q, "the fares were too high").speaker());
    }

    @Test
    void aSurnameThatIsAlsoATitleStaysAName() {
        List<Quote> q = extract("Organiser Dara King opened the meeting. \"We start at six,\" Mr. King added.");
        assertEquals("Dara King", quote(q, "We start at six").speaker());
    }

    @Test
    void aPlaceNameOpeningWithNewKeepsIt() {
        List<Quote> q = extract("The New Harbor Post reported that the ferry would stop. The New York Ledger said the port was closed.");
        assertEquals("New York Ledger", reported(q, "the port was closed").speaker());
    }

    @Test
    void aDocumentIsNotTheLastBodyNamed() {
        List<Quote> q = extract("The Marlow Gazette reported that the mayor fell ill. New polls show the race is close.");
        assertEquals("the mayor fell ill", reported(q, "the mayor fell").text(), "a sentence ends after \"ill.\"");
        Quote polls = reported(q, "the race is close");
        assertFalse(String.valueOf(polls.speaker()).contains("Gazette"), polls.toString());
    }

    @Test
    void aNicknameInsideAQuoteIsNotTheCanonicalName() {
        List<Quote> q = extract("Senator Nadia Brook spoke first. Her rival Tom Ash wrote: \u201CSleepy Nadia Brook has no plan.\u201D "
                + "Brook said the plan was ready.");
        assertEquals("Nadia Brook", reported(q, "the plan was ready").speaker());
    }

    @Test
    void aCueInTheNextSentenceBelongsToTheNextSpeaker() {
        List<Quote> q = extract("Velmora branded the blockade an \"act of piracy.\" Ostrava insisted that the ships \"stay in port.\"");
        assertEquals("Velmora", quote(q, "act of piracy").speaker());
    }

    @Test
    void theWordsInsideAReportAreTheReportersSource() {
        List<Quote> q = extract("Minister Ola Brenn said Norland saw Velmora as \"a partner, not a customer,\" adding that firms were ready. "
                + "Mayor Ines Gault said the vote answered \"the loudest wish of the harbour district.\"");
        assertEquals("Ola Brenn", quote(q, "a partner, not a customer").speaker());
        assertEquals("Ines Gault", quote(q, "the loudest wish").speaker());
    }

    @Test
    void aBodyCalledByItsFirstWordIsTheSameBody() {
        List<Quote> q = extract("Korvel Systems released a new chip on Tuesday. Korvel said 40 universities had signed up.");
        assertEquals("Korvel Systems", reported(q, "40 universities had signed up").speaker());
    }

    @Test
    void whoeverIssuedAStatementSpeaksThroughIt() {
        List<Quote> q = extract("After a late meeting, the Harbour Board issued a statement calling the spill \"a clear breach\" of its rules.");
        assertEquals("Harbour Board", quote(q, "a clear breach").speaker());
    }

    @Test
    void aLawmakerIsNamedPastPartyStateAndARelativeClause() {
        List<Quote> q = extract("Rep. Dale Moreno, R-Texas, who chairs the budget panel, said the Senate was \"playing games\" with the deadline.");
        assertEquals("Dale Moreno", reported(q, "the Senate was").speaker());
        assertEquals("Dale Moreno", quote(q, "playing games").speaker());
    }

    @Test
    void aBodysProperNameMadeOfTitleWordsIsThatBody() {
        List<Quote> q = extract("Ana Ruiz chairs the Budget Committee. The White House said the president would sign the bill. "
                + "The Ministry of Ports opened a terminal. The Ministry said it was late.");
        assertEquals("White House", reported(q, "the president would sign").speaker());
        assertEquals("Ministry of Ports", reported(q, "it was late").speaker());
    }

    @Test
    void listenersAreNotPartOfTheReport() {
        List<Quote> q = extract("Press secretary Nia Brooks told reporters the president had spoken with both leaders.");
        assertEquals("the president had spoken with both leaders", reported(q, "the president had spoken").text());
    }

    @Test
    void aPronounContinuesTheRecentSubjectNotTheLastManNamed() {
        String text = "Sir Oskar Lehto played a charity concert in Tallinn on Sunday. "
                + "Sir Oskar played hits to a crowd which included former president Arvo Kask and his wife.\n\n"
                + "He told the crowd: \"I have been lucky every single day.\"";
        List<Quote> q = extract(text);
        assertEquals("Oskar Lehto", quote(q, "I have been lucky").speaker());
    }

    @Test
    void aCueThatEndsTheTextReportsNothing() {
        assertTrue(extract("The regional council told").isEmpty());
        assertTrue(extract("Officials in the port city said").isEmpty());
    }

    @Test
    void aGivenNameAloneThatSpeaksIsAPerson() {
        List<Quote> q = extract("\u201CWe waited all night,\u201D Melanie said.\n\n\u201CNobody came,\u201D she said.");
        assertEquals("Melanie", quote(q, "Nobody came").speaker());
    }

    @Test
    void aCallReadoutTellsItsLeadersApart() {
        String text = "President Tomas Arland spoke today with Prime Minister Efe Danjuma of Korvia. "
                + "The Prime Minister thanked the President for the support and said Korvia would host a summit in March.\n\n"
                + "\u201COur partnership has never been stronger,\u201D the President said after the call. "
                + "Danjuma called the conversation \u201Cfrank and warm.\u201D";
        List<Quote> q = extract(text);
        assertEquals("Efe Danjuma", reported(q, "Korvia would host a summit").speaker());
        assertEquals("Tomas Arland", quote(q, "Our partnership").speaker());
        assertEquals("Efe Danjuma", quote(q, "frank and warm").speaker(), "\"of Korvia\" is not part of the name");
    }

    @Test
    void aCompanyThatActsAndSaysIsTheSpeaker() {
        List<Quote> q = extract("Harlow Robotics Inc. reported revenue of $412 million on Tuesday. "
                + "The company raised its outlook and said it expects revenue of $1.6 billion.");
        assertEquals("Harlow Robotics Inc.", reported(q, "it expects revenue").speaker());
    }

    @Test
    void aPluralPossessiveAndAPlaceStayInTheSpeakersPhrase() {
        List<Quote> q = extract("According to the regional growers\u2019 union, more than 3,000 families have applied for aid. "
                + "Farmers in the valley say the drought is the worst in living memory.");
        assertEquals("the regional growers\u2019 union", reported(q, "more than 3,000 families").speakerMention());
        assertEquals("Farmers in the valley", reported(q, "the drought is the worst").speakerMention());
    }

    // ---- transcripts ----

    @Test
    void transcriptTurnsAreQuotesOfTheirLabelledSpeaker() {
        String text = "Deputy mayor Tomas Rekker spoke to radio host Ilse Brandt on Sunday.\n\n"
                + "\"BRANDT: Will the tram line open on time?\n\n"
                + "\"REKKER: It will open in March, and the fares stay where they are.\n\n"
                + "\"(CROSSTALK.)\n\n"
                + "\"BRANDT: Thank you, deputy mayor.\"";
        List<Quote> q = extract(text);
        Quote answer = quote(q, "It will open in March");
        assertEquals("Tomas Rekker", answer.speaker());
        assertTrue(answer.text().startsWith("It will open"), "the label is not part of the words: " + answer.text());
        assertEquals(QuoteKind.DIRECT, answer.kind());
        assertEquals("Ilse Brandt", quote(q, "Will the tram line open").speaker());
        assertFalse(anyHolds(q, "CROSSTALK"), "a stage direction is nobody's words: " + q);
    }

    @Test
    void aLabelNobodyIsNamedByIsNoSpeaker() {
        String text = "\u201CThe figures were wrong,\u201D finance officer Kalle Moor said.\n\n"
                + "\"CLARIFICATION: An earlier version gave the wrong year for the audit.\"";
        List<Quote> q = extract(text);
        for (Quote x : q) {
            assertFalse("Clarification".equalsIgnoreCase(String.valueOf(x.speaker())), "an editor's label spoke: " + x);
        }
    }

    @Test
    void aBriefingWithLabelsInTitleCaseIsQuotedTurnByTurn() {
        String text = "Interior Ministry Spokesperson Lucia Ferrante\u2019s Weekly Briefing on May 4\n\n"
                + "Lucia Ferrante: The minister will visit the northern border posts on Thursday.\n\n"
                + "Harbour Radio: Will the minister meet the mayors of the border towns?\n\n"
                + "Lucia Ferrante: As the minister said last week, \u201Cevery town will be heard.\u201D Meetings are planned.\n\n"
                + "Q: Officials in Vesna told reporters that the posts were understaffed. Is that so?\n\n"
                + "Lucia Ferrante: Staffing has risen by a fifth since January.";
        List<Quote> q = extract(text);
        Quote first = quote(q, "The minister will visit the northern border posts");
        assertEquals("Lucia Ferrante", first.speaker());
        assertEquals(QuoteKind.DIRECT, first.kind());
        assertTrue(first.text().startsWith("The minister will"), "the label is not part of the words: " + first.text());
        assertEquals("Harbour Radio", quote(q, "Will the minister meet the mayors").speaker());
        Quote withQuote = quote(q, "As the minister said last week");
        assertEquals("Lucia Ferrante", withQuote.speaker(), "an answer quoting someone is still her turn");
        assertFalse(q.stream().anyMatch(x -> x.kind() == QuoteKind.INDIRECT && x.text().contains("posts were understaffed")),
                "a report inside a reporter's question is part of the question: " + q);
        Quote asked = quote(q, "Is that so?");
        assertNull(asked.speaker(), "an unnamed reporter at a briefing: " + asked);
        assertEquals("Lucia Ferrante", quote(q, "Staffing has risen").speaker());
    }

    @Test
    void aLabelBeforeTheQuoteMarksNamesTheTurnsSpeaker() {
        String text = "Coach Mirela Dascalu spoke after the home defeat. This is some of what she said:\n\n"
                + "Reporter: \u201CWas that the worst half of the season?\u201D\n\n"
                + "Dascalu: \u201CIt was close. We were slow to every ball.\u201D\n\n"
                + "Reporter: \u201CWill you change the back four?\u201D\n\n"
                + "Dascalu: \u201CYou will see on Saturday.\u201D";
        List<Quote> q = extract(text);
        Quote answer = quote(q, "It was close");
        assertEquals("Mirela Dascalu", answer.speaker());
        assertTrue(answer.text().startsWith("It was close"), "the marks are not part of the words: " + answer.text());
        assertNotEquals("Mirela Dascalu", quote(q, "Was that the worst half").speaker(), "the reporter asks");
        assertNotEquals("Mirela Dascalu", quote(q, "Will you change the back four").speaker(), "the reporter asks");
    }

    @Test
    void aParagraphOpeningWithATitleCaseWordAndAColonIsNoTurnOutsideATranscript() {
        String text = "\u201CThe bridge reopens on Monday,\u201D transport officer Kalle Moor said.\n\n"
                + "Update: An earlier version of this story gave the wrong date for the closure.\n\n"
                + "Road Works: The eastern lane stays closed until June.";
        List<Quote> q = extract(text);
        assertFalse(anyHolds(q, "An earlier version"), "an editor's note is nobody's words: " + q);
        assertFalse(anyHolds(q, "The eastern lane stays closed"), "a heading is nobody's words: " + q);
    }

    // ---- cues ----

    @Test
    void aStraightMarkLeftOpenBeforeACurlyQuoteIsAStray() {
        String text = "The inspectors walked the site on Tuesday.\n\n"
                + "\"The drains were blocked and the pumps were off.\n\n"
                + "\u201CWe fixed it the same day,\u201D site manager Oren Vasko said.";
        List<Quote> q = extract(text);
        assertEquals("Oren Vasko", quote(q, "We fixed it the same day").speaker());
        assertFalse(anyHolds(q, "drains were blocked"), "a stray mark is no quote: " + q);
    }

    @Test
    void cueBeforeTheQuoteWithAColon() {
        List<Quote> q = extract("Chief executive Mei Tanaka said: \"Our orders doubled.\"");
        Quote x = quote(q, "Our orders doubled.");
        assertEquals("Mei Tanaka", x.speaker());
        assertEquals("said", x.cue());
        assertEquals(QuoteKind.DIRECT, x.kind());
    }

    @Test
    void invertedCueAndAppositionAfterTheQuote() {
        List<Quote> q = extract("\"Prices will settle by spring,\" said Tomas Varga, an economist at the Baltic Institute.");
        Quote x = quote(q, "Prices will settle by spring,");
        assertEquals("Tomas Varga", x.speaker());
        assertEquals(SpeakerType.PERSON, x.speakerType());
    }

    @Test
    void toldSomeone() {
        List<Quote> q = extract("\"We are not leaving,\" Ana Ferreira told the local radio station.");
        Quote x = quote(q, "We are not leaving,");
        assertEquals("Ana Ferreira", x.speaker());
        assertEquals("told", x.cue());
    }

    @Test
    void accordingTo() {
        List<Quote> q = extract("According to Idris Bello, \"the budget is balanced for the first time.\"");
        Quote x = quote(q, "the budget is balanced");
        assertEquals("Idris Bello", x.speaker());
        assertEquals("according to", x.cue());
    }

    @Test
    void organisationsSpeak() {
        List<Quote> q = extract("\"Service will resume on Friday,\" the Northern Rail Authority said in a statement.");
        Quote x = quote(q, "Service will resume on Friday,");
        assertEquals("Northern Rail Authority", x.speaker());
        assertEquals(SpeakerType.ORGANISATION, x.speakerType());
    }

    @Test
    void titlesAreStrippedFromTheSpeaker() {
        List<Quote> q = extract("\"The treaty stands,\" Prime Minister Tomas Varga said.");
        assertEquals("Tomas Varga", quote(q, "The treaty stands,").speaker());
    }

    // ---- who is speaking ----

    @Test
    void aQuoteStandingAloneContinuesThePreviousSpeaker() {
        List<Quote> q = extract("\"We will appeal,\" lawyer Sofia Reyes said on Monday.\n\n"
                + "\"The judge ignored three witnesses.\"\n\n"
                + "The court has not responded.");
        assertEquals("Sofia Reyes", quote(q, "The judge ignored three witnesses.").speaker());
    }

    @Test
    void pronounsResolveToTheMostRecentFittingPerson() {
        List<Quote> q = extract("Governor Rafael Mendes opened the plant on Tuesday.\n\n"
                + "\"This is a good day for the valley,\" he said.\n\n"
                + "Mayor Lina Okafor praised the jobs.\n\n"
                + "\"Two hundred families will benefit,\" she said.");
        assertEquals("Rafael Mendes", quote(q, "This is a good day").speaker());
        assertEquals("he", quote(q, "This is a good day").speakerMention());
        assertEquals("Lina Okafor", quote(q, "Two hundred families").speaker());
    }

    @Test
    void descriptionsResolveByRole() {
        String text = "Estonian President Marta Ilves spoke by phone with Lithuanian Prime Minister Jonas Kairys on Monday.\n\n"
                + "\"We share one border and one future,\" the Lithuanian leader said.\n\n"
                + "\"Our ports are open to you,\" the Estonian president said.";
        List<Quote> q = extract(text);
        assertEquals("Jonas Kairys", quote(q, "We share one border").speaker());
        assertEquals("Marta Ilves", quote(q, "Our ports are open").speaker());
    }

    @Test
    void theCanonicalSpeakerIsTheFullestFormOfTheName() {
        List<Quote> q = extract("Maria Elena Castillo won the vote.\n\n\"It was a long night,\" Castillo said.");
        assertEquals("Maria Elena Castillo", quote(q, "It was a long night,").speaker());
        assertEquals("Castillo", quote(q, "It was a long night,").speakerMention());
    }

    @Test
    void theSpeakerOfAPartialQuoteIsTheSubjectOfItsCue() {
        List<Quote> q = extract("Ivo Petrov said he won \"every single round\" of the talks with Sofia Reyes.");
        assertEquals("Ivo Petrov", quote(q, "every single round").speaker());
    }

    @Test
    void aQuoteWithNoSpeakerAnywhereHasNone() {
        List<Quote> q = extract("The sign on the door read \"closed for repairs until further notice.\"");
        for (Quote x : q) {
            if (x.text().contains("closed for repairs")) {
                assertNull(x.speaker());
            }
        }
    }

    // ---- reported speech ----

    @Test
    void reportedSpeechAfterTheCue() {
        List<Quote> q = extract("Tomas Varga said the central bank will cut rates in June.");
        Quote x = reported(q, "the central bank will cut rates in June");
        assertEquals("Tomas Varga", x.speaker());
        assertEquals("said", x.cue());
    }

    @Test
    void reportedSpeechToAListenerWithThat() {
        List<Quote> q = extract("The Lithuanian prime minister Jonas Kairys told Marta Ilves that Vilnius will send engineers.");
        Quote x = reported(q, "Vilnius will send engineers");
        assertEquals("Jonas Kairys", x.speaker());
        assertFalse(x.text().contains("Marta Ilves"), "the listener is not part of what was said");
    }

    @Test
    void reportedSpeechBeforeTheCue() {
        List<Quote> q = extract("The harbour will reopen next week, the Northern Rail Authority said.");
        Quote x = reported(q, "The harbour will reopen next week");
        assertEquals("Northern Rail Authority", x.speaker());
    }

    @Test
    void anAttributionSetOffByCommasInterruptsTheReport() {
        List<Quote> q = extract("Harbour master Ines Falk spoke to reporters on the quay.\n\n"
                + "But for now, Falk said, the ferries will keep to the winter timetable.\n\n"
                + "The ferry company, Falk said, had not asked for more berths.");
        Quote opening = reported(q, "for now");
        assertEquals("for now", opening.text(), "the linking 'But' is not reported");
        assertEquals("Ines Falk", opening.speaker());
        assertEquals("Ines Falk", reported(q, "the ferries will keep to the winter timetable").speaker());
        assertEquals("The ferry company", reported(q, "The ferry company").text());
        assertEquals("Ines Falk", reported(q, "had not asked for more berths").speaker());
    }

    @Test
    void aReportEndsWhereAnotherSpeakersReportIsJoinedByAnd() {
        List<Quote> q = extract("Council members said the depot had cost twice the estimate and residents argued that the bus lanes were empty.\n\n"
                + "The mayor said the bakery and its suppliers agreed to move the market.");
        Quote first = reported(q, "the depot had cost twice the estimate");
        assertFalse(first.text().contains("residents"), first.text());
        Quote second = reported(q, "the bus lanes were empty");
        assertEquals("residents", second.speakerMention());
        assertTrue(reported(q, "the bakery and its suppliers").text().contains("agreed to move the market"),
                "two subjects joined by 'and' are one clause");
    }

    @Test
    void reportedSpeechBeforeATellingWithItsListener() {
        List<Quote> q = extract("TARVIK \u2015 Harbour traffic will double by 2030, Sen. Maria Olsen (D-Maine) told reporters on Tuesday.\n\n"
                + "The new berths will be ready in spring, she told the Harbour Board.\n\n"
                + "Fees will rise next year, Olsen told me.");
        Quote first = reported(q, "Harbour traffic will double by 2030");
        assertEquals("Harbour traffic will double by 2030", first.text(), "the dateline is not reported");
        assertEquals("Maria Olsen", first.speaker());
        assertEquals("Maria Olsen", reported(q, "The new berths will be ready in spring").speaker());
        assertEquals("Maria Olsen", reported(q, "Fees will rise next year").speaker());
    }

    @Test
    void anyNounWithItsArticleBeforeSaidReports() {
        // a cue as the text's first word has no word before it (this once read index -1)
        List<Quote> q = extract("Said the lawyer: nothing.\n\n"
                + "The cooperative said in a petition that some growers had waited two years.\n\n"
                + "The fire said nothing about the cause, the brigade said.");
        Quote x = reported(q, "some growers had waited two years");
        assertEquals("The cooperative", x.speakerMention());
        assertFalse(q.stream().anyMatch(y -> "The fire".equals(y.speakerMention())), q.toString());
    }

    @Test
    void aSubjectWithAppositionsButNoPersonNamed() {
        List<Quote> q = extract("A riders' group, the Courier Riders Union, said the hearing had focused on the wrong checks.\n\n"
                + "The chief executive of Brisk, a delivery firm, said the company had let drivers start early.");
        assertEquals("Courier Riders Union", reported(q, "the hearing had focused on the wrong checks").speaker());
        assertEquals("The chief executive of Brisk", reported(q, "the company had let drivers start early").speakerMention());
    }

    @Test
    void accordingToAnySource() {
        List<Quote> q = extract("The actress will begin filming in Lisbon next month, according to her publicist.\n\n"
                + "Rents rose by 9 per cent last year, according to a survey published on Monday by the housing office.");
        assertEquals("her publicist", reported(q, "will begin filming in Lisbon next month").speakerMention());
        assertEquals("a survey", reported(q, "Rents rose by 9 per cent last year").speakerMention(),
                "the participle qualifies the source, it is not its head");
    }

    @Test
    void anUnnamedWomanIsTheSpeakerNotTheCompanyBefore() {
        List<Quote> q = extract("Tarvik Power said crews had restored supply by noon.\n\n"
                + "\"We sat in the dark for two days,\" a woman on Harbour Street said.");
        Quote x = quote(q, "We sat in the dark for two days");
        assertEquals("a woman on Harbour Street", x.speakerMention(), "the street is where she lives, not who speaks");
        assertNotEquals("Tarvik Power", x.speaker());
        assertNotEquals("Harbour Street", x.speaker());
    }

    @Test
    void wordsMarkedInsideAReportAreItsSources() {
        List<Quote> q = extract("Jonas Berg opened the meeting.\n\n"
                + "More than 9,000 parents took part in a \"walk-in\" at 200 schools, according to the organisers.\n\n"
                + "The general manager, Philip Danforth, replied with one line, according to the emails: \"Agree. Keep it small.\"");
        assertEquals("the organisers", quote(q, "walk-in").speakerMention());
        assertEquals("Philip Danforth", quote(q, "Keep it small").speaker(), "a cue of its own outranks a source the word lists do not know");
    }

    @Test
    void aFamilyAndAReportOpeningWithAPreposition() {
        List<Quote> q = extract("Her family said she died peacefully at home in Tarvik on Sunday.\n\n"
                + "Analyst Markus Feld praised the device. But he warned that at nearly 1,500 francs it would struggle to sell.");
        assertEquals("Her family", reported(q, "she died peacefully at home").speakerMention());
        assertEquals("Markus Feld", reported(q, "at nearly 1,500 francs it would struggle to sell").speaker());
    }

    @Test
    void aSourceAfterAccordingToMayReportAgain() {
        List<Quote> q = extract("The school lost its roof, according to Superintendent Angela Ruiz, who said classes were cancelled through Friday.");
        assertEquals("Angela Ruiz", reported(q, "The school lost its roof").speaker(), "a post before a name is a title, not a given name");
        assertEquals("Angela Ruiz", reported(q, "classes were cancelled through Friday").speaker());
    }

    @Test
    void postsWrittenAsTitlesAreNotPartOfTheName() {
        List<Quote> q = extract("Rabbi Ezra Stein said the synagogue would reopen in May.\n\n\"We will not stop,\" the rabbi said.");
        assertEquals("Ezra Stein", reported(q, "the synagogue would reopen in May").speaker());
        assertEquals("Ezra Stein", quote(q, "We will not stop").speaker());
    }

    @Test
    void aLongLedeBeforeTheAttribution() {
        List<Quote> q = extract("TARVIK, Norland \u2014 A 34-year-old fisherman pulled from the harbour by a ferry crew early Sunday had been "
                + "clinging to a buoy for more than three hours before he was seen, the port's police chief said Monday.\n\n"
                + "Brisk Cycles, the Tarvik bicycle start-up, is recalling about 40,000 of its e-bikes after riders reported brakes "
                + "that failed, the company said on Wednesday.\n\n"
                + "In the badly flooded district of Ostvik, the mayor said the roads were closed.");
        Quote lede = reported(q, "clinging to a buoy for more than three hours");
        assertTrue(lede.text().startsWith("A 34-year-old fisherman"), lede.text());
        assertEquals("the port's police chief", lede.speakerMention());
        assertTrue(reported(q, "is recalling about 40,000 of its e-bikes").text().startsWith("Brisk Cycles, the Tarvik"));
        assertFalse(anyHolds(q, "badly flooded district"), "a fronted place is no report");
    }

    @Test
    void aNameAfterItsBodyAndPostThenARelativeClause() {
        List<Quote> q = extract("Tarvik Rovers manager Ola Brenn, whose side have not won in six games, said the penalty was fair.");
        assertEquals("Ola Brenn", reported(q, "the penalty was fair").speaker());
    }

    @Test
    void theYoungManIsThePersonInViewUnlessOneWasIntroducedUnnamed() {
        List<Quote> q = extract("Ola Brenn has built boats since 1992. His apprentice, Dylan Hart, 24, arrived two winters ago. "
                + "The young man says he learned more in a month than in two years.\n\n"
                + "A man was arrested near the harbour on Sunday. Police chief Tom Berg said the road was closed. "
                + "The man told police he had not been drinking.");
        assertEquals("Dylan Hart", reported(q, "he learned more in a month").speaker());
        assertNotEquals("Tom Berg", reported(q, "he had not been drinking").speaker(), "the man introduced unnamed is not the chief");
    }

    @Test
    void lateNamedSpokespersonOfABody() {
        List<Quote> q = extract("TARVIK \u2014 The Harbour Board opened an inquiry into the ferry fire, its chief spokesperson told the daily briefing.\n\n"
                + "Chief Spokesperson Ines Dahl said the report would be published in May.");
        assertEquals("Ines Dahl", reported(q, "opened an inquiry into the ferry fire").speaker());
    }

    @Test
    void subjectsWithTitlesPostsAndRelativeClauses() {
        List<Quote> q = extract("TARVIK (Norland Wire) \u2014 A passenger ferry caught fire and sank before dawn Sunday off the island of Ostvik, "
                + "killing at least 14 people, officials said.\n\n"
                + "The syndicate, which represents about 220 workers, said it had learned of the layoffs from the news release.\n\n"
                + "Brisk Grid said it now supplies rooftop panels to 46,000 households.\n\n"
                + "The uilleann piper Fr Padraig Ostby, a friend for 50 years, said he had turned down a contract in New York.\n\n"
                + "A second relief centre has opened at the showground, Tarra Shire mayor Cr Ngaire Tupou-Watts says.");
        assertEquals("officials", reported(q, "A passenger ferry caught fire and sank").speakerMention());
        assertEquals("The syndicate", reported(q, "it had learned of the layoffs").speakerMention());
        assertEquals("Brisk Grid", reported(q, "it now supplies rooftop panels").speaker());
        assertEquals("Padraig Ostby", reported(q, "he had turned down a contract").speaker());
        assertEquals("Ngaire Tupou-Watts", reported(q, "A second relief centre has opened").speaker());
    }

    @Test
    void theNameSheGaveIsWhoSpeaks() {
        List<Quote> q = extract("Abigail Thorn said she had lost the ring in 1985.\n\n"
                + "\"I almost put it in the bin for a dollar,\" said the woman who sorted the box, who gave her name as Mara Nakashima.");
        assertEquals("Mara Nakashima", quote(q, "I almost put it in the bin").speaker());
    }

    @Test
    void aGoalAddedIsNoWordsAdded() {
        List<Quote> q = extract("Substitute Ryo Tanaka added a third with a deflected shot before Ola Brenn pulled one back.\n\n"
                + "Brenn added the club would appeal.");
        assertFalse(anyHolds(q, "deflected shot"), q.toString());
        assertEquals("Ola Brenn", reported(q, "the club would appeal").speaker());
    }

    @Test
    void advisersToAPersonAndAFrontedAdjunct() {
        List<Quote> q = extract("But in recent days, advisers to Mayor Lina Okafor say, she has grown tired of the dispute.\n\n"
                + "The family reportedly said the hearing would resume on Monday.\n\n"
                + "Unlike the old board, the new trustees have no investors that the city could pressure, critics say.");
        assertEquals("advisers to Mayor Lina Okafor", reported(q, "she has grown tired of the dispute").speakerMention());
        assertEquals("The family", reported(q, "the hearing would resume on Monday").speakerMention(),
                "'family' after its article is a noun, not an adverb in -ly");
        assertEquals("critics", reported(q, "the new trustees have no investors").speakerMention());
    }

    @Test
    void aTimePhraseBetweenSubjectAndCue() {
        List<Quote> q = extract("Tarvik Bank just this month announced it would drop the fees.\n\n"
                + "The ministry earlier this week said it would cut fares.");
        assertEquals("Tarvik Bank", reported(q, "it would drop the fees").speaker());
        assertEquals("The ministry", reported(q, "it would cut fares").speakerMention());
    }

    @Test
    void aFindingWithItsThatClause() {
        List<Quote> q = extract("Another slide shows that 80 percent of the avocados are grown in Tarvik.\n\n"
                + "The audit found that eight of 10 ferries were late.");
        assertEquals("Another slide", reported(q, "80 percent of the avocados are grown in Tarvik").speakerMention());
        assertTrue(anyHolds(q, "eight of 10 ferries were late"), "a number inside the clause does not make 'that' a demonstrative");
    }

    @Test
    void aCircumstanceBeforeTheAttributionIsNotReported() {
        List<Quote> q = extract("Asked about the delay, Mayor Tomas Brenner said, the council would decide in May.\n\n"
                + "On Friday the harbour master said the ferries would run again.");
        assertFalse(anyHolds(q, "Asked about"), q.toString());
        assertFalse(anyHolds(q, "On Friday"), q.toString());
        assertEquals("Tomas Brenner", reported(q, "the council would decide in May").speaker());
    }

    @Test
    void stancesCountAsAttributions() {
        List<Quote> q = extract("Mayor Lina Okafor plans to build two new schools before the election.\n\n"
                + "The regional court ruled that the tender was unlawful.");
        assertEquals("Lina Okafor", reported(q, "to build two new schools").speaker());
        Quote ruling = reported(q, "the tender was unlawful");
        assertEquals("ruled", ruling.cue());
        assertNotNull(ruling.speakerMention());
    }

    @Test
    void reportedSpeechHoldingAPartialQuote() {
        List<Quote> q = extract("Sofia Reyes said the ruling was \"a win for tenants\" and would stand.");
        assertEquals("Sofia Reyes", reported(q, "the ruling was").speaker());
        assertEquals(QuoteKind.PARTIAL, quote(q, "a win for tenants").kind());
    }

    @Test
    void nonSpeechIsNotReported() {
        List<Quote> q = extract("The river rose overnight and the roads were closed.\n\nVolunteers filled sandbags until dawn.");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aCueWithANounForObjectReportsNothing() {
        String text = "Judge Arno Vell rejected that argument in a ruling on Friday. "
                + "The board declined that offer and has since sold the land. "
                + "Councillor Mira Ost added a note of caution, should the budget slip again.";
        List<Quote> q = extract(text);
        assertTrue(q.isEmpty(), "objects are not reports: " + q);
    }

    @Test
    void aPronounOpeningARelativeClauseIsNoSpeaker() {
        String text = "The port authority missed the target it pledged to reach by the spring. "
                + "Analysts studied the savings it said the merger would bring to the region.";
        List<Quote> q = extract(text);
        assertFalse(anyHolds(q, "to reach by the spring"), q.toString());
        assertFalse(anyHolds(q, "the merger would bring"), q.toString());
    }

    @Test
    void aNounAfterAPossessiveIsNoCue() {
        List<Quote> q = extract("The case stalled because of Ms. Dorn's Fifth Amendment claims, lawyers for the city said.");
        for (Quote x : q) {
            assertFalse(x.text().startsWith("lawyers for the city"), "\"claims\" is a noun here: " + x);
        }
    }

    @Test
    void aRunningStoryHeadlineNamesNoSpeaker() {
        String text = "The Latest: Harbour strike ends after two weeks\n\n"
                + "The Latest on the dock workers' strike in Velmora (all times local).\n\n"
                + "Union leader Pia Rask said the members voted to return on Monday.";
        List<Quote> q = extract(text);
        for (Quote x : q) {
            assertFalse(x.text().contains("Harbour strike ends"), "\"The Latest\" said nothing: " + x);
        }
        assertEquals("Pia Rask", reported(q, "the members voted to return").speaker());
    }

    @Test
    void theOneQuotedAsSayingSpeaksNotTheOutlet() {
        String text = "Harbour master Lena Voss was quoted as saying the channel was \"clear for now.\" "
                + "The Coastal Gazette quoted Omar Reyes, a ferry captain, as saying crossings had halved.\n\n"
                + "\"Nobody books a trip they cannot trust,\" he was quoted by local radio as saying.";
        List<Quote> q = extract(text);
        assertEquals("Lena Voss", quote(q, "clear for now").speaker());
        assertEquals("Lena Voss", reported(q, "the channel was").speaker());
        assertEquals("Omar Reyes", reported(q, "crossings had halved").speaker());
        assertFalse(anyHolds(q, "Omar Reyes, a ferry captain"), "the person quoted is not the content: " + q);
        assertEquals("Omar Reyes", quote(q, "Nobody books a trip").speaker());
    }

    @Test
    void shortTitlesAndPartyTagsNameTheLaterDescriptions() {
        String text = "Sen. Ada Brandt (D-Minn.) and Rep. Milo Kerr (R-Texas) argued on Sunday over the grain bill, "
                + "which the House takes up next week after months of delay.\n\n"
                + "\"I have farmed all my life,\" the senator said. \"So have my neighbours,\" the Minnesota Democrat added.\n\n"
                + "\"Then read the bill,\" the congressman said. \"Every page of it,\" the Texas Republican said.\n\n"
                + "One Republican warned that the vote could slip again.";
        List<Quote> q = extract(text);
        assertEquals("Ada Brandt", quote(q, "I have farmed all my life").speaker());
        assertEquals("Ada Brandt", quote(q, "So have my neighbours").speaker());
        assertEquals("Milo Kerr", quote(q, "Then read the bill").speaker());
        assertEquals("Milo Kerr", quote(q, "Every page of it").speaker());
        assertNotEquals("Milo Kerr", reported(q, "the vote could slip").speaker(), "\"One Republican\" is someone unnamed");
    }

    @Test
    void aPostNamedForItsPlatformIsNoCue() {
        String text = "Councillor Ines Duarte spoke at length on Tuesday about the harbour plan and the cost of the new ferries.\n\n"
                + "Last week she wrote in a Facebook post that she would \"fight every clause\" of the plan.";
        List<Quote> q = extract(text);
        assertEquals("Ines Duarte", quote(q, "fight every clause").speaker());
    }

    @Test
    void aFrontedQuestionIsNotWhatTheSpeakerSaid() {
        String text = "Asked whether the ferries would run on Sunday, harbour spokesman Tor Lund said, \"Check the board.\"";
        List<Quote> q = extract(text);
        assertEquals("Tor Lund", quote(q, "Check the board.").speaker());
        assertFalse(anyHolds(q, "Asked whether the ferries"), "the question is the circumstance, not the report: " + q);
    }

    @Test
    void aNameBeforeARoleOnlyQualifiesTheNextName() {
        String text = "Rovers United beat Harbour Athletic 3-1 on Saturday in front of a sold-out crowd at the old ground by the river.\n\n"
                + "Rovers boss Ilkka Varno praised his young defenders.\n\n"
                + "\"They grew up today,\" he said.\n\n"
                + "Athletic captain Oda Brenn was less happy. \"We gave it away,\" she said.\n\n"
                + "\"Now we rest,\" the Rovers coach added.";
        List<Quote> q = extract(text);
        assertEquals("Ilkka Varno", quote(q, "They grew up today").speaker(), "the club only qualifies its boss");
        assertEquals("Oda Brenn", quote(q, "We gave it away").speaker());
        assertEquals("Ilkka Varno", quote(q, "Now we rest").speaker(), "a club's boss is its coach");
    }

    @Test
    void aRoleOpeningTheSentenceBelongsToTheSpeaker() {
        List<Quote> q = extract("Council member Ines Duarte said the harbour plan ignored the poorest streets.");
        Quote x = reported(q, "the harbour plan ignored");
        assertEquals("Ines Duarte", x.speaker());
        assertEquals("Council member Ines Duarte", x.speakerMention());
    }

    @Test
    void aHyphenatedTitleIsNoPartOfTheNameAndAPronounTeachesAGender() {
        String text = "Prime Minister Saara Ilves spoke to parliament on Friday about the troops massed near the eastern border.\n\n"
                + "\"We know what we see,\" she said.\n\n"
                + "Alliance Secretary-General Joris Aalto said the allies were watching closely. "
                + "He called on both sides to \"step back from the line.\"";
        List<Quote> q = extract(text);
        assertEquals("Saara Ilves", quote(q, "We know what we see").speaker());
        assertEquals("Joris Aalto", reported(q, "the allies were watching").speaker());
        assertEquals("Joris Aalto", quote(q, "step back from the line").speaker(), "\"she\" made Ilves a woman, so \"he\" is Aalto");
    }

    @Test
    void aSpeakerAfterTheQuoteWithALongAppositionStillSpeaks() {
        String text = "\"The levy is a tax by another name,\" Ruth Amsel, the finance director of Brenford, one of the towns "
                + "suing the province, said at a hearing in the capital.";
        List<Quote> q = extract(text);
        assertEquals("Ruth Amsel", quote(q, "The levy is a tax").speaker());
        assertFalse(anyHolds(q, "at a hearing"), "a place after the cue is no speaker: " + q);
    }

    @Test
    void aPluralPossessiveInARelativeClauseDoesNotHideTheSubject() {
        String text = "The group met on Monday.\n\nIvo Rask, who runs the drive for the dock workers' families, said, "
                + "\"They have been ignored for a decade.\"";
        assertEquals("Ivo Rask", quote(extract(text), "They have been ignored").speaker());
    }

    @Test
    void titlesOfWorksAndBroadcastsAreNamedNotQuoted() {
        String text = "On Sunday's episode of \"Harbour Talk,\" Mayor Lina Okafor said the port would reopen. "
                + "Her 2019 documentary, \"12th,\" is still shown, and she hosts the \"Open Water\" radio program. "
                + "She called the plan \"a fair start.\"";
        List<Quote> q = extract(text);
        assertFalse(anyHolds(q, "Harbour Talk"), q.toString());
        assertFalse(anyHolds(q, "12th"), q.toString());
        assertFalse(anyHolds(q, "Open Water"), q.toString());
        assertEquals("Lina Okafor", quote(q, "a fair start").speaker());
    }

    @Test
    void reportsWithLongSubjectsAdjunctsAndRelativeClauses() {
        String text = "Ana Brunn, a builder in Tarvik and spokeswoman for the Harbor Coalition, which is made up of investors, "
                + "said most of the new piers had paid for themselves. "
                + "The mayor said at a meeting in Tarvik, on the north shore, that the levy would stay. "
                + "The port and its defenders say the levy is no worse than any other tax. "
                + "The council refused to pay an architect who said he was owed for the designs. "
                + "Callers who said they would not vote were angry.";
        List<Quote> q = extract(text);
        assertEquals("Ana Brunn", reported(q, "most of the new piers").speaker());
        assertEquals("the levy would stay", reported(q, "the levy would stay").text());
        assertTrue(reported(q, "no worse than any other tax").speakerMention().toLowerCase().contains("defenders"));
        assertEquals("an architect", reported(q, "he was owed for the designs").speakerMention());
        assertFalse(anyHolds(q, "were angry"), "the main clause resumes after the relative one: " + q);
    }

    @Test
    void thoseAroundSomeoneAndLettersToSomeoneAreNotThem() {
        String text = "Mayor Lina Okafor spent the week in the capital, away from the harbour and its troubles.\n\n"
                + "Aides to the mayor said the talks were over. But in recent days, advisers to the mayor say, the mayor has grown tired "
                + "of the dispute. The letter to the mayor said the union would strike.";
        List<Quote> q = extract(text);
        assertEquals("Aides to the mayor", reported(q, "the talks were over").speakerMention());
        assertEquals("advisers to the mayor", reported(q, "has grown tired").speakerMention());
        assertNotEquals("Lina Okafor", reported(q, "the union would strike").speaker(), "the letter was sent to her, not by her");
    }

    @Test
    void reportsAfterAFrontedAdjunctBeforeALongBylineAndToAShow() {
        String text = "After a slow spring, the ferries have been running full, one Tarvik harbour official said. "
                + "The first new route could open this week, said Ivo Rask, a longtime adviser to the port board. "
                + "Lina Okafor told Harbour TV's \"Morning Tide\" that nobody would lose a berth.";
        List<Quote> q = extract(text);
        assertTrue(reported(q, "the ferries have been running full").speakerMention().contains("official"));
        assertEquals("Ivo Rask", reported(q, "The first new route could open").speaker());
        assertEquals("Lina Okafor", reported(q, "nobody would lose a berth").speaker());
    }

    @Test
    void peopleInAPlaceSpeakNotThePlace() {
        List<Quote> q = extract("Analysts in Tarvik said the new levy would change little.");
        Quote x = reported(q, "the new levy would change little");
        assertEquals("Analysts in Tarvik", x.speakerMention());
        assertNotEquals("Tarvik", x.speaker());
    }

    @Test
    void aCoordinatedNamingVerbContinuesTheFirstReport() {
        String text = "President Amara Sow said Velmora welcomed the investors and described the port deal as \"a model for the coast.\"";
        List<Quote> q = extract(text);
        assertEquals("Amara Sow", quote(q, "a model for the coast").speaker());
    }

    @Test
    void aRoleThenTheNameInAppositionAfterTheQuote() {
        String text = "\"Our doors are open,\" the Minister of Foreign Affairs, Awa Ndour, told the press.";
        assertEquals("Awa Ndour", quote(extract(text), "Our doors are open").speaker());
    }

    @Test
    void aHeadlineQuoteBeforeAColonAndItsSpeaker() {
        String text = "\"We will not back down\": Okafor vows to fight port closure\n\n"
                + "Mayor Lina Okafor spoke on Tuesday at the harbour, where the union had gathered to protest the closure of the old docks.";
        assertEquals("Lina Okafor", quote(extract(text), "We will not back down").speaker());
    }

    @Test
    void aCountrysMinistryIsNotTheLastBodyNamed() {
        String text = "The World Health Organization on Monday declared the outbreak an emergency, its highest level of alert. "
                + "Velmora's health ministry said it had set up screening at all airports.";
        Quote x = reported(extract(text), "it had set up screening");
        assertEquals("Velmora's health ministry", x.speaker());
    }

    @Test
    void aDescribedSubjectWithARelativeClauseStillReports() {
        String text = "The ferry company, which reported its first loss in a decade last year, said the new boats would sail in May.";
        Quote x = reported(extract(text), "the new boats would sail");
        assertEquals("The ferry company", x.speakerMention());
    }

    @Test
    void institutionsInThePluralSpeak() {
        String text = "In a joint statement, the hospitals said they were \"pleased to welcome our nurses back.\"";
        List<Quote> q = extract(text);
        assertEquals("the hospitals", quote(q, "pleased to welcome our nurses back").speakerMention());
        assertEquals("the hospitals", reported(q, "they were").speakerMention());
    }

    @Test
    void aTranscriptWithoutQuoteMarksIsQuotedTurnByTurn() {
        String text = "The following is an edited transcript of an interview with Harbour Minister Jonas Berg.\n\n"
                + "Q: Will the port fees go up next year?\n\n"
                + "BERG: No. We have said that clearly, and we will keep our word.\n\n"
                + "Q: The opposition says the reserve is too small.\n\n"
                + "BERG: The opposition said the same thing last year, and they were wrong.";
        List<Quote> q = extract(text);
        Quote first = quote(q, "No. We have said that clearly");
        assertEquals("Jonas Berg", first.speaker());
        assertEquals(QuoteKind.DIRECT, first.kind());
        assertEquals("Jonas Berg", quote(q, "The opposition said the same thing").speaker());
        assertFalse(anyHolds(q, "Will the port fees"), "the interviewer's questions have no speaker to give: " + q);
    }

    @Test
    void anAnonymousSourceWithALongRelativeClauseReportsWhatTheNamedManSaid() {
        String text = "Mayor Lina Okafor spoke at the harbour gala on Friday night to an audience of shipowners.\n\n"
                + "One attendee, who asked not to be named because she works for a member of the port board, said Okafor "
                + "\"said out loud what a lot of people here think.\"";
        List<Quote> q = extract(text);
        assertEquals("One attendee", quote(q, "said out loud what a lot").speakerMention());
        assertFalse(anyHolds(q, "to be named"), "asking for anonymity is not a report: " + q);
    }

    @Test
    void thePmIsThePrimeMinisterWithOrWithoutAnArticle() {
        String text = "Prime Minister Shri Devraj Kulkarni spoke today with Chancellor Anneliese Brandt of Austria.\n\n"
                + "PM noted that trade between the two countries had doubled. The PM said India would send a trade mission.";
        List<Quote> q = extract(text);
        assertEquals("Devraj Kulkarni", reported(q, "trade between the two countries").speaker(), "no 'Shri' in the name");
        assertEquals("Devraj Kulkarni", reported(q, "India would send a trade mission").speaker());
    }

    @Test
    void aNationalityInADescriptionPicksThePresidentOfThatCountry() {
        String text = "At the invitation of the President of the Republic of Valdoria, Her Excellency Ines Marbeck, "
                + "the President of the Republic of Indonesia, His Excellency Surya Wibisono, paid a state visit on Monday. "
                + "Later he spoke by phone with Hon. Tunde Okonjo-Ade, President of the Federal Republic of Nigeria.\n\n"
                + "The Indonesian President noted that Jakarta would host the next summit. "
                + "The Nigerian President said Abuja welcomed the plan.";
        List<Quote> q = extract(text);
        assertEquals("Surya Wibisono", reported(q, "Jakarta would host").speaker());
        assertEquals("Tunde Okonjo-Ade", reported(q, "Abuja welcomed the plan").speaker());
    }

    @Test
    void aReadoutsHeadOfStateIsThePresidentNotHisPressSecretaryNorTheDeputyPremierHeReceived() {
        String text = "Head of State receives Polish deputy premier\n\n"
                + "ASTANA \u2014 President of the Republic of Kazakhstan Aidos Serikbayev received Deputy Prime Minister "
                + "Tomasz Wielicki of Poland on Monday, Press Secretary of the President Gulnara Temirova reported.\n\n"
                + "The Head of State noted that trade had grown by a fifth.\n\n"
                + "\u201CWe value this partnership,\u201D the President said. The press secretary said a return visit was planned.";
        List<Quote> q = extract(text);
        assertEquals("Aidos Serikbayev", reported(q, "trade had grown").speaker(), "the country ends the post, it is no given name");
        assertEquals("Aidos Serikbayev", quote(q, "We value this partnership").speaker());
        assertEquals("Gulnara Temirova", reported(q, "a return visit was planned").speaker());
    }

    @Test
    void theOutletToldIsNotTheCompanyThatSpeaksNext() {
        String text = "The energy supplier Northgate Power has been fined \u00a34m over billing errors.\n\n"
                + "\u201CI paid twice for a winter I spent in my coat,\u201D customer Elif Aydin told the BBC.\n\n"
                + "The company said the errors came from a new billing system.";
        assertEquals("Northgate Power", reported(extract(text), "the errors came from").speaker());
    }

    @Test
    void aBodysNameKeepsItsPluralPossessiveAndAForumIsABody() {
        String text = "Traders clashed with county officers on Tuesday.\n\n"
                + "The Lake Basin Fishermen\u2019s Cooperative said the new levy would ruin small crews. "
                + "The Nakuru Tenants\u2019 Forum, a local lobby group, said it had documented evictions.\n\n"
                + "\u201CFamilies were sleeping outside,\u201D the group said in a statement.";
        List<Quote> q = extract(text);
        assertEquals("Nakuru Tenants\u2019 Forum", quote(q, "Families were sleeping outside").speaker());
        assertEquals("Nakuru Tenants\u2019 Forum", reported(q, "it had documented evictions").speaker());
    }

    @Test
    void anAcronymInBracketsSaysHowFarABodysNameRunsAndNamesItLater() {
        String text = "The Combined Chiefs of Staff (CCS) said the ferry had been overloaded. "
                + "The CCS said its full report would follow in June.\n\n"
                + "The Ministry of Transport of the Republic of Valdoria said the ferry's licence was suspended.";
        List<Quote> q = extract(text);
        assertEquals("Combined Chiefs of Staff", reported(q, "the ferry had been overloaded").speaker());
        assertEquals("Combined Chiefs of Staff", reported(q, "its full report would follow").speaker());
        assertEquals("Ministry of Transport of the Republic of Valdoria", reported(q, "licence was suspended").speaker());
    }

    @Test
    void aRulersStyleAndGivenNameFindHimInAnAmiriDiwanReadout() {
        String text = "HH the Emir receives Omani minister\n\n"
                + "Ras Tanura, 3 May \u2014 His Highness the Emir Sheikh Majid bin Rashid Al Qasimi received the Omani "
                + "foreign minister this morning.\n\n"
                + "His Highness the Emir affirmed that the two states would coordinate their positions. "
                + "His Highness stressed that the security of the region is indivisible.\n\n"
                + "Sheikh Majid said: \u201CDialogue is the only road.\u201D";
        List<Quote> q = extract(text);
        assertEquals("Majid bin Rashid Al Qasimi", reported(q, "the two states would coordinate").speaker());
        assertEquals("Majid bin Rashid Al Qasimi", reported(q, "the security of the region").speaker());
        assertEquals("Majid bin Rashid Al Qasimi", quote(q, "Dialogue is the only road").speaker());
    }

    @Test
    void anAppositionEndingInARelativeClauseStillGivesItsRoles() {
        String text = "Economists are wary. Dr Ravi Menon, a former Treasury economist who now runs a think tank, said the "
                + "plan was risky. Orla Byrne, the Cork city councillor who chairs the harbour board, said fees would stay.\n\n"
                + "The former Treasury economist warned that taxes would rise. The board chair said no increase was planned.";
        List<Quote> q = extract(text);
        assertEquals("Ravi Menon", reported(q, "taxes would rise").speaker());
        assertEquals("Orla Byrne", reported(q, "no increase was planned").speaker());
    }

    @Test
    void aWatchdogNamedWatchSpeaks() {
        String text = "Regulator fines supplier\n\nThe regulator fined the supplier on Monday.\n\n"
                + "Consumer group Tariff Watch welcomed the fine but said it was \u201Csmall change\u201D. "
                + "Media Freedom Watch said the ruling was a setback.";
        List<Quote> q = extract(text);
        assertEquals("Tariff Watch", reported(q, "it was").speaker());
        assertEquals("Media Freedom Watch", reported(q, "the ruling was a setback").speaker());
    }

    @Test
    void aHeadlinesBarePostIsTheHolderNamedFurtherDown() {
        String text = "Judge says harbour fees \u2018unlawfully\u2019 burden fishermen\n\n"
                + "PORTLAND \u2014 A federal court struck down the city\u2019s new harbour fees on Tuesday.\n\n"
                + "The fees had doubled in a year, and three fishing crews sued in March.\n\n"
                + "U.S. District Judge Ilse Marchetti wrote that the city had given no reason for the increase.";
        List<Quote> q = extract(text);
        assertEquals("Ilse Marchetti", reported(q, "harbour fees").speaker());
    }

    @Test
    void aReadoutSpeaksForWhoeverSaidItInTheStatementNotTheSentencesFirstName() {
        String text = "Leaders discuss trade in phone call\n\n"
                + "ANKARA \u2014 President Deniz Karaca and Prime Minister Owen Hale spoke by telephone on Tuesday, the "
                + "Turkish presidency said in a statement.\n\n"
                + "According to the readout, Karaca told Hale that tariffs should fall.\n\n"
                + "The Valdorian Foreign Ministry said in a statement that the call was warm. The communiqu\u00e9 added that "
                + "officials would meet in May.";
        List<Quote> q = extract(text);
        assertNotEquals("Deniz Karaca", reported(q, "tariffs should fall").speaker(), "the presidency, not the president");
        assertEquals("Valdorian Foreign Ministry", reported(q, "officials would meet").speaker());
    }

    @Test
    void anOfficialOfANamedBodyIsWhoeverHoldsAPostThere() {
        String text = "WFP\u2019s Deputy Director for Logistics, Ines Oyelaran, said the convoy had reached the camp. "
                + "Mayor Tomas Reyes said the road was open.\n\n"
                + "The WFP official added that two more convoys would follow. An official said nothing more.";
        List<Quote> q = extract(text);
        assertEquals("Ines Oyelaran", reported(q, "two more convoys would follow").speaker());
    }

    @Test
    void aChairpersonsTitleIsNoPartOfHerName() {
        String text = "Commission Chairperson Ngozi Abara-Lindqvist told the summit that the vote had been fair.\n\n"
                + "\u201CWe have kept our word,\u201D the chairperson said.";
        List<Quote> q = extract(text);
        assertEquals("Ngozi Abara-Lindqvist", reported(q, "the vote had been fair").speaker());
        assertEquals("Ngozi Abara-Lindqvist", quote(q, "We have kept our word").speaker());
    }

    @Test
    void aPostNamedBeforeItsHolderGoesToTheNewcomerWhoseRelativeClauseGivesIt() {
        String text = "Councillor Ada Brennick will not stand again, the party confirmed on Monday.\n\n"
                + "The chair of the local Labour branch said members were \u201Csorry but not shocked\u201D.\n\n"
                + "Tomasz Wierzba, who has chaired the branch since 2020, told the Gazette: \u201CAda did a great deal for us.\u201D\n\n"
                + "The regulator\u2019s consumer director said the fine was fair. Olu Adeyinka, who leads the regulator\u2019s "
                + "consumer work, added: \u201CThis is a warning.\u201D";
        List<Quote> q = extract(text);
        assertEquals("Tomasz Wierzba", quote(q, "sorry but not shocked").speaker());
        assertEquals("Olu Adeyinka", reported(q, "the fine was fair").speaker());
    }

    @Test
    void aNewcomerWithASimilarTitleIsNotTheOneADescriptionMeant() {
        String text = "Finance Minister Rhea Castellan has ruled out new taxes.\n\n"
                + "The minister said the budget would balance by 2028.\n\n"
                + "The shadow finance minister, Piet Draaisma, said the figures did not add up.";
        List<Quote> q = extract(text);
        assertEquals("Rhea Castellan", reported(q, "the budget would balance").speaker());
        assertEquals("Piet Draaisma", reported(q, "the figures did not add up").speaker());
    }

    @Test
    void aRoleWithAnOfPhraseIsADescriptionNotTheLastSpeaker() {
        String text = "Harbour Minister Jonas Berg and former port director Lina Okafor spoke on Monday at the yearly shipping fair.\n\n"
                + "\"The fees stay,\" Berg said.\n\n"
                + "\"They are too high,\" the former director of the port said later.";
        Quote x = quote(extract(text), "They are too high");
        assertNotEquals("Jonas Berg", x.speaker(), "a described speaker is not the last one quoted");
        assertTrue(x.speakerMention().contains("director of the port"), x.toString());
    }

    @Test
    void aParticipleAfterASentenceWithoutACueBelongsToItsOpener() {
        String text = "Mayor Lina Okafor spoke at the harbour on Monday about the fees and the new ferry berth.\n\n"
                + "\"The fees stay,\" Okafor said.\n\n"
                + "The union leader hit back on the radio, calling her plan \"a tax on every crossing.\"";
        Quote x = quote(extract(text), "a tax on every crossing");
        assertEquals("The union leader", x.speakerMention());
        assertNotEquals("Lina Okafor", x.speaker());
    }

    @Test
    void relativeAndParticipialAsidesAroundASubject() {
        String text = "The port board's chairman, who had threatened to block the levy, left the room during the vote. "
                + "One board official, speaking on condition of anonymity, said Tarvik still had \"a long road\" ahead.";
        List<Quote> q = extract(text);
        assertEquals("to block the levy", reported(q, "to block the levy").text(), "the relative clause ends at its comma");
        assertEquals("One board official", quote(q, "a long road").speakerMention());
        assertNotEquals("Tarvik", quote(q, "a long road").speaker(), "\"said Tarvik still had\" is no inverted cue");
    }

    // ---- raw format ----

    @Test
    void theDatePrefixIsNotPartOfTheStory() {
        String text = " date 2024-03-01 \"Trains run again,\" Ivo Petrov said.";
        List<Quote> q = extract(text);
        Quote x = quote(q, "Trains run again,");
        assertEquals("Ivo Petrov", x.speaker());
        assertTrue(x.start() > text.indexOf("2024"));
    }

    @Test
    void unnamedSourcesWithAModifierAreThePeopleNotTheMatter() {
        String text = "Minister Ilse Brandt met the union on Monday.\n\n"
                + "People familiar with the talks said a deal was close. "
                + "A person briefed on the plan said it would be announced in March. "
                + "Sources close to the minister said she would not resign. "
                + "Experts on grain policy said the reserve would last a year.";
        List<Quote> q = extract(text);
        assertEquals("People familiar with the talks", reported(q, "a deal was close").speakerMention());
        assertEquals("A person briefed on the plan", reported(q, "it would be announced in March").speakerMention());
        Quote sources = reported(q, "she would not resign");
        assertEquals("Sources close to the minister", sources.speakerMention());
        assertNotEquals("Ilse Brandt", sources.speaker(), "the minister is whom the sources are close to, not the speaker");
        assertEquals("Experts on grain policy", reported(q, "the reserve would last a year").speakerMention());
    }

    @Test
    void aDescriptionSetBesideTheSpeakersNameIsNotPartOfWhatWasSaid() {
        List<Quote> q = extract("\"Cuts are painful,\" the chief executive, Lars Holm, said.\n\n"
                + "The depot would close by June, the mayor, Ana Ruiz, said on Monday.");
        assertEquals("Lars Holm", quote(q, "Cuts are painful,").speaker());
        assertFalse(q.stream().anyMatch(x -> x.text().contains("chief executive")), q.toString());
        Quote report = reported(q, "The depot would close by June");
        assertEquals("The depot would close by June", report.text());
        assertEquals("Ana Ruiz", report.speaker());
    }

    @Test
    void aLedesDescriptionNamesTheOneIntroducedJustAfterWithThatRole() {
        List<Quote> q = extract("The governor on Tuesday called the budget \"a betrayal of the valley\" and promised a veto.\n\n"
                + "Gov. Marta Kessel, a Democrat, said the plan would close four clinics.");
        assertEquals("Marta Kessel", quote(q, "a betrayal of the valley").speaker(), "resolved forward, in the lede");
        List<Quote> other = extract("The mayor on Tuesday called the budget \"a fair start\" for the city.\n\n"
                + "Gov. Ines Roth, a Democrat, said the plan would close four clinics.");
        assertNotEquals("Ines Roth", quote(other, "a fair start").speaker(), "no one named later is the mayor");
    }

    @Test
    void wireCopyAboutACompany() {
        List<Quote> q = extract("BERGEN (Newswire) - Skarvik Maritime will cut 250 jobs, the ferry operator said on Thursday.\n\n"
                + "Skarvik said it expected sales to be flat this year.\n\n"
                + "Crews will walk out on Friday, the KFL transport union said.");
        Quote cuts = reported(q, "will cut 250 jobs");
        assertEquals("Skarvik Maritime will cut 250 jobs", cuts.text(), "the dateline is the wire's, not the company's");
        assertEquals("Skarvik Maritime", cuts.speaker(), "the ferry operator is the company named before");
        assertEquals("Skarvik Maritime", reported(q, "it expected sales to be flat").speaker(), "the short form is the company");
        assertEquals("KFL", reported(q, "Crews will walk out on Friday").speaker(), "the acronym names the union");
    }

    @Test
    void titlesOfWorksAndNamedTermsAreNoQuotes() {
        List<Quote> q = extract("Novelist Ada Brenner spoke in Tromso on Friday. Her third novel, \"The Copper Tide,\" follows a mining family. "
                + "She will read from \"The Copper Tide\" at the library. Her earlier books include \"Cold Harbour\" and "
                + "\"The Last Shift,\" which won a prize. The so-called \"night crews\" are its heroes, led by a foreman "
                + "known to everyone as \"the Captain\". \"Mining towns are full of stories,\" she said.");
        for (String title : List.of("The Copper Tide", "Cold Harbour", "The Last Shift", "night crews", "the Captain")) {
            assertFalse(anyHolds(q, title), title + " is named, not said: " + q);
        }
        assertEquals("Ada Brenner", quote(q, "Mining towns are full of stories,").speaker());
    }

    @Test
    void aQuestionAndAnswerInterviewWithoutQuoteMarks() {
        String text = "Painter Lotte Aalto opens a show in Turku this week. \"I paint slowly,\" Aalto said.\n\n"
                + "She spoke with Coastal Weekly arts editor Jonas Veil before the opening.\n\n"
                + "Q: Why the sea again?\n\n"
                + "A: Because it never stays still. My teacher once told me, \"Paint what moves.\" I still do.\n\n"
                + "Q: Do you sell many?\n\n"
                + "A: Enough to buy more paint.";
        List<Quote> q = extract(text);
        assertEquals("Jonas Veil", quote(q, "Why the sea again?").speaker(), "the interviewer asks");
        Quote answer = quote(q, "Because it never stays still.");
        assertEquals("Lotte Aalto", answer.speaker(), "the one the story is about answers");
        assertTrue(answer.text().endsWith("I still do."), "the whole turn, with the quote inside it: " + answer.text());
        assertFalse(q.stream().anyMatch(x -> x.text().equals("Paint what moves.")), "a quote inside an answer nests in it");
        assertEquals("Lotte Aalto", quote(q, "Enough to buy more paint.").speaker());
    }

    @Test
    void aRoleStatedBeforeTheNameIsLearnedForLaterDescriptions() {
        List<Quote> q = extract("Skarvik's chief executive, Ingrid Dahl, said the cuts would fall on office staff.\n\n"
                + "Shares fell 3% in early trading.\n\n"
                + "The chief executive said two ship orders would be delayed.\n\n"
                + "The regional transport minister, Karin Zoll, called for talks. In a statement, the minister said "
                + "the strike would cost the region millions.\n\n"
                + "The port's campaign director, Ivo Lind, said the port would stay open. The campaign said it had raised funds.");
        assertEquals("Ingrid Dahl", reported(q, "two ship orders would be delayed").speaker());
        assertEquals("Karin Zoll", reported(q, "the strike would cost the region millions").speaker());
        assertNotEquals("Ivo Lind", reported(q, "it had raised funds").speaker(), "a campaign's director is not the campaign");
    }

    @Test
    void streetsAndRoadsAreNobodyAPronounCanMean() {
        List<Quote> q = extract("Councillor Tomas Brink warned that the closure would push traffic onto Weller Avenue.\n\n"
                + "Planner Asha Varga disputed that. She said the counts were lower.\n\n"
                + "Traffic on Osten Road and Kilby Street has doubled. He said the plan was reckless.");
        assertEquals("Asha Varga", reported(q, "the counts were lower").speaker(), "an occupation opening the sentence is no name");
        assertEquals("Tomas Brink", reported(q, "the plan was reckless").speaker());
    }

    @Test
    void anAcronymInBracketsAfterABodysNameIsThatBody() {
        List<Quote> q = extract("Crews will strike on Friday over a plan by the Societe Alpine de Transport (SAT) to cut crews.\n\n"
                + "About two million passengers used its buses last year, according to SAT. "
                + "The company said it would run a reduced timetable.");
        assertEquals("Societe Alpine de Transport", reported(q, "About two million passengers").speaker());
        assertEquals("Societe Alpine de Transport", reported(q, "it would run a reduced timetable").speaker());
    }

    @Test
    void aCueWordUsedAsANounInsideWhereSomethingWasSaidIsNoCue() {
        List<Quote> q = extract("Brightline said in a blog post that the phone would ship in May. "
                + "Its founder said in a radio interview that sales were strong. "
                + "Several people involved in the talks said the text was ready.");
        assertEquals("Brightline", reported(q, "the phone would ship in May").speaker());
        assertEquals("said", reported(q, "the phone would ship in May").cue());
        assertEquals("Several people involved in the talks", reported(q, "the text was ready").speakerMention());
    }

    @Test
    void aNameSetBesideTheDescriptionAfterAnInvertedCueIsTheSpeaker() {
        List<Quote> q = extract("Rosa Lind watched the water rise.\n\n"
                + "\"We lost everything,\" said her neighbour, Tom Reed.\n\n"
                + "\"It was loud,\" said the shop owner, Ivo Brandt. \"Very loud.\"");
        assertEquals("Tom Reed", quote(q, "We lost everything,").speaker());
        assertEquals("Ivo Brandt", quote(q, "It was loud,").speaker());
        assertEquals("Ivo Brandt", quote(q, "Very loud.").speaker());
    }

    @Test
    void whomTheSpeakerUrgesBelongsToWhatWasUrged() {
        List<Quote> q = extract("Mayor Ana Ruiz urged residents to leave the valley. Councillor Tom Berg called on the mayor to resign.");
        assertEquals("residents to leave the valley", reported(q, "to leave the valley").text());
        assertEquals("the mayor to resign", reported(q, "to resign").text());
        assertEquals("Tom Berg", reported(q, "to resign").speaker());
    }

    @Test
    void aNicknameInsideANameIsPartOfTheNameNotAQuote() {
        List<Quote> q = extract("\"We will win,\" said Walter \"Wally\" Kessel, the coach.\n\n"
                + "\"We have his back.\" The coach's sister, state Sen. Marta \"Cia\" Kessel (D-Lakeport), shouted to the crowd. "
                + "\"The town is watching.\"");
        assertEquals("Walter Kessel", quote(q, "We will win,").speaker(), "the canonical name leaves the nickname out");
        assertFalse(anyHolds(q, "Wally"), q.toString());
        assertEquals("Marta Kessel", quote(q, "We have his back.").speaker(), "a sentence that only says who spoke");
        assertEquals("Marta Kessel", quote(q, "The town is watching.").speaker());
    }

    @Test
    void aSentenceEndingInAColonIntroducesTheQuoteAfterIt() {
        List<Quote> q = extract("Rafael Quintero runs the hatchery. Quintero puts it plainly:\n\n"
                + "\"Ten years ago, the parasite came in August. Now it comes in June.\"\n\n"
                + "In court, Brandon Seale spoke briefly: \"I think about her every day.\"");
        assertEquals("Rafael Quintero", quote(q, "Ten years ago").speaker());
        assertEquals("Brandon Seale", quote(q, "I think about her every day.").speaker());
    }

    @Test
    void namesSetBesideRolesInOtherShapes() {
        List<Quote> q = extract("Polls closed at eight.\n\n"
                + "\"It is early,\" said a Halvorsen campaign spokeswoman, Tamsin Reilly.\n\n"
                + "The MP for Wexley North, Priya Lal, warned that the delay would \"land hardest on the poorest\".\n\n"
                + "Anouk Verhaegen returned to the stage this year. Her co-star Theo Baranski, who plays a customs officer, "
                + "told the magazine that Verhaegen was \"sharper than ever\". \"She read every draft,\" he said.");
        assertEquals("Tamsin Reilly", quote(q, "It is early,").speaker());
        assertEquals("Priya Lal", quote(q, "land hardest on the poorest").speaker());
        assertEquals("Theo Baranski", quote(q, "sharper than ever").speaker());
        assertEquals("Theo Baranski", quote(q, "She read every draft,").speaker());
    }

    @Test
    void aRelativeClauseAboutTheObjectIsNotReported() {
        List<Quote> q = extract("Its director, Ben Sato, thanked his mother, who plays the cat's owner, and the crew.");
        assertFalse(anyHolds(q, "who plays the cat"), q.toString());
    }

    @Test
    void aTitleSetBesideItsKindOfWorkIsNoQuote() {
        List<Quote> q = extract("Mira Holt, who rose to fame on the cable drama \"Harbour Lights,\" returns next month in "
                + "\"The Salt Road,\" a period thriller about smugglers. \"I nearly quit,\" Holt said.");
        assertFalse(anyHolds(q, "Harbour Lights"), q.toString());
        assertFalse(anyHolds(q, "The Salt Road"), q.toString());
        assertEquals("Mira Holt", quote(q, "I nearly quit,").speaker());
    }

    @Test
    void anAgeDescriptionNamesWhoWasGivenThatAgeOrWhomTheStoryIsAbout() {
        List<Quote> q = extract("Bernadette Kilby spent 24 years on hospital wards. These days she drives a truck.\n\n"
                + "\"People assume I burned out,\" the 52-year-old said.\n\n"
                + "Manager Tom Varga praised Kieran Doyle, 19, after the win. \"The first one was lucky,\" the 19-year-old said.");
        assertEquals("Bernadette Kilby", quote(q, "People assume I burned out,").speaker());
        assertEquals("Kieran Doyle", quote(q, "The first one was lucky,").speaker());
    }

    @Test
    void aNationalityNounDescribesSomeoneNamedBeforeAndIsNoName() {
        List<Quote> q = extract("Rafael Ortiz reached the final on Saturday.\n\n"
                + "\"My legs held up,\" the 24-year-old Spaniard said.\n\n"
                + "His opponent, Brazilian Joao Lemos, was gracious. \"He was better today,\" the Brazilian told reporters.\n\n"
                + "Dutchman Joost van Leer, who lost in the semi-final, said he would \"come back stronger.\" \"Next year,\" said the Dutchman.\n\n"
                + "The Saudi government said it was pleased.");
        assertEquals("Rafael Ortiz", quote(q, "My legs held up,").speaker());
        assertEquals("Joao Lemos", quote(q, "He was better today,").speaker());
        assertEquals("Joost van Leer", quote(q, "come back stronger.").speaker());
        assertEquals("Joost van Leer", quote(q, "Next year,").speaker());
        assertTrue(q.stream().noneMatch(x -> x.speaker() != null && x.speaker().matches(".*(Spaniard|Brazilian|Dutchman).*")), q::toString);
    }

    @Test
    void aGivenNameInAppositionToKinTakesTheFamilyName() {
        List<Quote> q = extract("Morag Dunbar, 68, died in the crash. Her husband, Callum, said she \"loved that road.\"\n\n"
                + "\"She drove it every day,\" said Mrs Dunbar's daughter, Isla.\n\n"
                + "Senator Hugh Varley arrived later. Varley's wife, Corinne, said the family was \"in shock.\" \"We need time,\" Corinne said.\n\n"
                + "A neighbour, Tom, said the bend was dangerous.");
        assertEquals("Callum Dunbar", quote(q, "loved that road.").speaker());
        assertEquals("Isla Dunbar", quote(q, "She drove it every day,").speaker());
        assertEquals("Corinne Varley", quote(q, "in shock.").speaker());
        assertEquals("Corinne Varley", quote(q, "We need time,").speaker());
        assertEquals("Tom", reported(q, "the bend was dangerous").speaker(), "a neighbour is no kin");
    }

    @Test
    void whoAnswersAQuestionIsNotWhoAskedIt() {
        List<Quote> q = extract("Engineer Ruth Oduya testified on Monday. Lawyer Carla Mendes questioned her for an hour.\n\n"
                + "\"Did you warn the ministry in writing?\" Mendes asked.\n\n"
                + "\"Twice,\" she replied. \"In two memos.\"\n\n"
                + "\"Is that all?\" Mendes asked. \"It was enough,\" she answered.");
        assertEquals("Carla Mendes", quote(q, "Did you warn the ministry in writing?").speaker());
        assertEquals("Ruth Oduya", quote(q, "Twice,").speaker());
        assertEquals("Ruth Oduya", quote(q, "In two memos.").speaker());
        assertEquals("Ruth Oduya", quote(q, "It was enough,").speaker());
    }

    @Test
    void aPostAndTheNameSetOffAfterItAreOneSubject() {
        List<Quote> q = extract("The Transport Secretary, Lorna Baird, has refused to rule out fare rises, saying the budget was \"already stretched\".\n\n"
                + "A lecturer at the University of Ibadan, Ibadan, Dr. Femi Adeyinka, said the plan was \"overdue\".");
        assertEquals("Lorna Baird", reported(q, "the budget was").speaker());
        assertEquals("Femi Adeyinka", reported(q, "the plan was").speaker());
    }

    @Test
    void aSignedStatementSpeaksForItsSignatoryAndItGoesOnForThem() {
        List<Quote> q = extract("The governor has dismissed four commissioners, according to a statement signed by the Chief Press "
                + "Secretary to the Governor, Mr. Bayo Olatunde, and released in Ilorin.\n\n"
                + "According to the statement, the affected commissioners oversee Finance, Works, Youth Affairs and Health.\n\n"
                + "The statement said the governor thanked them for their service.\n\n"
                + "It added that replacements would be named \"in due course\".");
        assertEquals("Bayo Olatunde", reported(q, "the affected commissioners oversee").speaker());
        assertEquals("Bayo Olatunde", reported(q, "the governor thanked them").speaker());
        assertEquals("Bayo Olatunde", reported(q, "replacements would be named").speaker());
        assertEquals("Bayo Olatunde", quote(q, "in due course").speaker());
    }

    @Test
    void aPronounIsNotThePersonTheQuoteNamesByGivenName() {
        List<Quote> q = extract("Gwen Pryor ran the choir for forty years. The soprano Alys Mortimer, who joined it in 1990, "
                + "described Pryor as \"fearless\".\n\n"
                + "\"Gwen never asked if you could sing,\" she said. \"She asked if you would turn up.\"\n\n"
                + "\"Our caucus backs her,\" said Dana Holt, a Cardiff-based chair of the Valley Women Caucus. "
                + "\"We all loved Gwen,\" she said.");
        assertEquals("Alys Mortimer", quote(q, "Gwen never asked if you could sing,").speaker());
        assertEquals("Alys Mortimer", quote(q, "She asked if you would turn up.").speaker());
        assertEquals("Dana Holt", quote(q, "We all loved Gwen,").speaker());
    }

    @Test
    void aNationalityAdjectiveQualifiesABodyAndNamesNoOne() {
        List<Quote> q = extract("GENEVA - Swiss payments start-up Velora on Monday launched a card for children, and said it expected "
                + "200,000 users by June.\n\nThe Greek government said it would study the card.");
        assertEquals("Velora", reported(q, "200,000 users").speaker());
        assertEquals("The Greek government", reported(q, "it would study the card").speaker(), "not the company named before");
    }

    @Test
    void aGenderedRoleBeforeANameOutweighsTheGivenName() {
        List<Quote> q = extract("\"They took everything from us,\" said flood widow Terry Madsen.\n\n"
                + "Council spokesman Josh Pell declined to comment.\n\n"
                + "Madsen accused the council of ignoring warnings. \"Nobody listened,\" she said.");
        assertEquals("Terry Madsen", quote(q, "Nobody listened,").speaker());
    }

    @Test
    void aQuoteParagraphAfterAQuestionAnswersIt() {
        List<Quote> q = extract("Former engineer Ruth Oduya testified on Monday. \"I warned them twice,\" Oduya said.\n\n"
                + "\"Did you put that in writing?\" Carla Mendes asked.\n\n"
                + "\"I did. In two memos.\"\n\n"
                + "Sen. Paul Brandt, R-Ohio, turned to the company's chief, Tomas Feld. \"I am not persuaded,\" Brandt said.\n\n"
                + "Sen. Ines Varo pressed further. \"Mr. Feld, did your board know?\" she asked.\n\n"
                + "\"Not that I recall.\"");
        assertEquals("Ruth Oduya", quote(q, "I did. In two memos.").speaker(), "the one who spoke before the question");
        assertEquals("Tomas Feld", quote(q, "Not that I recall.").speaker(), "the one the question addresses");
    }

    @Test
    void aNationalityBeforeABodysNameStaysInIt() {
        List<Quote> q = extract("The American Civil Liberties Union said it would sue. \"We will see them in court,\" said American Airlines.");
        assertEquals("American Civil Liberties Union", reported(q, "it would sue").speaker());
        assertEquals("American Airlines", quote(q, "We will see them in court,").speaker());
    }

    @Test
    void aSentenceEndingInAColonWithARelativeClauseOrALongVerbPhrase() {
        List<Quote> q = extract("Irina Soren read a statement. She turned to face the driver as she spoke:\n\n"
                + "\"Elena called me every Sunday.\n\n"
                + "\"I am not asking for revenge.\"\n\n"
                + "Several people wept. Seale, who kept his eyes on the table for most of the hearing, spoke briefly: "
                + "\"I think about her every day.\"");
        assertEquals("Irina Soren", quote(q, "Elena called me every Sunday.").speaker());
        assertEquals("Irina Soren", quote(q, "I am not asking for revenge.").speaker());
        assertEquals("Seale", quote(q, "I think about her every day.").speaker());
    }

    @Test
    void aMonthThatIsAGivenNameAndACompanyNamedByWhatItMakes() {
        List<Quote> q = extract("June Abernathy took up farming. Abernathy said Marchetti had taught her everything.\n\n"
                + "\"She is the reason I am still here,\" she said.\n\n"
                + "Audio maker Brightwell on Wednesday unveiled new earbuds. They will go on sale in March, the company said.");
        assertEquals("June Abernathy", quote(q, "She is the reason I am still here,").speaker());
        assertEquals("Brightwell", reported(q, "They will go on sale in March").speaker());
    }

    @Test
    void aDocumentSpeaksForWhoeverIssuedIt() {
        List<Quote> q = extract("Within hours, Vale Transit Authority issued a statement calling the strike \"premature\".\n\n"
                + "\"The authority has bargained in good faith,\" the statement said.");
        assertEquals("Vale Transit Authority", quote(q, "The authority has bargained in good faith,").speaker());
    }

    @Test
    void theSubjectAfterADatelineIsTheSentencesSubject() {
        List<Quote> q = extract("REDHAVEN, Kan. \u2014 Bernadette Kilby spent 24 years on hospital wards before she drove a truck.\n\n"
                + "\"People assume I burned out,\" the 52-year-old said on a recent evening.");
        assertEquals("Bernadette Kilby", quote(q, "People assume I burned out,").speaker());
    }

    @Test
    void aPostQualifiedByAPlaceIsLearnedAndFoundAgain() {
        List<Quote> q = extract("The MP for Wexley North, Priya Lal, warned that the delay would hurt.\n\n"
                + "'My constituents do not commute by helicopter,' the Wexley North MP said.");
        assertEquals("Priya Lal", quote(q, "My constituents do not commute by helicopter,").speaker());
    }

    @Test
    void aQuoteAfterAnActionOfANamedPersonIsTheirs() {
        List<Quote> q = extract("June Abernathy took up farming. Abernathy says Ellen Marchetti taught her everything.\n\n"
                + "\"She is the reason I am still here,\" she says.\n\n"
                + "Marchetti waves this off. \"June learns faster than I ever did.\"");
        assertEquals("June Abernathy", quote(q, "She is the reason I am still here,").speaker());
        assertEquals("Ellen Marchetti", quote(q, "June learns faster than I ever did.").speaker());
    }

    @Test
    void anIndefiniteDescriptionInTheLedeNamedJustAfter() {
        List<Quote> q = extract("A Yorkshire MP has accused the Government of 'abandoning' a market town.\n\n"
                + "Helen Marsh, the Liberal Democrat MP for Calder Vale, said residents had been 'strung along'.");
        assertEquals("Helen Marsh", quote(q, "abandoning").speaker());
    }

    @Test
    void aNameAfterARoleAndLowerCaseWordsInAnApposition() {
        List<Quote> q = extract("\"There were always three of us,\" Claire Dunn told the inquiry.\n\n"
                + "The inquiry's chair, retired judge Margaret Okwu, said the panel had obtained the rosters. "
                + "She said they would be entered into evidence next week.");
        assertEquals("Margaret Okwu", reported(q, "the panel had obtained the rosters").speaker());
        assertEquals("Margaret Okwu", reported(q, "they would be entered into evidence").speaker());
    }

    @Test
    void policeSpeakAsPoliceNotAsTheLastBodyNamed() {
        List<Quote> q = extract("The Lakeport Herald reported the arrest first.\n\n"
                + "No one was hurt in the crash, police said. According to police, the driver fled on foot.");
        Quote r = reported(q, "No one was hurt in the crash");
        assertEquals("police", r.speakerMention());
        assertNotEquals("Lakeport Herald", r.speaker());
        assertNotEquals("Lakeport Herald", reported(q, "the driver fled on foot").speaker());
    }

    @Test
    void aNameBeforeAnAgeAndFurtherAppositions() {
        List<Quote> q = extract("Her granddaughter Sofia Reyes, 26, now a stage manager in Chicago, said her grandmother gave her a job. "
                + "Michael Mull, president of the Lakeport Federation of Teachers, which represents educators, said he hopes it works.");
        assertEquals("Sofia Reyes", reported(q, "her grandmother gave her a job").speaker());
        assertEquals("Michael Mull", reported(q, "he hopes it works").speaker());
    }

    @Test
    void companyNamesInTheirShortFormsAndBodiesPlacedInACity() {
        List<Quote> q = extract("An Allegheny & Western Railroad train derailed on Sunday. Ridgeline Bancorp agreed to buy a rival.\n\n"
                + "Allegheny & Western said it was \"cooperating fully\" with investigators. Ridgeline said it expects savings.\n\n"
                + "The Drovnian Embassy in Ostrin said it had \"no information\" about the aircraft.\n\n"
                + "The hospital's president, Richard Lowell, laid out the position in an email to staff on Monday night: "
                + "\"We share the goal of safe staffing.\"");
        assertEquals("Allegheny & Western Railroad", quote(q, "cooperating fully").speaker());
        assertEquals("Ridgeline Bancorp", reported(q, "it expects savings").speaker());
        assertEquals("Drovnian Embassy", quote(q, "no information").speaker());
        assertEquals("Richard Lowell", quote(q, "We share the goal of safe staffing.").speaker());
    }

    @Test
    void namesGivenToThingsAreNoQuotes() {
        List<Quote> q = extract("Protesters pitched tents in a field, a camp they have christened 'the Fen Ark'. "
                + "A group calling itself \"Tollbooth\" claimed the attack. His campaign has billed the trip as the "
                + "\"Main Street Tour,\" and the captain, a man she refers to only as \"the Commodore,\" let her steer.");
        for (String name : List.of("the Fen Ark", "Tollbooth", "Main Street Tour", "the Commodore")) {
            assertFalse(anyHolds(q, name), name + ": " + q);
        }
    }

    @Test
    void aBodysWordBeforeARoleIsNotThePersonsRoleAndADatelineIsNoSubject() {
        List<Quote> q = extract("DAVENPORT, Iowa \u2014 Former governor Tom Redd, the Republican nominee, stood on a trailer and told "
                + "a crowd that the race would be won \"in towns like this one\".\n\n"
                + "Ministry spokeswoman Maj. Ilona Varga told reporters that the drone had entered the airspace.\n\n"
                + "According to the ministry, air-defense units had been placed on alert.");
        assertEquals("Tom Redd", quote(q, "in towns like this one").speaker());
        assertNotEquals("Ilona Varga", reported(q, "air-defense units had been placed on alert").speaker());
    }

    @Test
    void apostrophesAtTheEndOfWordsInATitleAreNoNickname() {
        // once read as the nickname 'Goin' between two names, which cut a name past its own end
        List<Quote> q = extract("He ended the set sitting on the piano during a rendition of Whole Lotta Shakin' Goin' On.\n");
        assertTrue(q.isEmpty(), q.toString());
        List<Quote> r = extract("\"It was loud,\" said Jerry Lee Shakin' Goin' On.");
        assertEquals("It was loud,", r.get(0).text());
    }

    @Test
    void aPronounContinuesASentenceOpenedByADescriptionOfSomeoneNamed() {
        List<Quote> q = extract("U.S. District Judge Harriet Okafor ruled on Monday. Defense lawyer Renata Villa said the case was "
                + "political. \"They had the names,\" she said.\n\n"
                + "The judge did not address whether the results were falsified. In a footnote, she wrote that the court "
                + "\"expresses no view on the merits\".");
        assertEquals("Renata Villa", quote(q, "They had the names,").speaker());
        assertEquals("Harriet Okafor", quote(q, "expresses no view on the merits").speaker());
    }

    @Test
    void reportsWithModifiedNounsPlacedPeopleAndBodiesDescribed() {
        List<Quote> q = extract("Howard Bix told the board that enrollment at Hawthorne had fallen. He rejected that offer in May.\n\n"
                + "Ana Prado of the Border Legal Project said the discrepancies were common.\n\n"
                + "An Allegheny & Western Railroad train derailed. The cars were carrying vinyl chloride, according to the railroad.");
        assertEquals("Howard Bix", reported(q, "enrollment at Hawthorne had fallen").speaker());
        assertFalse(anyHolds(q, "offer in May"), "\"that offer\" is a demonstrative: " + q);
        assertEquals("Ana Prado", reported(q, "the discrepancies were common").speaker());
        assertEquals("Allegheny & Western Railroad", reported(q, "The cars were carrying vinyl chloride").speaker());
    }

    @Test
    void aNumberedLocalAndTraders() {
        List<Quote> q = extract("Transit Workers United Local 1142, which represents 1,300 employees, said members had voted to strike. "
                + "Selling picked up in the last hour, traders said.");
        assertTrue(reported(q, "members had voted to strike").speaker().startsWith("Transit Workers United Local"));
        assertEquals("traders", reported(q, "Selling picked up in the last hour").speakerMention());
    }

    @Test
    void cueWordsUsedAsNounsOrWithWorksAreNoReports() {
        List<Quote> q = extract("Oliver Penn, who has written biographies of two presidents, sees a different lineage. "
                + "\"We must,\" the president said in his Rose Garden remarks, a line that drew sustained applause. "
                + "She has written that the plan failed.");
        assertFalse(anyHolds(q, "biographies of two presidents"), q.toString());
        assertFalse(anyHolds(q, "drew sustained applause"), q.toString());
        assertEquals("the plan failed", reported(q, "the plan failed").text());
    }

    @Test
    void theVerbsOfAFrontedQuestionReportNothing() {
        List<Quote> q = extract("Asked whether he intended to retire once the merger was complete, Tran smiled. "
                + "Asked about the plan, Tran said it would work.");
        assertFalse(anyHolds(q, "to retire once the merger"), q.toString());
        assertEquals("it would work", reported(q, "it would work").text());
    }

    @Test
    void aPlaceQualifyingARoleBeforeANameIsNotTheSubject() {
        List<Quote> q = extract("Former Ashford Mills mayor Theresa Quill called her \"the conscience of Water Street\" and said "
                + "the theater had kept the downtown alive.");
        assertEquals("Theresa Quill", reported(q, "the theater had kept the downtown alive").speaker());
    }

    @Test
    void namesFromManyTraditionsAreFollowedByTheWordTheStoryKeeps() {
        List<Quote> q = extract("Liu Meihua, deputy secretary-general of the association, attended. \"Our crews follow every rule,\" Liu said. "
                + "Nguyen Thi Thu Ha chairs the board. \"We asked for training,\" said Ms. Nguyen. "
                + "Khalid al-Mansouri, head of the consortium, spoke next. \"This is a survival project,\" al-Mansouri said. "
                + "Maria Fernanda Ruiz Castillo leads the growers. \"We need credit,\" said Ruiz.\n\n"
                + "The director, Marcos Antonio Ribeiro \u2014 known to everyone in Belem simply as Marquinhos \u2014 spoke last. "
                + "\"Nobody leaves the market,\" Marquinhos told the crowd.");
        assertEquals("Liu Meihua", quote(q, "Our crews follow every rule,").speaker());
        assertEquals("Nguyen Thi Thu Ha", quote(q, "We asked for training,").speaker());
        assertEquals("Khalid al-Mansouri", quote(q, "This is a survival project,").speaker());
        assertEquals("Maria Fernanda Ruiz Castillo", quote(q, "We need credit,").speaker());
        assertEquals("Marcos Antonio Ribeiro", quote(q, "Nobody leaves the market,").speaker());
    }

    @Test
    void aBodysDescriptionIsNeverAPersonAndAnAgeMayLeadALongerDescription() {
        List<Quote> q = extract("Kisaragi Seiki chief executive Hiroshi Tanaka announced the closure on Friday. "
                + "The company said it expected a profit of 3 billion yen.\n\n"
                + "Johan Erasmus, 58, chairs the residents' forum. The 58-year-old former civil engineer said his party "
                + "would table a motion.");
        assertNotEquals("Hiroshi Tanaka", reported(q, "it expected a profit").speaker());
        assertEquals("Johan Erasmus", reported(q, "his party would table a motion").speaker());
    }

    @Test
    void aNameWithAParticleIsTheSameNameWithoutIt() {
        List<Quote> q = extract("Khalid al-Mansouri, head of the consortium, spoke first. Dr. Layla Haddad, a hydrologist, said the "
                + "needs were underestimated.\n\nMansouri, asked about the criticism, said the farm had been redesigned. "
                + "\"We have read every paper she has written,\" he added.");
        assertEquals("Khalid al-Mansouri", reported(q, "the farm had been redesigned").speaker());
        assertEquals("Khalid al-Mansouri", quote(q, "We have read every paper she has written,").speaker());
    }

    @Test
    void aTwoWordNameSomeoneIsKnownBy() {
        List<Quote> q = extract("Maria Aparecida Souza, known in the market as Dona Cida, sells herbs. "
                + "Dona Cida said the sellers had not been consulted.");
        assertEquals("Maria Aparecida Souza", reported(q, "the sellers had not been consulted").speaker());
    }

    @Test
    void aMarkedTermBeforeItsNounIsNoQuoteUnlessSomeoneSaidIt() {
        List<Quote> q = extract("Councillor Ines Varga spoke at the hearing on Tuesday. The \"dark kitchen\" permits will be reviewed, "
                + "and the \"flex zone\" rules change in March.\n\n"
                + "Varga called it a \"reckless\" plan. The \"flex zone\" signs went up overnight.");
        assertFalse(anyHolds(q, "dark kitchen"), q.toString());
        assertFalse(anyHolds(q, "flex zone"), q.toString());
        assertEquals("Ines Varga", quote(q, "reckless").speaker());
    }

    @Test
    void aTitleCasedNameInMarksIsNamedNotSaid() {
        List<Quote> q = extract("Mayor Ruth Okafor spoke on Monday. \"We will not wait,\" she said.\n\n"
                + "The city joined the \"Clean Harbours Compact\" in 2019 and hosts the \"Festival of Lights\" each winter. "
                + "Crowds chanted \"Ruth! Ruth!\" as she left.");
        assertFalse(anyHolds(q, "Clean Harbours Compact"), q.toString());
        assertFalse(anyHolds(q, "Festival of Lights"), q.toString());
        assertEquals("Ruth Okafor", quote(q, "We will not wait,").speaker());
    }

    @Test
    void peopleDoingSomethingAreTheSubjectAndTheirChantIsNotAReport() {
        List<Quote> q = extract("The curfew began at 8 p.m. Residents living near the depot said the trucks kept running.\n\n"
                + "Marchers crossing the Halden bridge chanted \"Open the gates!\" and kept walking until midnight.");
        assertEquals("Residents", reported(q, "the trucks kept running").speaker());
        assertEquals("Marchers", quote(q, "Open the gates!").speaker());
        assertFalse(anyHolds(q, "kept walking"), q.toString());
    }

    @Test
    void aColonAfterADateAndAStrayOpeningMarkThatCloses() {
        List<Quote> q = extract("Lena Brandt runs the food bank.\n\nOn May 3, 2024, Brandt made the following remark:\n\n"
                + "\u201CWe feed four hundred families a week. We cannot feed more.\u201C\n\n"
                + "The council later called the figures \u201Caccurate.\u201D");
        assertEquals("Lena Brandt", quote(q, "We feed four hundred families a week. We cannot feed more.").speaker());
        assertEquals(QuoteKind.PARTIAL, quote(q, "accurate.").kind());
    }

    @Test
    void aQuotedLabelIsThePartialQuoteAndTheObjectAroundItNoReport() {
        List<Quote> q = extract("Union leader Petra Solheim called the closure a \"betrayal\" of the workforce. "
                + "Solheim described the offer as \"an insult\" and said the workers would strike.");
        assertEquals("Petra Solheim", quote(q, "betrayal").speaker());
        assertEquals(QuoteKind.PARTIAL, quote(q, "an insult").kind());
        assertFalse(q.stream().anyMatch(x -> x.kind() == QuoteKind.INDIRECT && x.text().contains("betrayal")), q.toString());
        assertFalse(q.stream().anyMatch(x -> x.kind() == QuoteKind.INDIRECT && x.text().contains("an insult")), q.toString());
        assertEquals("Petra Solheim", reported(q, "the workers would strike").speaker());
    }

    @Test
    void aReportGoesOnPastAndThatAndItsSpeakerIsThePersonNotTheirCourt() {
        List<Quote> q = extract("A state judge threw out the confession on Monday, ruling that detectives ignored the suspect's "
                + "requests for a lawyer.\n\nIn a 30-page ruling, Judge Orla Penhallow of the Wexford County court wrote that "
                + "the interview was unlawful, and that the tape could not be shown to a jury.\n\n"
                + "The suspect's lawyer, Dario Menendez, called the ruling \"overdue\" and said prosecutors had no case left.");
        assertEquals("Orla Penhallow", reported(q, "detectives ignored the suspect's requests").speaker());
        Quote wrote = reported(q, "the interview was unlawful");
        assertEquals("Orla Penhallow", wrote.speaker());
        assertTrue(wrote.text().endsWith("the tape could not be shown to a jury"), wrote.text());
        assertEquals("Dario Menendez", reported(q, "prosecutors had no case left").speaker());
    }

    @Test
    void wordsMentionedTitlesLabelsAndAColonAfterTheCueAreNotReports() {
        List<Quote> q = extract("ANALYSIS: The harbour plan is mostly parking\n\n"
                + "Ines Halloran chairs the board. Words such as \"expects,\" \"intends,\" \"plans\" and \"will\" mark "
                + "forward-looking statements, the filing said. A review titled \"Harbour Renewal: What the First Five Years "
                + "Taught the City About Parking and People\" came out in May.\n\n"
                + "In a letter released the next morning, Halloran wrote:\n\n\"We built a car park and called it a district.\"");
        assertFalse(anyHolds(q, "harbour plan is mostly parking"), q.toString());
        assertFalse(anyHolds(q, "expects"), q.toString());
        assertFalse(anyHolds(q, "Harbour Renewal"), q.toString());
        assertFalse(anyHolds(q, "In a letter released"), q.toString());
        assertEquals("Ines Halloran", quote(q, "We built a car park and called it a district.").speaker());
    }

    @Test
    void aQuoteIntroducedByAColonBeforeItsCueIsDirectNotAReport() {
        List<Quote> q = extract("The Harbour Pilots Union endorsed the plan on Monday. The statement also praised the mayor's record: "
                + "\"She has kept every promise she made to the port,\" the union wrote.");
        assertEquals(QuoteKind.DIRECT, quote(q, "She has kept every promise she made to the port,").kind());
        assertFalse(q.stream().anyMatch(x -> x.kind() == QuoteKind.INDIRECT && x.text().contains("also praised")), q.toString());
    }

    @Test
    void aNameDescribedAsAFirmIsTheCompanyAndItsStatementSpeaksForIt() {
        List<Quote> q = extract("OSLO \u2014 Trackly, a parcel-tracking app used by millions of shoppers, said on Thursday that hackers "
                + "had reached its customer database.\n\nIn a statement posted to its website, the company said it had hired "
                + "an outside firm. \"We deeply regret this incident,\" the statement said.");
        assertEquals("Trackly", reported(q, "it had hired an outside firm").speaker());
        assertEquals("Trackly", quote(q, "We deeply regret this incident,").speaker());
    }

    @Test
    void aNameEveryoneCallsSomeoneAndASecondSurnameAfterAccordingTo() {
        List<Quote> q = extract("Rosa Amalia Quispe, whom everyone at the market calls Dona Rosa, sells maize. Teresa Ibarra Montoya "
                + "chairs the growers' board.\n\nAccording to Dona Rosa, the stalls had not been measured. "
                + "According to Ibarra, the board would meet in March.");
        assertEquals("Rosa Amalia Quispe", reported(q, "the stalls had not been measured").speaker());
        assertEquals("Teresa Ibarra Montoya", reported(q, "the board would meet in March").speaker());
    }

    @Test
    void britishSingleMarksStayQuotesWhenAQuoteInsideUsesDoubleOnes() {
        List<Quote> q = extract("Wexley Rovers have signed winger Tomas Ek from Malmo, the club said on Thursday.\n\n"
                + "'Tomas is exactly the player we wanted,' the manager, Alan Brice, said. 'He runs at people.'\n\n"
                + "'There were nights I thought it was over,' Ek told the club's website. 'My father told me, \"Be patient.\" I was.'");
        assertEquals("Alan Brice", quote(q, "Tomas is exactly the player we wanted,").speaker());
        assertEquals("Tomas Ek", quote(q, "There were nights I thought it was over,").speaker());
        assertFalse(q.stream().anyMatch(x -> x.text().equals("Be patient.")), q.toString());
    }

    @Test
    void numbersAfterTheCueAndListenersWithAPlaceStillLeadToTheReport() {
        List<Quote> q = extract("Mayor Dolores Quane says about 90 people spent the night at the fairgrounds. Governor Taras Holub "
                + "said at least 40 homes had been lost. Chief Financial Officer Inga Sorvik told analysts the company now expects "
                + "revenue of $7 billion. Board chair Renata Sollum told reporters in Brussels it was too early to say.");
        assertEquals("Dolores Quane", reported(q, "about 90 people spent the night").speaker());
        assertEquals("Taras Holub", reported(q, "at least 40 homes had been lost").speaker());
        assertEquals("Inga Sorvik", reported(q, "the company now expects revenue").speaker());
        assertEquals("Renata Sollum", reported(q, "it was too early to say").speaker());
    }

    @Test
    void addingThatAfterAQuotesCueAndSpeakersAtAMeeting() {
        List<Quote> q = extract("Bram Oduya farms near the river. \"The pump failed twice,\" he said, adding that he had paid a "
                + "mechanic to fix it.\n\nSeveral speakers said they worried about the new timetable.");
        assertEquals("Bram Oduya", reported(q, "he had paid a mechanic to fix it").speaker());
        assertNotNull(reported(q, "they worried about the new timetable"));
    }

    @Test
    void pleasWorksWrittenTimesAndAFieldsTermsAreNotReports() {
        List<Quote> q = extract("Kyle Ostrander pleaded guilty in March to vehicular homicide. The band Harbor Lights, who wrote the "
                + "song, split in 2019. Actor Delia Strand replied within the hour. The beetle uses what biologists call a "
                + "\"sky compass\" at night. Judge Ana Pruitt wrote that the questioning had crossed \"a line\" that day.");
        assertFalse(anyHolds(q, "guilty in March"), q.toString());
        assertFalse(anyHolds(q, "the song"), q.toString());
        assertFalse(anyHolds(q, "within the hour"), q.toString());
        assertFalse(anyHolds(q, "sky compass"), q.toString());
        assertEquals("Ana Pruitt", reported(q, "the questioning had crossed").speaker());
    }

    @Test
    void relativesPartyTagsStatementsReadOutAndCompaniesBesideTheirRegulator() {
        List<Quote> q = extract("Ines Marlow, a photographer, died Saturday. Her death was confirmed by her son, Peter Marlow.\n\n"
                + "Marlow said later that she had taken only three frames.\n\n"
                + "Sen. Ruth Ellison, D-Colo., one of the bill's sponsors, said she had offered changes twice.\n\n"
                + "Her mother, Laura Castell, read a statement in court. \"Mia was sixteen for four hours,\" she read.\n\n"
                + "Quillon Systems, the software maker, grew fast. In a filing with the Securities and Exchange Commission, "
                + "the company said it had received a subpoena.");
        assertEquals("Ines Marlow", reported(q, "she had taken only three frames").speaker());
        assertEquals("Ruth Ellison", reported(q, "she had offered changes twice").speaker());
        assertEquals("Laura Castell", quote(q, "Mia was sixteen for four hours,").speaker());
        assertEquals("Quillon Systems", reported(q, "it had received a subpoena").speaker());
    }

    @Test
    void aTrailingDescriptionIsTheOnePersonNamedInItsSentenceAndPlacesAfterTheAreNobody() {
        List<Quote> q = extract("LOS ANGELES \u2014 Rhys Callan has left the sequel, the actor announced Monday, saying he needed rest.\n\n"
                + "Sen. Garrett Vance, R-Texas, blocked the bill. \"I will not move,\" the Texas Republican said.\n\n"
                + "Minister Ramesh Desai spoke at the Krishi Bhavan. \"Farmers have waited long enough,\" he said.\n\n"
                + "Clinton had told police she wanted no escort, the source added.");
        assertEquals("Rhys Callan", reported(q, "he needed rest").speaker());
        assertEquals("Garrett Vance", quote(q, "I will not move,").speaker());
        assertEquals("Ramesh Desai", quote(q, "Farmers have waited long enough,").speaker());
        assertNotEquals("Clinton", reported(q, "she wanted no escort").speaker());
    }

    @Test
    void aMemoSpeaksForWhoPreparedItAndTheCityOfSomewhereIsOneBody() {
        List<Quote> q = extract("A memo prepared in April by the authority's compliance manager, Raymond Albright, laid out three "
                + "options. \"Option 2 satisfies the rule on paper,\" the memo said.\n\n"
                + "The City of Millbrook Heights said in a statement that it had sent the alert to every resident.");
        assertEquals("Raymond Albright", quote(q, "Option 2 satisfies the rule on paper,").speaker());
        assertEquals("City of Millbrook Heights", reported(q, "it had sent the alert to every resident").speaker());
    }

    @Test
    void aNounPhraseBeforeASecondVerbOrASubordinateClauseIsNoReport() {
        List<Quote> q = extract("The Harwick administration has promised a veto and attempted to make the case that the bill is flawed. "
                + "The poll indicates a tightening race as Marlow consolidates support. Councillor Ida Brenn said the plan "
                + "failed and the council resigned.");
        assertFalse(anyHolds(q, "a veto and attempted"), q.toString());
        assertFalse(anyHolds(q, "a tightening race"), q.toString());
        assertEquals("Ida Brenn", reported(q, "the plan failed").speaker());
    }

    @Test
    void titlesInAppositionEventsSignOffsAndListsOfShowsAreNamesNotQuotes() {
        List<Quote> q = extract("Governor Lena Ward spoke on Monday. Ward stressed her record during a \"Town Hall on Jobs\" hosted by "
                + "the paper. The network licenses \"Politicking\" and \"Harbor Nights Live\" from a studio.\n\n"
                + "LETTERS.\n\nMara Quill's commentary, \"Tell your own story,\" is very thoughtful.\n\n"
                + "\"Follow Lena Ward on Twitter @lenaward.\"\n\n"
                + "Ward said the plan would pass, and when pressed on the cost, the 52-year-old replied, \"It pays for itself.\"");
        assertFalse(q.stream().anyMatch(x -> x.text().equals("Town Hall on Jobs")), q.toString());
        assertFalse(anyHolds(q, "Politicking"), q.toString());
        assertFalse(anyHolds(q, "Tell your own story"), q.toString());
        assertFalse(anyHolds(q, "Follow Lena Ward"), q.toString());
        assertEquals("the plan would pass", reported(q, "the plan would pass").text());
    }

    @Test
    void aTitleCasedLabelSomeoneGaveIsStillAQuote() {
        List<Quote> q = extract("FactWatch said the senator's claim about rents was partly right. When FactWatch checked the statement, it was "
                + "labeled \"Mostly True.\" The city joined the \"Clean Harbours Compact\" in 2019.");
        assertEquals(QuoteKind.PARTIAL, quote(q, "Mostly True.").kind());
        assertFalse(anyHolds(q, "Clean Harbours Compact"), q.toString());
    }

    @Test
    void aCapitalisedPostBeforeTheNameAndAPartyInBracketsAreThePersonsRoles() {
        List<Quote> q = extract("The Tasmanian Premier, Joanna Vell, defended the budget on Monday.\n\n"
                + "Opposition Leader Carl Dunne called it \"a fiction\". \"Nobody believes it,\" he said.\n\n"
                + "Asked about the deficit, the Premier said she had \"no regrets\" about the spending.\n\n"
                + "Cllr Aoife Brannock (Social Democrats) opposed the motion. Councillor Peadar Lynch said it was overdue.\n\n"
                + "\"This was rushed through,\" the Social Democrats councillor said.");
        assertEquals("Joanna Vell", reported(q, "she had \"no regrets\" about the spending").speaker());
        assertEquals("Aoife Brannock", quote(q, "This was rushed through,").speaker(), "Cllr is a councillor");
    }

    @Test
    void aPostNoOneHoldsRightAfterANamedSpeakerIsThatSpeakerDescribedAgain() {
        List<Quote> q = extract("Housing spokeswoman Tamsin Orr said both parties had failed renters.\n\n"
                + "\"They promise towers and deliver press releases,\" the Eastfield MP said.\n\n"
                + "Opposition Leader Carl Dunne said the figures were wrong.\n\n"
                + "\"We will publish our own,\" the Premier said.\n\n"
                + "Union organiser Ruth Palmer said talks had stalled.\n\n"
                + "\"Nothing has moved,\" the spokesman said.");
        assertEquals("Tamsin Orr", quote(q, "They promise towers and deliver press releases,").speaker());
        assertNotEquals("Carl Dunne", quote(q, "We will publish our own,").speaker(), "a premier is not the opposition leader");
        assertNotEquals("Ruth Palmer", quote(q, "Nothing has moved,").speaker(), "a spokesman is not her");
    }

    @Test
    void aRecallOfGoodsIsNoReportButARecalledClauseIs() {
        List<Quote> q = extract("Kestrel recalls 800,000 kettles after reports of burns\n\n"
                + "Kestrel Appliances is recalling about 800,000 kettles, the company said on Monday. In a statement, Kestrel said "
                + "it was \"truly sorry\".\n\nThe Product Safety Authority approved the remedy. In a notice published in the "
                + "Daily Ledger, the regulator said refunds would start in May.\n\n"
                + "Ana Ruiz recalled that the lid flew off. Her neighbour recalled Ruiz shouting for help.");
        assertFalse(anyHolds(q, "800,000 kettles after reports"), q.toString());
        assertEquals("Kestrel Appliances", reported(q, "Kestrel Appliances is recalling about 800,000 kettles").speaker(),
                "the body the sentence opens with");
        assertEquals("Kestrel Appliances", quote(q, "truly sorry").speaker(), "the headline's short form takes the full name");
        assertEquals("Product Safety Authority", reported(q, "refunds would start in May").speaker(), "the regulator, not the paper");
        assertEquals("Ana Ruiz", reported(q, "the lid flew off").speaker());
        assertTrue(anyHolds(q, "Ruiz shouting for help"), q.toString());
    }

    @Test
    void aPartialInsideAReportBelongsToTheOneReportingNotToTheClausesOwnSubject() {
        List<Quote> q = extract("Coach Ivan Sor also defended taking off striker Leo Braga at the interval, saying the Brazilian had felt "
                + "\"a bit of tightness\" in his hamstring.\n\n"
                + "The council engineer, Mary Quill, told members the route was the only option. She said other routes along the R458 "
                + "would require land purchases and \"significant\" extra cost.");
        assertEquals("Ivan Sor", quote(q, "a bit of tightness").speaker());
        assertEquals("Mary Quill", quote(q, "significant").speaker());
    }

    @Test
    void aPersonPlacedByABodyATownOrAPostIsTheSpeakerNotThePlaceOrTheParty() {
        List<Quote> q = extract("Outside court, Kirsty Dunlop of the road safety charity Safe Lanes Tayside said the sentence sent "
                + "\"a clear message\".\n\n"
                + "Dario Okafor, a teacher in Dayton, Ohio, said he noticed \"a burning smell\" first.\n\n"
                + "\"Numbers don't open doors,\" said NDP health critic Farah Osei.\n\n"
                + "The mayor of Leeds, Tom Hart, said the plan would work.");
        assertEquals("Kirsty Dunlop", quote(q, "a clear message").speaker());
        assertEquals("Dario Okafor", quote(q, "a burning smell").speaker());
        assertEquals("Farah Osei", quote(q, "Numbers don't open doors,").speaker());
        assertEquals("Tom Hart", reported(q, "the plan would work").speaker());
    }

    @Test
    void readingATextOutAPapersTitleAndLastYearsAreNotWhatTheyLookLike() {
        List<Quote> q = extract("At the memorial, Ms. Ora Lind read a short tribute she had written. The statement read that the firm "
                + "regretted the delay.\n\nThe paper, \"Street lighting delays dawn foraging in urban bee colonies,\" appears in "
                + "a journal today.\n\nCoach Ben Rowe said last year\u2019s semifinal loss had been the making of the group.");
        assertFalse(anyHolds(q, "a short tribute"), q.toString());
        assertEquals("The statement", reported(q, "the firm regretted the delay").speakerMention());
        assertFalse(anyHolds(q, "Street lighting delays"), q.toString());
        assertEquals("last year\u2019s semifinal loss had been the making of the group",
                reported(q, "semifinal loss had been the making").text());
    }

    @Test
    void namesOthersGiveArentQuotesAndACapitalisedPostBeforeTheNameIsNotTheSpeaker() {
        List<Quote> q = extract("Chief Minister Arun Das, popularly called \"Dada\" by party workers, was absent. He was known to "
                + "everyone on Gull Island as \"Skip\" for years.\n\n"
                + "The Taoiseach, Declan Furlong, has insisted the rent controls are working.\n\n"
                + "Economist Mira Sen opined that the delays reflected a deeper problem.");
        assertFalse(anyHolds(q, "Dada"), q.toString());
        assertFalse(anyHolds(q, "Skip"), q.toString());
        assertEquals("Declan Furlong", reported(q, "the rent controls are working").speaker());
        assertEquals("Mira Sen", reported(q, "the delays reflected a deeper problem").speaker());
    }

    @Test
    void aLongQuoteInBritishSingleMarksRunsOnOverParagraphsThatReopenIt() {
        List<Quote> q = extract("Sentencing him, Lord Kerr said: 'You chose to watch a clip while driving a lorry through a village at "
                + "forty miles an hour, and you did not look up once in the eleven seconds before the crash.'\n\n"
                + "Her husband, Ewan Baird, said in a statement read by the prosecutor that the family was 'broken'. The statement "
                + "continued:\n\n"
                + "'Isla rode that road every Sunday for twenty years. She knew every bend and every pothole on it.\n\n"
                + "'Our son sat his exams a month later. I don't know where he found the strength.'\n\n"
                + "Defence solicitor Ian Rae said his client was 'ashamed'.");
        assertEquals(QuoteKind.DIRECT, quote(q, "You chose to watch a clip while driving").kind(), "longer than 40 tokens");
        assertEquals(QuoteKind.DIRECT, quote(q, "Isla rode that road every Sunday").kind());
        assertEquals(QuoteKind.DIRECT, quote(q, "Our son sat his exams a month later.").kind(), "the quote runs on");
        assertNotEquals("the prosecutor", quote(q, "Isla rode that road every Sunday").speakerMention(), "who reads it out did not write it");
        assertEquals("Ian Rae", quote(q, "ashamed").speaker());
    }

    @Test
    void aFilingStatesThatAndWithXAllegingThatReportButMemberStatesDoNot() {
        List<Quote> q = extract("The filing states that Reid moved out in August.\n\n"
                + "The House debated the motion, with Leader of Opposition Sunil Rath alleging that the government had abandoned "
                + "farmers.\n\nThe Commission opened cases against four member states for failing to adopt the \"Clean Air Rule\".");
        assertEquals("The filing", reported(q, "Reid moved out in August").speakerMention());
        assertTrue(reported(q, "the government had abandoned farmers").speaker().endsWith("Sunil Rath"), q.toString());
        assertFalse(anyHolds(q, "Clean Air Rule"), q.toString());
    }

    @Test
    void bodiesNamedByTheirKindOrAnAppositionSpeakAsBodiesAndAModelNumberIsNoBody() {
        List<Quote> q = extract("In a statement, the Cumann party said the answers showed a government out of ideas. It said it would "
                + "table a motion.\n\n"
                + "The Rural Krushak Sangathan, a farmers' body, said in a memorandum submitted to the Governor that 9,000 farmers "
                + "were unpaid. It also said that interest was due.\n\n"
                + "Corvel Foods Plc reported a loss. The Corvel Distributors Association said sales fell. Luma Labs is recalling "
                + "the ZX40 heater. The company said it had received 90 reports.");
        assertEquals("Cumann", reported(q, "the answers showed a government out of ideas").speaker());
        assertEquals("Cumann", reported(q, "it would table a motion").speaker(), "it: the party that spoke last");
        assertEquals("Rural Krushak Sangathan", reported(q, "9,000 farmers were unpaid").speaker());
        assertEquals("Rural Krushak Sangathan", reported(q, "interest was due").speaker());
        assertEquals("Luma Labs", reported(q, "it had received 90 reports").speaker(), "not the ZX40, not the association");
    }

    @Test
    void aQuoteWhoseCueLiesInsideAnotherSourcesReportIsThatSourcesClaim() {
        List<Quote> q = extract("Mayor Ines Okafor said at a town hall on Tuesday that Councillor Brandt once described the bypass as "
                + "\"a road to nowhere\" when he chaired the transport board.\n\n"
                + "Councillor Brandt, the board's longest-serving member, said he wanted to speak \"plainly to the residents\" about "
                + "the cost.");
        assertEquals("Ines Okafor", quote(q, "a road to nowhere").speaker(), "the mayor's claim about what Brandt said");
        assertEquals("Brandt", quote(q, "plainly to the residents").speaker(), "he inside his own report is the councillor");
    }

    @Test
    void aDocumentsParticipleReportsForWhoeverIssuedItAndAddingFollowsSaidInAStatement() {
        List<Quote> q = extract("The water board issued a statement on Monday saying the reservoir was safe. Councillor Ames posted a "
                + "video late Tuesday saying she would not stand again. The drivers' union sent a letter to members warning that "
                + "strikes were likely.\n\n"
                + "\"We were never told,\" Deputy Mayor Rhys Ollerton said in a statement, adding that the figures had been "
                + "\"buried in an appendix.\"\n\n"
                + "The chair said a motion calling for a review would be taken next month.");
        assertEquals("water board", reported(q, "the reservoir was safe").speaker().toLowerCase(java.util.Locale.ROOT).replace("the ", ""));
        assertEquals("Ames", reported(q, "she would not stand again").speaker(), "the video's author, not 'posted a video'");
        assertFalse(anyHolds(q, "a video late Tuesday"), q.toString());
        assertTrue(reported(q, "strikes were likely").speaker().contains("union"), q.toString());
        assertEquals("Rhys Ollerton", reported(q, "the figures had been").speaker());
        assertNotNull(reported(q, "a motion calling for a review would be taken"), "'said' takes no document as its object");
    }

    @Test
    void aQuoteAfterASentenceWhoseSubjectIsNamedInAppositionIsThatPersons() {
        List<Quote> q = extract("\"We will finish the bridge,\" Mayor Tomas Oduya said.\n\n"
                + "Her old rival on the council, Petra Lindqvist, called the plan a gamble with the town's savings. "
                + "\"Nobody has shown us the numbers.\"\n\n"
                + "Councillor Ana Ruiz, who chairs the finance committee, described the residents' anger as justified. "
                + "\"They were promised a vote.\"");
        assertEquals("Petra Lindqvist", quote(q, "Nobody has shown us the numbers.").speaker(), "not the mayor who spoke last");
        assertEquals("Ana Ruiz", quote(q, "They were promised a vote.").speaker(), "a plural possessive is no quote mark");
    }

    @Test
    void interjectionsFamilyNamesFirstAndAQuestionPutToTheSpeaker() {
        List<Quote> q = extract("Park Min-jun, the trade envoy, opened the session. \"We came to listen,\" he said.\n\n"
                + "Park, asked whether Seoul would lift the tariff, replied: \"Not this year.\"\n\n"
                + "\"That is not the whole story,\" Senator Olwen Price interjected.\n\n"
                + "\"Is a drone a camera?\" Justice Amara Tull asked the county's chief lawyer, Dev Rana.");
        assertEquals("Park Min-jun", quote(q, "Not this year.").speaker(), "the family name comes first");
        assertFalse(q.stream().anyMatch(x -> x.kind() == QuoteKind.INDIRECT && x.text().contains("lift the tariff")),
                "Park was asked; he asked nothing: " + q);
        assertEquals("Olwen Price", quote(q, "That is not the whole story,").speaker());
        assertEquals("Amara Tull", quote(q, "Is a drone a camera?").speaker(), "a long listener after 'asked'");
    }

    @Test
    void aDocumentSpeaksForWhoeverWroteItNotForWhoeverObtainedIt() {
        List<Quote> q = extract("Officers found the door forced at about 2 a.m., according to a complaint filed by Detective Ana Brill.\n\n"
                + "The council spent twice its budget, according to records obtained by the Lakeside Courier.\n\n"
                + "Okoro said in a video posted by the club that he had always wanted to play in Lisbon.");
        assertEquals("Ana Brill", reported(q, "Officers found the door forced").speaker());
        assertNotEquals("Lakeside Courier", reported(q, "The council spent twice its budget").speaker());
        assertEquals("Okoro", reported(q, "he had always wanted to play in Lisbon").speaker(), "posted by the club: passive");
    }

    @Test
    void aNameInAppositionSpeaksForTheSentenceAndInTheWordsOfCitesSomeone() {
        List<Quote> q = extract("Former senator Ruth Abara is running again. An Abara spokesman, Lionel Mbeki, dismissed the advert as "
                + "\"old news\" and said the senator had \"created more jobs than anyone\" in the county.\n\n"
                + "The head of the fishermen's union, Captain Iker Sorabe, however, blamed the port authority, claiming that "
                + "the harbour lights were \"out for a week\" before the collision.\n\n"
                + "The quay was to be, in the words of then-harbourmaster Jon Ealing, \"the front door of the town.\" "
                + "Today the \"front door\" is a car park.");
        assertEquals("Lionel Mbeki", reported(q, "the senator had").speaker(), "the spokesman named, not the senator");
        assertEquals("Iker Sorabe", reported(q, "the harbour lights were").speaker());
        assertEquals("Iker Sorabe", quote(q, "out for a week").speaker(), "the quote inside his report is his");
        assertEquals("Jon Ealing", quote(q, "the front door of the town.").speaker());
        assertFalse(q.stream().anyMatch(x -> x.text().equals("front door") && "Jon Ealing".equals(x.speaker())),
                "cited words bring nobody into the conversation: " + q);
    }

    @Test
    void aClauseOpenedByWhenAfterTheQuoteIsNotItsAttribution() {
        List<Quote> q = extract("The advert closes with footage of Mayor Dana Kruger saying at the forum, \"That is how you balance a budget,\" "
                + "when her rival Tomas Reyes attacked her for closing two libraries.");
        assertEquals("Dana Kruger", quote(q, "That is how you balance a budget,").speaker());
    }

    @Test
    void aQuoteIntroducedByItsCueAndALabelledThingReportNothingMore() {
        List<Quote> q = extract("When anchor Rosa Vidal asked, \"Will you vote for the budget?\" the minister said he had not decided.\n\n"
                + "Councillor Ines Barra called that proposal \"a blank cheque\".\n\n"
                + "The talks would resume on Friday, a ministry official said, speaking on condition of anonymity.\n\n"
                + "\"Crime has doubled,\" the senator said, according to a video posted by his campaign.\n\n"
                + "Mayor Odile Brandt told her weekly morning briefing that the bridge would reopen.");
        assertEquals("Rosa Vidal", quote(q, "Will you vote for the budget?").speaker(), "asked, \"...\": the asker");
        assertFalse(q.stream().anyMatch(x -> x.kind() == QuoteKind.INDIRECT && x.text().contains("Will you vote")), q.toString());
        assertFalse(q.stream().anyMatch(x -> x.kind() == QuoteKind.INDIRECT && x.text().contains("proposal")), q.toString());
        assertFalse(anyHolds(q, "speaking on condition"), q.toString());
        assertFalse(q.stream().anyMatch(x -> x.kind() == QuoteKind.INDIRECT && x.text().contains("Crime has doubled")), q.toString());
        assertTrue(reported(q, "the bridge would reopen").text().startsWith("the bridge"), "her morning briefing is the listener");
    }

    @Test
    void aRelayedReportIsTheRelayingSourcesAndWhoRefersToTheNameBeforeItsDescription() {
        List<Quote> q = extract("According to a readout from the foreign ministry, Minister Oda told her counterpart that the duties were "
                + "\"temporary and targeted\" and would be reviewed.\n\n"
                + "The session opened with an exchange between Chair Ines Mansilla and Rosa Alvarado, a lawmaker from the governing party, "
                + "who said the vote had been called in breach of the rules.");
        Quote relayed = reported(q, "the duties were");
        assertTrue(relayed.text().startsWith("the duties were"), "the content the readout relays: " + relayed);
        assertNotEquals("Oda", relayed.speaker(), "the readout speaks for what it relays");
        assertEquals(relayed.speaker(), quote(q, "temporary and targeted").speaker(), "and for the words quoted in it");
        assertEquals("Rosa Alvarado", reported(q, "the vote had been called").speaker());
    }

    @Test
    void aFamilyNameThatIsAlsoAWordForABodyAndACapitalisedPostKeepThePerson() {
        List<Quote> q = extract("Anita Rowe, a pollster at Ridgeline Analytics, said the race was close. \"Nobody should relax,\" she said.\n\n"
                + "Étienne Carrier, a partner at the firm, cautioned that online panels exaggerate swings.\n\n"
                + "\"Polls are a thermometer, not a forecast,\" he said.\n\n"
                + "Attorney General Ingrid Nieminen said the ruling was wrong. \"We will comply,\" Nieminen said.\n\n"
                + "Assembly Speaker Patrick Larue, who wrote the law, was less charitable. \"Four justices overruled 99 legislators,\" he said.");
        assertEquals("Étienne Carrier", quote(q, "Polls are a thermometer").speaker(), "Carrier is a surname here, not a firm");
        assertEquals("Patrick Larue", quote(q, "Four justices overruled").speaker(), "the subject named after his post, not the last speaker");
    }

    @Test
    void aDocumentsAuthorMayFollowAnAppositionsDate() {
        List<Quote> q = extract("The four-page letter, dated June 2 and signed by Ilse Brandvold, the harbour master, said the channel was unsafe.\n\n"
                + "\"Dredging cannot wait another winter,\" the letter said.");
        assertEquals("Ilse Brandvold", reported(q, "the channel was unsafe").speaker());
        assertEquals("Ilse Brandvold", quote(q, "Dredging cannot wait another winter,").speaker(), "the letter speaks for its author");
    }

    @Test
    void aChamberBeforeAPostMakesItsHolderASenator() {
        List<Quote> q = extract("Senate Majority Leader Doris Okwuosa said on Sunday that she would hold a vote.\n\n"
                + "\"I will not negotiate on television,\" the senator said.");
        assertEquals("Doris Okwuosa", quote(q, "I will not negotiate on television,").speaker());
    }

    @Test
    void aPollIsTheSurveyThatBroughtItIn() {
        List<Quote> q = extract("The Unity Party leads by nine points, according to a Brightwater Polling survey released Monday.\n\n"
                + "The party had the support of 41 percent of decided voters, the poll found.\n\n"
                + "The survey also found that most voters expected a recession.");
        assertEquals("Brightwater Polling", reported(q, "41 percent of decided voters").speaker());
        assertEquals("Brightwater Polling", reported(q, "most voters expected a recession").speaker());
    }

    @Test
    void aQuoteOverParagraphsTakesItsClosingCueAndTimeIsNoContent() {
        List<Quote> q = extract("Across the aisle, Gloria Ramos, a bus driver, shook her head. \"Same show, different night.\"\n\n"
                + "\"I came in undecided, and I am leaving undecided.\n\n"
                + "\"I will vote. I just do not know for whom,\" said Marcus Briggs, a forklift operator.\n\n"
                + "There were no arrests, a police spokeswoman said late Wednesday. The question is whether voters believe that he has.\n\n"
                + "\"Who pays for your table?\" Senator Carla Whitby wrote on Twitter within an hour of the video.");
        assertEquals("Marcus Briggs", quote(q, "I came in undecided").speaker(), "the cue where the quote ends");
        assertTrue(reported(q, "There were no arrests").speaker().contains("spokeswoman"), q.toString());
        assertFalse(anyHolds(q, "late Wednesday"), q.toString());
        assertFalse(q.stream().anyMatch(x -> x.text().equals("he has")), q.toString());
        assertEquals("Carla Whitby", quote(q, "Who pays for your table?").speaker());
    }

    @Test
    void givenNamesFromManyPlacesTellHeFromShe() {
        List<Quote> q = extract("Carla Whitby, the moderator, questioned the former executive Dale Prentiss. \"Mr. Prentiss, is that true?\" Whitby asked.\n\n"
                + "\"Every one of them got a fair settlement,\" he said.");
        assertEquals("Dale Prentiss", quote(q, "Every one of them got a fair settlement,").speaker(), "Carla is a woman's name");
    }

    @Test
    void aNameWhoseTreasurerIsNamedIsABody() {
        List<Quote> q = extract("Harbor Light Renewal spent $2 million on advertising in August.\n\n"
                + "Douglas Fenn, Harbor Light Renewal's treasurer, denied that the group had coordinated with the campaign. "
                + "The footage, he said, had come from a public website.");
        assertEquals("Douglas Fenn", reported(q, "had come from a public website").speaker(), "he is the treasurer, not the group");
    }

    @Test
    void anAuditSpeaksForTheAuditorWhoReleasedIt() {
        List<Quote> q = extract("Gov. Alma Reyes dismissed the agency's director a day after a state audit found that caseworkers had lost "
                + "track of 200 children.\n\nThe audit, released Monday by State Auditor Nestor Villa, found that the department had "
                + "no address for 214 children.");
        assertEquals("Nestor Villa", reported(q, "the department had no address").speaker(), "not the governor of the sentence before");
    }

    @Test
    void aPronounActionBeatAndAnAssistantSecretary() {
        List<Quote> q = extract("Nadia Ferreira-Holt keeps a checklist in her car. Her rival says she is not ready. She has heard it. She smiles. "
                + "\"Neither is running a bakery.\"\n\n"
                + "The diplomat, Assistant Secretary of State Lionel Ashgrove, told reporters that the aid would stay on hold.");
        assertEquals("Nadia Ferreira-Holt", quote(q, "Neither is running a bakery.").speaker());
        assertEquals("Lionel Ashgrove", reported(q, "the aid would stay on hold").speaker());
    }

    @Test
    void aSurnameWithANationalitysEndingBeforeAnAdverbOrATimeIsAName() {
        List<Quote> q = extract("Ministers Ana Rouhani and Tomas Welbrich met in Vienna. Rouhani on Monday said the talks were "
                + "\"the last chance for a deal before winter.\" Welbrich pointedly dismissed the proposal as \"a wish list from another era\" "
                + "in a radio interview. The Turkish leader called it \"a serious and fair offer\" at a rally.");
        assertEquals("Ana Rouhani", reported(q, "the talks were").speaker(), "Rouhani before 'on Monday' is no adjective");
        assertEquals("Tomas Welbrich", quote(q, "a wish list from another era").speaker(), "nor Welbrich before an adverb");
        assertEquals("The Turkish leader", quote(q, "a serious and fair offer").speakerMention(), "'Turkish' before a noun still is one");
    }

    @Test
    void aThatClauseWhoseSubjectJoinsTwoNounsIsStillAClause() {
        List<Quote> q = extract("The minister said the country no longer needed foreign combat troops but added that cooperation on "
                + "training and intelligence with its partners would go on.");
        assertEquals("The minister", reported(q, "cooperation on training and intelligence").speaker(),
                "'that cooperation on training and ...' is no object 'that cooperation'");
    }

    @Test
    void aPostWithoutItsArticleInAppositionLeavesTheNameSpeaking() {
        List<Quote> q = extract("Rates were left unchanged. Nadia Oyelaran, chief economist at Harbour Crest Securities, said the decision "
                + "had been widely expected.");
        assertEquals("Nadia Oyelaran", reported(q, "the decision had been widely expected").speaker(), "not the firm she works at");
    }

    @Test
    void aFamilyNameFirstWithAnAgeIsThePersonNotTheAgencyNamedLikeHim() {
        List<Quote> q = extract("SEOUL (Han River News) - The two presidents met on Monday. President Han Seung-woo received his guest.\n\n"
                + "Han, 61, told a joint press appearance that Korean companies planned to invest more.");
        assertEquals("Han Seung-woo", reported(q, "Korean companies planned to invest more").speaker());
    }

    @Test
    void aSurnameInTheHeadlineIsThePersonNamedInFullBelow() {
        List<Quote> q = extract("Chile heads for runoff between Valdivieso and Ortiz\n\n"
                + "SANTIAGO - The two front-runners, Andrés Felipe Valdivieso Rojas and Carmen Ortiz, will meet in a runoff.\n\n"
                + "Valdivieso, a former mayor of Valparaiso, had 31% of the vote. In a televised address, Valdivieso said he would "
                + "seek the support of centrist parties.");
        assertEquals("Andrés Felipe Valdivieso Rojas", reported(q, "he would seek the support").speaker(),
                "the headline's one word is the full name's inner word");
    }

    @Test
    void aThingsNameAfterANamingParticipleIsNoQuote() {
        List<Quote> q = extract("The ministry said the strikes, part of an operation code-named \"Northern Shield,\" destroyed four depots. "
                + "She published a report titled \"Why the Coast Is Sinking Faster Than We Thought\" last May.");
        assertFalse(q.stream().anyMatch(x -> x.kind() != QuoteKind.INDIRECT && x.text().contains("Northern Shield")), q.toString());
        assertFalse(q.stream().anyMatch(x -> x.kind() != QuoteKind.INDIRECT && x.text().contains("Why the Coast")), q.toString());
        assertTrue(anyHolds(q, "destroyed four depots"), "the report around the name stays");
    }

    @Test
    void aDocumentFromOrIssuedByANamedBodyIsThatBodys() {
        List<Quote> q = extract("Gulf states will set up a fund to rebuild the port, according to a final declaration issued by the "
                + "Gulf Cooperation Council at the end of a summit. According to a statement from the Harbor Point Police Department, "
                + "the officer had been placed on leave.\n\nA statement from the family of Ana Lima, a teacher who died last year, was "
                + "read aloud. \"We do not forgive him,\" the statement said.");
        assertEquals("Gulf Cooperation Council", reported(q, "Gulf states will set up a fund").speaker());
        assertEquals("Harbor Point Police Department", reported(q, "the officer had been placed on leave").speaker());
        assertNotEquals("Ana Lima", quote(q, "We do not forgive him,").speaker(), "the family's statement, not hers");
    }

    @Test
    void aBodysNameRunsOnOverAndAndOfThe() {
        List<Quote> q = extract("The fund was looted, the Securities and Exchange Commission said in a complaint. The curfew would be "
                + "lifted on Monday, the Ministry of the Interior said. Four citizens had been denied access, the Embassy of the Republic "
                + "of Kallistan in Seoul said on Wednesday. The Urban Institute and Brookings Institution estimates that the plan "
                + "would raise $1 trillion.");
        assertEquals("Securities and Exchange Commission", reported(q, "The fund was looted").speaker());
        assertEquals("Ministry of the Interior", reported(q, "The curfew would be lifted").speaker());
        assertEquals("Embassy of the Republic of Kallistan", reported(q, "Four citizens had been denied access").speaker());
        assertEquals("Brookings Institution", reported(q, "the plan would raise").speaker(), "two bodies, not one name");
    }

    @Test
    void aSignOffOnTheLineAfterTheQuoteNamesItsSpeaker() {
        List<Quote> q = extract("Here are our favourite reactions.\n\n1. A senator did the math.\n\n"
                + "\u201CHis campaign is texting voters to vote early. He says early voting is a scam.\u201D\n"
                + "\u2015 Sen. Marisol Quintana (@SenQuintana)\n\n2. The governor kept it short.\n\n"
                + "\u201CVote early. Vote by mail. Just vote.\u201D\n\u2015 Gov. Teresa Halvorsen");
        assertEquals("Marisol Quintana", quote(q, "His campaign is texting voters").speaker());
        assertEquals("Teresa Halvorsen", quote(q, "Vote early. Vote by mail.").speaker());
    }

    @Test
    void theAskerAfterAPassiveAskAndTheAnswerersPronoun() {
        List<Quote> q = extract("Sen. Todd Keener of Oklahoma, Whitcomb's running mate, was asked by a reporter in Tulsa: "
                + "\"Have you voted early yet, senator?\"\n\n\"I already did,\" he replied.\n\n"
                + "\"Am I a scam, Rand?\" a Cedar Rapids great-grandmother asked in a video.");
        assertEquals("a reporter", quote(q, "Have you voted early yet").speakerMention());
        assertEquals("Todd Keener", quote(q, "I already did,").speaker(), "a possessive in an apposition is no subject");
        assertEquals("a Cedar Rapids great-grandmother", quote(q, "Am I a scam").speakerMention());
    }

    @Test
    void aTypewritersDashEndsTheDatelineAndTheListenerEndsAtThat() {
        List<Quote> q = extract("ERIE, Pa. -- Former Missouri Gov. Rand Whitcomb rallied a packed arena on Tuesday, telling thousands "
                + "of cheering supporters that his rival was \"finished\" in the state.");
        assertEquals("Rand Whitcomb", quote(q, "finished").speaker(), "not the dateline's town");
        assertTrue(reported(q, "his rival was").text().startsWith("his rival was"), q.toString());
    }

    @Test
    void anAgentlessPassiveReportsForNoOne() {
        List<Quote> q = extract("It was announced late on Tuesday that the formal count would resume only after the review. "
                + "The summit was told that rebuilding the port would take at least five years.");
        Quote announced = reported(q, "the formal count would resume");
        assertNull(announced.speaker());
        assertEquals(SpeakerType.NONE, announced.speakerType());
        assertNull(reported(q, "rebuilding the port would take").speaker());
    }

    @Test
    void aStatesSecretaryOfStateAndTheSubjectOfAWhenClause() {
        List<Quote> q = extract("Ohio Secretary of State Jon Hastings said his office would appeal. Rep. Gus Lindqvist warmed up the crowd by "
                + "calling Halvorsen's energy plan \"a jobs-killer with a bow on top\" at the rally.\n\n"
                + "The mood shifted when Maria Esquivel, 37, a nurse from Dubuque, took the microphone and asked: \"Where am I supposed "
                + "to send a woman in labor?\"");
        assertEquals("Jon Hastings", reported(q, "his office would appeal").speaker(), "not 'Ohio Secretary'");
        assertEquals("Gus Lindqvist", quote(q, "a jobs-killer with a bow on top").speaker(), "'energy plan' is no verb");
        assertEquals("Maria Esquivel", quote(q, "Where am I supposed").speaker());
    }

    @Test
    void theWritersCommentOnAReportedClauseIsNotPartOfIt() {
        List<Quote> q = extract("Election officials in Georgia say more than 410,000 people have already voted in person, a record for the "
                + "first week of early voting. Sen. Todd Keener told a radio host on Monday that Democrats wanted chaos, a line he "
                + "has now used four times.");
        assertEquals("more than 410,000 people have already voted in person", reported(q, "410,000").text());
        assertEquals("Democrats wanted chaos", reported(q, "Democrats wanted chaos").text());
    }

    @Test
    void aCallIsANounAfterItsArticleAndAnAccordingToNamesItsPost() {
        List<Quote> q = extract("Dana Whitlock, a lawyer for the group, told reporters on a conference call that county officials had "
                + "assured her more boxes could be installed within a week. Whitcomb, 71, is preparing differently. He has held no "
                + "mock debates, according to his campaign manager, Carla Brennan, who said he rehearses at rallies.");
        assertEquals("Dana Whitlock", reported(q, "more boxes could be installed").speaker(), "the outer source, past 'a conference call'");
        assertEquals("Carla Brennan", reported(q, "He has held no mock debates").speaker(), "the name set beside the post");
    }

    @Test
    void theMainClausesCircumstancesAfterAReportAreNotPartOfIt() {
        List<Quote> q = extract("Judge Adrienne Kellerman told the committee on Tuesday that she would approach every case with no agenda, "
                + "as Democrats pressed her on her rulings. Brandon Kessler insisted that he had never discussed strategy with the "
                + "group, a day after a watchdog filed a complaint. Wren Castellanos said she had grown tired of meetings in which, "
                + "as she put it, everyone agreed and nothing changed.");
        assertEquals("she would approach every case with no agenda", reported(q, "she would approach every case").text());
        assertEquals("he had never discussed strategy with the group", reported(q, "he had never discussed strategy").text());
        assertTrue(reported(q, "she had grown tired").text().endsWith("nothing changed"), "'as she put it' is her aside");
    }

    @Test
    void aDatelineWithADateATitleCaseHeadlinesRunAndASubordinateClausesSubject() {
        List<Quote> q = extract("Delacorte Quits Veterans Post, Calling Travel Inquiry 'a Distraction'\n\n"
                + "WASHINGTON, Oct. 9 -- Frank Delacorte resigned as head of Veterans Affairs on Thursday, telling the president in a letter that the inquiry "
                + "had become \"a distraction\" for the department.\n\nShares in Halvard Minerals fell 21% after Halvard Minerals "
                + "cut its forecast and warned that a flooded shaft would stay closed until September.");
        assertEquals("Frank Delacorte", quote(q, "a Distraction").speaker(), "the front of 'Delacorte Quits Veterans'");
        assertEquals("Frank Delacorte", quote(q, "a distraction").speaker(), "not the dateline");
        assertEquals("Halvard Minerals", reported(q, "a flooded shaft would stay closed").speaker(), "the after-clause's subject");
    }

    @Test
    void markedWordsInAReportWhoseSourceComesLastAreTheSources() {
        List<Quote> q = extract("WASHINGTON (Capitol Wire) - Blame for the shutdown rested \"squarely\" with the Senate, House Speaker "
                + "Curtis Mabry said, as federal employees were sent home. Mabry spoke in Washington on Saturday.");
        assertEquals("Curtis Mabry", quote(q, "squarely").speaker(), "not the dateline's city, nor the sentence's first word");
    }

    @Test
    void aHeadlinesAsClauseAndASourcesAppositionAreNotWhatWasSaid() {
        List<Quote> q = extract("Kellerman Tells Senators She Has 'No Agenda' as Court Fight Sharpens\n\n"
                + "WASHINGTON - Judge Adrienne Kellerman faced the committee on Tuesday. According to Sandra Calloway, the president's "
                + "national security adviser, the judge also met two senators privately. According to the council, the cost of the "
                + "new system, about $6 million, will be split between the two cities.");
        assertEquals("Senators She Has 'No Agenda'", reported(q, "No Agenda").text(), "the circumstances after 'as' are the writer's");
        assertTrue(reported(q, "met two senators").text().startsWith("the judge also met"), "past the source's apposition");
        assertTrue(reported(q, "will be split").text().startsWith("the cost of the new system"), "a subject, not an apposition");
    }

    @Test
    void aHusbandInAppositionIsAManAndADayNoOne() {
        List<Quote> q = extract("Marjorie Whitcomb, the nominee for governor, said her husband's record was not on the ballot, hours before "
                + "that husband, former President Harlan Whitcomb, drew a crowd. She has asked him to limit himself to six appearances "
                + "before Election Day.\n\nAt a news conference, a reporter asked her, \"Will your husband have an office?\"\n\n"
                + "\"He'll have a parking space, if he's lucky,\" she replied.");
        assertEquals("Marjorie Whitcomb", quote(q, "He'll have a parking space").speaker(), "she is not her husband, nor Election Day");
    }

    @Test
    void aLettersWriterNamedAfterTheDatelineSpeaksForIt() {
        List<Quote> q = extract("Delacorte quits veterans post\n\nWASHINGTON, Oct. 9 -- Frank Delacorte resigned on Thursday, telling the "
                + "president in a letter that the inquiry had become a distraction.\n\n\"I have made mistakes, and I own them,\" the "
                + "letter said.");
        assertEquals("Frank Delacorte", quote(q, "I have made mistakes").speaker(), "the letter's writer, not the dateline's city");
    }

    @Test
    void anAgencysAdministratorIsATitleBeforeHisName() {
        List<Quote> q = extract("Federal Emergency Management Agency Administrator Howard Lisle acknowledged Wednesday that his agency had "
                + "been slow, telling a House Oversight subcommittee that the new system had failed.\n\nHe said the agency had since "
                + "paid $1.2 billion to families.");
        assertEquals("Howard Lisle", reported(q, "his agency had been slow").speaker());
        assertEquals("Howard Lisle", reported(q, "the agency had since paid").speaker(), "not 'Oversight'");
    }

    @Test
    void aNumberHyphenNounIsOneAdjectiveInADescription() {
        List<Quote> q = extract("The budget office published its estimate on Thursday. The 41-page analysis said the savings would come "
                + "from lower prices.");
        assertEquals("The 41-page analysis", reported(q, "the savings would come").speakerMention(), "not 'page analysis'");
    }
}
