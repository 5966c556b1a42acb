package io.pressflow.extract.entity;

import java.time.LocalDate;

/**
 * One term of office.
 *
 * @param name         the holder's usual full name ("Recep Tayyip Erdoğan")
 * @param jurisdiction ISO 3166-1 alpha-2 code, or UN, NATO, EU, VA for international bodies
 * @param office       office key: president, vice president, prime minister, chancellor,
 *                     foreign minister, supreme leader, secretary-general, crown prince, king, pope
 * @param title        the title as news writes it ("Secretary of State")
 * @param from         first day in office
 * @param to           first day out of office, or null while in office
 */
public record OfficeHolder(String name, String jurisdiction, String office, String title, LocalDate from, LocalDate to) {

    /** whether this term covers {@code date} (the handover day belongs to the new holder) */
    public boolean heldOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }
}
