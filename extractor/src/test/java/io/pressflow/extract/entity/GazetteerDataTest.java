package io.pressflow.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped data files agree with each other. */
class GazetteerDataTest {

    private static List<String[]> rows(String resource) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Lexicon.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    @Test
    void everyOverlayCodeIsACountryCode() throws Exception {
        Lexicon lexicon = Lexicon.standard();
        for (String[] row : rows("overlay.tsv")) {
            if (row.length > 2 && !row[2].equals("-") && !row[2].isEmpty()) {
                assertNotNull(lexicon.countryName(row[2]), () -> "unknown code in overlay.tsv: " + String.join(" ", row));
            }
        }
    }

    @Test
    void officeTermsAreOrderedAndDoNotOverlap() throws Exception {
        List<String[]> terms = rows("offices.tsv").stream().filter(r -> !"leader".equals(r[1])).toList();
        assertTrue(terms.size() >= 60, "a few dozen offices");
        for (String[] a : terms) {
            LocalDate from = LocalDate.parse(a[4]);
            assertTrue(a[5].isEmpty() || LocalDate.parse(a[5]).isAfter(from), () -> String.join(" ", a));
            for (String[] b : terms) {
                if (a != b && a[0].equals(b[0]) && a[1].equals(b[1])) {
                    LocalDate bFrom = LocalDate.parse(b[4]);
                    boolean overlap = !bFrom.isBefore(from) && (a[5].isEmpty() || bFrom.isBefore(LocalDate.parse(a[5])));
                    assertTrue(!overlap || bFrom.equals(from) && a == b, () -> "overlapping terms: " + a[3] + " / " + b[3]);
                }
            }
        }
    }

    @Test
    void everyLeaderRowNamesAnOfficeWithTerms() throws Exception {
        for (String[] row : rows("offices.tsv")) {
            if ("leader".equals(row[1])) {
                assertTrue(!OfficeHolders.terms(row[0], row[2]).isEmpty(), () -> "no terms for " + row[0] + " " + row[2]);
            }
        }
    }

    @Test
    void generatedFilesLoad() {
        Lexicon lexicon = Lexicon.standard();
        assertEquals("Türkiye", lexicon.countryName("TR"));
        assertEquals("US", lexicon.region("Ohio"));
        assertTrue(lexicon.city("Gaziantep").startsWith("TR"));
        assertEquals(null, lexicon.city("Nowhereville Xyz"));
    }
}
