package fr.crefop.stages.testimony;

/**
 * One testimony about mixité, published only with its author's recorded consent.
 *
 * @param who      the person (first name, or as they agreed to be named)
 * @param role     their role (élève de seconde, tutrice, chef d'entreprise…), may be empty
 * @param company  the company or school, may be empty
 * @param sector   the sector, may be empty
 * @param quote    what they said
 * @param dateIso  when, {@code 2026-03-02}
 * @param dateText the same in French, « 2 mars 2026 »
 * @param file     the data file, relative to the site folder
 */
public record Testimony(String who, String role, String company, String sector, String quote, String dateIso,
                        String dateText, String file) {
}
