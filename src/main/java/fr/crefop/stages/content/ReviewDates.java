package fr.crefop.stages.content;

import fr.crefop.stages.diag.Finding;

import java.time.LocalDate;
import java.util.List;

/**
 * Warns about every page whose {@code a_revoir} date is past: the page quotes a dated fact (a meeting, a campaign,
 * a platform opening) that an editor must check again. Today's date comes from the caller (a {@code Clock}), never
 * from the system here, so that tests can fix it.
 */
public final class ReviewDates {

    public static final String RULE = "a-revoir";

    private final LocalDate today;

    public ReviewDates(LocalDate today) {
        this.today = today;
    }

    /** One warning per page past its review date, naming the file, the line of {@code a_revoir} and the date. */
    public List<Finding> check(List<SourcePage> pages) {
        return pages.stream()
                .filter(page -> page.frontMatter().review().filter(r -> r.isDue(today)).isPresent())
                .map(page -> warning(page, page.frontMatter().review().orElseThrow()))
                .toList();
    }

    private static Finding warning(SourcePage page, Review review) {
        String what = review.reason().isBlank() ? "" : " : " + review.reason();
        return Finding.warning(page.path(), review.line(), RULE,
                "page à revoir depuis le " + FrenchDates.format(review.until()) + " (a_revoir: " + review.until() + ")" + what,
                "vérifiez " + (review.reason().isBlank() ? "les dates et les faits datés de la page" : "« " + review.reason() + " »")
                        + " auprès des sources citées, corrigez la page, puis repoussez la date « a_revoir » (et mettez à jour « date »)");
    }
}
