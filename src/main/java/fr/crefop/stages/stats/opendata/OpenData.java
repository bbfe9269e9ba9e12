package fr.crefop.stages.stats.opendata;

import fr.crefop.stages.content.Level;
import fr.crefop.stages.stats.data.Figure;
import fr.crefop.stages.stats.data.Indicateur;
import fr.crefop.stages.stats.data.Measure;
import fr.crefop.stages.stats.data.Source;
import fr.crefop.stages.stats.data.StatsData;
import fr.crefop.stages.stats.data.Territoire;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The open-data files {@code statistiques/donnees.csv} and {@code statistiques/donnees.json}: every reported
 * figure with its source, and every figure the site derives, marked as such. Licence Ouverte 2.0.
 * <p>
 * The CSV is meant to be opened in a spreadsheet: text cells that would run as a formula are prefixed with a single
 * quote ({@link SpreadsheetCells}); values stay plain numbers. The JSON keeps every text exactly as the data files
 * give it: JSON is read by programs, not by a spreadsheet, and a reuser must get the source's own words.
 */
public final class OpenData {

    public static final String CSV = "statistiques/donnees.csv";
    public static final String JSON = "statistiques/donnees.json";
    public static final String LICENCE = "Licence Ouverte 2.0 (Etalab)";
    public static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    /** Comma, quotes only where needed (also around a cell holding a carriage return), one {@code \n} per row. */
    private static final CSVFormat CSV_FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final String HEADER = "campagne,niveau,territoire_code,territoire,indicateur,libelle,valeur,unite,statut,calcul,secteur,source,source_titre,source_editeur,source_adresse";

    private final StatsData data;
    private final byte[] csv;
    private final byte[] json;

    /** One line of the files. */
    private record Row(String campaign, Level level, Territoire territory, Indicateur indicator, BigDecimal value,
                       String status, String computation, String sector, Source source) {
    }

    public OpenData(StatsData data, String publisher) {
        this.data = data;
        List<Row> rows = rows();
        this.csv = csv(rows).getBytes(StandardCharsets.UTF_8);
        this.json = json(rows, publisher).getBytes(StandardCharsets.UTF_8);
    }

    /** Output path → bytes. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(CSV, csv);
        files.put(JSON, json);
        return files;
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Figure figure : data.figures()) {
            figure.value().ifPresent(v -> rows.add(new Row(figure.campaign(), figure.level(), figure.territory(), figure.indicator(),
                    v, "rapporté", "", figure.sector(), figure.source())));
        }
        for (Indicateur indicator : data.indicators()) {
            for (Level level : data.levels(indicator)) {
                for (String campaign : data.campaigns(indicator, level)) {
                    for (Territoire territory : Territoire.values()) {
                        Measure measure = data.measure(indicator, territory, campaign, level);
                        if (measure.shown().derived()) {
                            rows.add(new Row(campaign, level, territory, indicator, BigDecimal.valueOf(measure.shown().value().getAsDouble()),
                                    "calculé", measure.shown().note(), "", measure.source().orElseThrow()));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSV_FORMAT)) {
            printer.printRecord((Object[]) HEADER.split(","));
            for (Row row : rows) {
                printer.printRecord(text(row.campaign()), text(row.level().key()), text(row.territory().code()),
                        text(row.territory().nom()), text(row.indicator().key()), text(row.indicator().label()),
                        row.value().stripTrailingZeros().toPlainString(), text(row.indicator().unit()), text(row.status()),
                        text(row.computation()), text(row.sector()), text(row.source().key()), text(row.source().title()),
                        text(row.source().publisher()), text(row.source().url()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write CSV to memory", e);
        }
        return out.toString();
    }

    private static String text(String cell) {
        return SpreadsheetCells.text(cell);
    }

    private String json(List<Row> rows, String publisher) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"titre\": ").append(string("Statistiques des stages en Normandie")).append(",\n");
        out.append("  \"producteur\": ").append(string(publisher)).append(",\n");
        out.append("  \"licence\": ").append(string(LICENCE)).append(",\n");
        out.append("  \"licence_adresse\": ").append(string(LICENCE_URL)).append(",\n");
        out.append("  \"indicateurs\": [\n");
        List<String> items = new ArrayList<>();
        for (Indicateur i : data.indicators()) {
            items.add("    {\"cle\": " + string(i.key()) + ", \"libelle\": " + string(i.label()) + ", \"unite\": " + string(i.unit())
                    + ", \"definition\": " + string(i.definition()) + "}");
        }
        out.append(String.join(",\n", items)).append("\n  ],\n  \"sources\": [\n");
        items.clear();
        for (Source s : data.usedSources()) {
            items.add("    {\"cle\": " + string(s.key()) + ", \"titre\": " + string(s.title()) + ", \"editeur\": " + string(s.publisher())
                    + ", \"date\": " + string(s.date()) + ", \"adresse\": " + string(s.url()) + "}");
        }
        out.append(String.join(",\n", items)).append("\n  ],\n  \"chiffres\": [\n");
        items.clear();
        for (Row r : rows) {
            items.add("    {\"campagne\": " + string(r.campaign()) + ", \"niveau\": " + string(r.level().key())
                    + ", \"territoire_code\": " + string(r.territory().code()) + ", \"territoire\": " + string(r.territory().nom())
                    + ", \"indicateur\": " + string(r.indicator().key()) + ", \"valeur\": " + r.value().stripTrailingZeros().toPlainString()
                    + ", \"unite\": " + string(r.indicator().unit()) + ", \"statut\": " + string(r.status())
                    + ", \"calcul\": " + string(r.computation()) + ", \"secteur\": " + string(r.sector())
                    + ", \"source\": " + string(r.source().key()) + "}");
        }
        return out.append(String.join(",\n", items)).append("\n  ]\n}\n").toString();
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
