package fr.crefop.stages.stats.data;

/**
 * Where figures come from ({@code data/statistiques/sources.csv}).
 *
 * @param key       referenced by figures
 * @param title     title of the document or survey
 * @param publisher who published or presented it
 * @param date      ISO date or year, or empty when not known
 * @param url       its public address, or empty (e.g. a survey only presented in a meeting)
 * @param detail    what it covers and its limits, or empty
 */
public record Source(String key, String title, String publisher, String date, String url, String detail) {

    /** The anchor of this source in the sources list of the statistics page. */
    public String anchor() {
        return "source-" + key;
    }
}
