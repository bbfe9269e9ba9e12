package fr.crefop.stages.stats.directives;

import fr.crefop.stages.stats.figures.Html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The block of {@code {{stats-downloads}}}: one link per open-data file with its format and size, then the licence.
 * The files themselves are made elsewhere; this class only knows their output paths and sizes.
 */
public final class DownloadLinks {

    /** One file to download: its output path ({@code statistiques/donnees.csv}) and its size in bytes. */
    private record File(String path, int bytes) {

        /** « CSV », « JSON »: the extension in capitals. */
        String format() {
            return path.substring(path.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        }
    }

    private final List<File> files;
    private final String licence;
    private final String licenceUrl;

    /**
     * @param files      output path → bytes, in the order the links are shown
     * @param licence    the licence's name
     * @param licenceUrl the licence's address
     */
    public DownloadLinks(Map<String, byte[]> files, String licence, String licenceUrl) {
        List<File> list = new ArrayList<>();
        files.forEach((path, bytes) -> list.add(new File(path, bytes.length)));
        this.files = List.copyOf(list);
        this.licence = licence;
        this.licenceUrl = licenceUrl;
    }

    /** The download links, with format and size. */
    String render(Function<String, String> url) {
        StringBuilder html = new StringBuilder("<ul class=\"downloads\">\n");
        for (File file : files) {
            html.append("<li><a href=\"").append(Html.escape(url.apply("/" + file.path()))).append("\" download>Toutes les données au format ")
                    .append(file.format()).append("</a> <span class=\"downloads__meta\">(").append(file.format()).append(", ")
                    .append(size(file.bytes())).append(")</span></li>\n");
        }
        return html.append("</ul>\n<p class=\"downloads__licence\">Données réutilisables sous ").append(Html.link(licenceUrl, licence))
                .append(", en citant leur source. Séparateur virgule, décimales avec un point, encodage UTF-8. ")
                .append("La colonne « statut » distingue les chiffres rapportés par une source de ceux calculés par le site.</p>\n")
                .toString();
    }

    static String size(int bytes) {
        if (bytes < 1024) {
            return bytes + "\u00a0octets";
        }
        return String.format(Locale.FRANCE, "%d\u00a0Ko", (bytes + 1023) / 1024);
    }
}
