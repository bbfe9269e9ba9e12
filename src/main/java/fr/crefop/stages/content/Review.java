package fr.crefop.stages.content;

import java.time.LocalDate;

/**
 * {@code a_revoir:} in a page header: the date until which the page is known to be right, and what to check then.
 *
 * @param until  the last day the page is valid ({@code a_revoir: 2026-06-30})
 * @param reason what to check ({@code a_revoir_motif}), empty if not given
 * @param line   the file line of the {@code a_revoir} key, for the warning
 */
public record Review(LocalDate until, String reason, int line) {

    /** Whether the page is past its review date on {@code today}. */
    public boolean isDue(LocalDate today) {
        return today.isAfter(until);
    }
}
