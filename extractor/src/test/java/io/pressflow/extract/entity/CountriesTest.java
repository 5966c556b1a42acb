package io.pressflow.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void aCountryItsPeopleAndItsCapitalNameTheSameCountry() {
        assertEquals("NG", Countries.of("nigeria"));
        assertEquals("NG", Countries.of("nigerian"));
        assertEquals("TR", Countries.of("türkiye"));
        assertEquals("TR", Countries.of("ankara"));
        assertEquals(Countries.of("u.s."), Countries.of("american"));
    }

    @Test
    void wordsThatNameNoCountryHaveNone() {
        assertNull(Countries.of("republic"));
        assertNull(Countries.of("president"));
        assertNull(Countries.of(""));
    }
}
