package io.pressflow.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.extract.DatePrefix;
import io.pressflow.extract.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    /** A press statement written for this test; it exercises what the seed report does. */
    private static final String FIXTURE = """
             date 2023-03-10 Prime Minister Kyriakos Mitsotakis held talks on energy and migration with German \
            Chancellor Olaf Scholz on Thursday, the Government Press Office said in a statement on X.

            During the talks, Mitsotakis thanked Scholz for Germany's support, the office said, while the German \
            chancellor described the meeting as "constructive."

            The Greek leader told Scholz that Athens would keep working with Berlin on a joint hydrogen corridor, \
            especially in the shipping sector.

            Monday's meeting in Brussels had been postponed. Additional talks are planned for the spring.

            Mitsotakis said Greece welcomed efforts toward a ceasefire in Ukraine and that humanitarian aid must \
            reach the West Bank and Gaza without delay.

            "Kyiv must not stand alone," Scholz's spokesman said, adding that the German Foreign Ministry would \
            host Ukrainian officials next week.

            Scholz later wrote that he had spoken to the Prime Minister of Greece, Kyriakos Mitsotakis, about the \
            Aegean and about relations with Türkiye and Turkey's neighbours.

            The chancellor also thanked Reverend Thomas Albrecht of the Evangelical Church in Athens.
            """;

    private static List<Entity> extract(String text, LocalDate date) {
        return EXTRACTOR.extract(new Statement("t", text, date, "en"));
    }

    private static List<Entity> fixture() {
        return extract(FIXTURE, DatePrefix.find(FIXTURE).orElseThrow());
    }

    private static Optional<Entity> find(List<Entity> entities, EntityType type, String name) {
        return entities.stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
    }

    private static Entity country(List<Entity> entities, String code) {
        List<Entity> found = entities.stream().filter(e -> e.type() == EntityType.COUNTRY && code.equals(e.code())).toList();
        assertEquals(1, found.size(), () -> "one entity for " + code + " in " + entities);
        return found.get(0);
    }

    private static Set<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(Mention::text).collect(Collectors.toSet());
    }

    private static Set<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void fixtureYieldsThePeopleCountriesPlacesAndOrganisations() {
        List<Entity> entities = fixture();
        assertEquals(Set.of("Kyriakos Mitsotakis", "Olaf Scholz", "Thomas Albrecht"), names(entities, EntityType.PERSON));
        for (String code : List.of("GR", "DE", "UA", "TR")) {
            country(entities, code);
        }
        assertTrue(names(entities, EntityType.ORGANISATION).containsAll(
                Set.of("Government Press Office", "German Foreign Ministry", "Evangelical Church")), entities::toString);
        Entity westBank = find(entities, EntityType.PLACE, "West Bank").orElseThrow();
        assertEquals("PS", westBank.code());
        assertTrue(find(entities, EntityType.PLACE, "Gaza").isPresent());
        assertTrue(find(entities, EntityType.PLACE, "Brussels").isPresent());
    }

    @Test
    void noJunkNames() {
        List<Entity> entities = fixture();
        for (Entity e : entities) {
            for (String junk : List.of("During", "The", "Monday", "Additional", "X", "Thursday")) {
                assertFalse(e.type() == EntityType.PERSON && e.name().equals(junk), () -> "junk person " + e);
                assertFalse(e.type() != EntityType.ORGANISATION && e.name().equals(junk), () -> "junk entity " + e);
            }
        }
    }

    @Test
    void mostMentionedFirstWithOffsetsIntoTheText() {
        List<Entity> entities = fixture();
        for (int i = 1; i < entities.size(); i++) {
            assertTrue(entities.get(i - 1).count() >= entities.get(i).count(), entities::toString);
        }
        for (Entity e : entities) {
            assertEquals(e.mentions().size(), e.count());
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), FIXTURE.substring(m.start(), m.end()), () -> "offsets of " + m);
            }
        }
    }

    @Test
    void capitalsDemonymsAndAlternativeNamesMergeIntoOneCountry() {
        List<Entity> entities = fixture();
        assertTrue(mentionTexts(country(entities, "GR")).containsAll(Set.of("Greece", "Greek", "Athens")));
        assertTrue(mentionTexts(country(entities, "DE")).containsAll(Set.of("German", "Germany", "Berlin")));
        assertTrue(mentionTexts(country(entities, "UA")).containsAll(Set.of("Ukraine", "Kyiv", "Ukrainian")));
        Entity turkey = country(entities, "TR");
        assertEquals(Set.of("Türkiye", "Turkey"), mentionTexts(turkey));
        assertEquals("Türkiye", turkey.name());
    }

    @Test
    void titlesAreStrippedAndKeptAsRoles() {
        List<Entity> entities = fixture();
        Entity scholz = find(entities, EntityType.PERSON, "Olaf Scholz").orElseThrow();
        assertEquals("Chancellor", scholz.role());
        assertEquals("Germany", scholz.affiliation());
        Entity albrecht = find(entities, EntityType.PERSON, "Thomas Albrecht").orElseThrow();
        assertEquals("Reverend", albrecht.role());
        Entity mitsotakis = find(entities, EntityType.PERSON, "Kyriakos Mitsotakis").orElseThrow();
        assertEquals("Prime Minister", mitsotakis.role());
        assertEquals("Greece", mitsotakis.affiliation());
    }

    @Test
    void policeAndCouncilPostsAreTitlesToo() {
        List<Entity> entities = extract("Inspector Graham Whitlow and Councillor Mary Byrne met residents in Tarvik.", null);
        assertEquals("Inspector", find(entities, EntityType.PERSON, "Graham Whitlow").orElseThrow().role());
        assertEquals("Councillor", find(entities, EntityType.PERSON, "Mary Byrne").orElseThrow().role());
    }

    @Test
    void surnamesPossessivesAndRoleDescriptionsMergeIntoThePerson() {
        List<Entity> entities = fixture();
        Entity scholz = find(entities, EntityType.PERSON, "Olaf Scholz").orElseThrow();
        Set<String> said = mentionTexts(scholz);
        assertTrue(said.containsAll(Set.of("Olaf Scholz", "Scholz", "the German chancellor")), said::toString);
        // "Scholz's spokesman": the possessive is not part of the mention
        assertTrue(scholz.mentions().stream().noneMatch(m -> m.text().contains("'")));
        Entity mitsotakis = find(entities, EntityType.PERSON, "Kyriakos Mitsotakis").orElseThrow();
        assertTrue(mentionTexts(mitsotakis).containsAll(Set.of("Mitsotakis", "The Greek leader")), mitsotakis::toString);
        assertTrue(mitsotakis.count() >= 6, mitsotakis::toString);
    }

    @Test
    void aNationalityNounBeforeANameIsTheCountryNotPartOfTheName() {
        List<Entity> entities = extract("Spaniard Rafael Ortiz beat Dutchman Joost van Leer, and Swede Elin Berg won the women's event.", null);
        Set<String> people = names(entities, EntityType.PERSON);
        assertEquals(Set.of("Rafael Ortiz", "Joost van Leer", "Elin Berg"), people);
        assertTrue(names(entities, EntityType.COUNTRY).containsAll(Set.of("Spain", "Netherlands", "Sweden")), entities::toString);
    }

    @Test
    void organisationHeadWordRefersBackToTheOrganisation() {
        Entity office = find(fixture(), EntityType.ORGANISATION, "Government Press Office").orElseThrow();
        assertEquals(Set.of("Government Press Office", "office"), mentionTexts(office));
    }

    @Test
    void organisationPatterns() {
        String text = "The Ministry of Foreign Affairs summoned the envoy. Nairobi University and the Central Bank of Kenya "
                + "declined to comment, while Acme Holdings Ltd said the Securities and Exchange Commission had approved the sale.";
        Set<String> orgs = names(extract(text, null), EntityType.ORGANISATION);
        assertTrue(orgs.containsAll(Set.of("Ministry of Foreign Affairs", "Nairobi University", "Central Bank of Kenya",
                "Acme Holdings Ltd", "Securities and Exchange Commission")), orgs::toString);
        assertTrue(names(extract(text, null), EntityType.PERSON).isEmpty());
    }

    @Test
    void twoPeopleJoinedByAndStayTwoPeople() {
        List<Entity> entities = extract("Talks between Ayla Demir and Jonas Weber ended late. Demir said Weber's plan "
                + "was fair, and Weber agreed.", null);
        assertEquals(Set.of("Ayla Demir", "Jonas Weber"), names(entities, EntityType.PERSON));
        assertEquals(3, find(entities, EntityType.PERSON, "Jonas Weber").orElseThrow().count());
    }

    @Test
    void honorificsMakePeopleButNoRole() {
        List<Entity> entities = extract("Dr. Selin Aydın, a surgeon, met Sen. Paul Hartley. Aydın said the visit "
                + "went well and Hartley agreed.", null);
        Entity aydin = find(entities, EntityType.PERSON, "Selin Aydın").orElseThrow();
        assertNull(aydin.role());
        assertEquals(2, aydin.count());
        assertEquals("Sen.", find(entities, EntityType.PERSON, "Paul Hartley").orElseThrow().role());
    }

    @Test
    void demonyms() {
        List<Entity> entities = extract("Israeli and Iranian officials met Americans and Turks in Doha. "
                + "An African-American delegation joined.", null);
        // "African-American" says nothing about the United States; "Americans" does
        assertEquals(Set.of("Americans"), mentionTexts(country(entities, "US")));
        country(entities, "IL");
        country(entities, "IR");
        assertEquals(Set.of("Turks"), mentionTexts(country(entities, "TR")));
        // "in Doha" is where they met: the city, in Qatar
        assertEquals("QA", find(entities, EntityType.PLACE, "Doha").orElseThrow().code());
    }

    @Test
    void aCapitalAsAPlaceOrAsItsState() {
        List<Entity> entities = extract("PARIS \u2014 Officials met in Berlin on Monday. Berlin said the talks would go on, "
                + "and the delegation will travel to Madrid next week.", null);
        assertEquals("FR", find(entities, EntityType.PLACE, "Paris").orElseThrow().code(), "a dateline is a city");
        assertEquals("ES", find(entities, EntityType.PLACE, "Madrid").orElseThrow().code());
        assertEquals("DE", find(entities, EntityType.PLACE, "Berlin").orElseThrow().code());
        assertEquals(Set.of("Berlin"), mentionTexts(country(entities, "DE")), "Berlin speaking is the German state");
    }

    @Test
    void capitalsStandForTheirState() {
        List<Entity> entities = extract("Moscow rejected the plan. Kiev and Kyiv are two spellings, and Washington said "
                + "Tehran and Damascus had been warned. The delegation flew to Washington, D.C. on Friday.", null);
        assertEquals(Set.of("Moscow"), mentionTexts(country(entities, "RU")));
        assertEquals(Set.of("Kiev", "Kyiv"), mentionTexts(country(entities, "UA")));
        assertEquals(Set.of("Washington"), mentionTexts(country(entities, "US")));
        country(entities, "IR");
        country(entities, "SY");
        Entity dc = find(entities, EntityType.PLACE, "Washington, D.C.").orElseThrow();
        assertEquals("US", dc.code());
    }

    @Test
    void alternativeCountryNames() {
        List<Entity> entities = extract("Britain and the UK are the same country as the United Kingdom. The U.S., "
                + "the United States and America too. Russia is the Russian Federation.", null);
        assertEquals(3, country(entities, "GB").count());
        assertEquals(3, country(entities, "US").count());
        assertEquals("United Kingdom", country(entities, "GB").name());
        assertEquals(Set.of("Russia", "Russian Federation"), mentionTexts(country(entities, "RU")));
    }

    @Test
    void sovereignStatesWinSharedNames() {
        assertEquals("US", country(extract("American diplomats arrived.", null), "US").code());
    }

    @Test
    void roleDescriptionsResolveAtTheStatementDate() {
        String text = "The U.S. president spoke with the Russian president about the war.";
        List<Entity> in2019 = extract(text, LocalDate.of(2019, 6, 1));
        assertTrue(find(in2019, EntityType.PERSON, "Donald Trump").isPresent(), in2019::toString);
        assertTrue(find(in2019, EntityType.PERSON, "Vladimir Putin").isPresent(), in2019::toString);
        List<Entity> in2022 = extract(text, LocalDate.of(2022, 6, 1));
        Entity biden = find(in2022, EntityType.PERSON, "Joe Biden").orElseThrow();
        assertEquals(Set.of("The U.S. president"), mentionTexts(biden));
        assertEquals("United States", biden.affiliation());
    }

    @Test
    void withoutADateRolesResolveOnlyToWhomTheTextNames() {
        String unnamed = "The Russian president spoke about the war.";
        assertTrue(names(extract(unnamed, null), EntityType.PERSON).isEmpty());
        String named = "Vladimir Putin spoke on Friday. The Russian president said the war would go on.";
        Entity putin = find(extract(named, null), EntityType.PERSON, "Vladimir Putin").orElseThrow();
        assertEquals(2, putin.count());
    }

    @Test
    void officeHolderLookup() {
        assertEquals("Donald Trump", OfficeHolders.lookup("the U.S. president", LocalDate.of(2025, 5, 5)).orElseThrow().name());
        assertEquals("Joe Biden", OfficeHolders.lookup("the U.S. president", LocalDate.of(2025, 1, 19)).orElseThrow().name());
        assertEquals("Donald Trump", OfficeHolders.lookup("US President", LocalDate.of(2025, 1, 20)).orElseThrow().name());
        assertEquals("Barack Obama", OfficeHolders.lookup("American president", LocalDate.of(2012, 1, 1)).orElseThrow().name());
        OfficeHolder erdogan = OfficeHolders.lookup("the Turkish leader", LocalDate.of(2024, 1, 1)).orElseThrow();
        assertEquals("Recep Tayyip Erdoğan", erdogan.name());
        assertEquals("TR", erdogan.jurisdiction());
        assertEquals("Abdullah Gül", OfficeHolders.lookup("Turkish president", LocalDate.of(2010, 1, 1)).orElseThrow().name());
        assertEquals("Olaf Scholz", OfficeHolders.lookup("German chancellor", LocalDate.of(2023, 3, 10)).orElseThrow().name());
        assertEquals("Keir Starmer", OfficeHolders.lookup("British prime minister", LocalDate.of(2025, 1, 1)).orElseThrow().name());
        assertEquals("António Guterres", OfficeHolders.lookup("UN Secretary-General", LocalDate.of(2020, 1, 1)).orElseThrow().name());
        assertEquals("Volodymyr Zelensky", OfficeHolders.lookup("Ukraine's president", LocalDate.of(2023, 1, 1)).orElseThrow().name());
        assertTrue(OfficeHolders.lookup("the U.S. president", null).isEmpty());
        assertTrue(OfficeHolders.lookup("the weather", LocalDate.of(2020, 1, 1)).isEmpty());
        assertTrue(OfficeHolders.lookup("the U.S. president", LocalDate.of(1990, 1, 1)).isEmpty());
        assertEquals(OfficeHolders.terms("US", "president"), OfficeHolders.terms("US", "leader"));
        assertEquals(4, OfficeHolders.terms("US", "president").size());
    }

    @Test
    void statementWithoutEntities() {
        assertTrue(extract("", null).isEmpty());
        assertTrue(extract("the cat sat on the mat.", null).isEmpty());
        assertTrue(extract(" date 2025-01-01 ", null).isEmpty());
    }

    @Test
    void countryNamesWithoutTheirArticleAreStillTheirCountry() {
        List<Entity> entities = extract("Aid reached the Democratic Republic of Congo on Monday, and the Republic of Congo "
                + "and the Republic of Ireland pledged more.", null);
        assertEquals(Set.of("Democratic Republic of Congo"), mentionTexts(country(entities, "CD")));
        assertEquals(Set.of("Republic of Congo"), mentionTexts(country(entities, "CG")));
        country(entities, "IE");
        assertTrue(names(entities, EntityType.PERSON).isEmpty(), () -> "no person in " + entities);
    }
}
