package fr.crefop.stages.stats.data;

import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.content.Level;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.SiteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load step for statistics: {@code data/statistiques/indicateurs.csv}, {@code sources.csv}, then every other
 * CSV file of that folder as figures. Every problem of every row is reported (file, line, fix) before failing.
 */
public final class StatsLoader {

    public static final String FOLDER = "statistiques";
    static final String INDICATORS = "indicateurs.csv";
    static final String SOURCES = "sources.csv";
    private static final List<String> FIGURE_COLUMNS = List.of("campagne", "niveau", "territoire", "indicateur", "valeur", "unite", "source");
    private static final Pattern CAMPAIGN = Pattern.compile("\\d{4}(-\\d{4})?");

    private final SiteSources sources;

    public StatsLoader(SiteSources sources) {
        this.sources = sources;
    }

    /** Whether the site has statistics at all. */
    public boolean present() {
        return Files.isDirectory(folder());
    }

    private Path folder() {
        return sources.data().resolve(FOLDER);
    }

    public StatsData load(Findings findings) {
        Map<String, Indicateur> indicators = indicators(findings);
        Map<String, Source> sourceList = sources(findings);
        List<Figure> figures = new ArrayList<>();
        for (Path file : figureFiles()) {
            try {
                figures.addAll(figures(file, indicators, sourceList, findings));
            } catch (SiteException e) {
                findings.addAll(e.findings());
            }
        }
        return new StatsData(List.copyOf(indicators.values()), List.copyOf(sourceList.values()), figures);
    }

    private Map<String, Indicateur> indicators(Findings findings) {
        Path file = folder().resolve(INDICATORS);
        String path = sources.relative(file);
        requireFile(file, path, "cle;libelle;unite;definition;plus_est_mieux;complement_de");
        Map<String, Indicateur> result = new LinkedHashMap<>();
        List<CsvTable.Row> rows = CsvTable.read(file, path, List.of("cle", "libelle", "unite", "definition"),
                Set.of("plus_est_mieux", "complement_de")).rows();
        for (CsvTable.Row row : rows) {
            String key = row.get("cle");
            if (!key.matches("[a-z0-9_]+")) {
                findings.add(error(row, "clé d'indicateur invalide « " + key + " »", "lettres minuscules sans accent, chiffres et « _ », par exemple taux_placement"));
                continue;
            }
            if (row.get("libelle").isEmpty() || row.get("unite").isEmpty()) {
                findings.add(error(row, "l'indicateur « " + key + " » n'a pas de libellé ou d'unité", "remplissez les colonnes libelle et unite"));
                continue;
            }
            Optional<Boolean> better = switch (row.get("plus_est_mieux")) {
                case "oui" -> Optional.of(true);
                case "non" -> Optional.of(false);
                case "" -> Optional.empty();
                default -> {
                    findings.add(error(row, "valeur « " + row.get("plus_est_mieux") + " » invalide pour plus_est_mieux", "écrivez oui, non, ou laissez vide"));
                    yield Optional.empty();
                }
            };
            String complement = row.get("complement_de");
            Indicateur previous = result.put(key, new Indicateur(key, row.get("libelle"), row.get("unite"), row.get("definition"),
                    better, complement.isEmpty() ? Optional.empty() : Optional.of(complement)));
            if (previous != null) {
                findings.add(error(row, "l'indicateur « " + key + " » est déclaré deux fois", "gardez une seule ligne par indicateur"));
            }
        }
        for (CsvTable.Row row : rows) {
            String complement = row.get("complement_de");
            Indicateur other = result.get(complement);
            if (!complement.isEmpty() && (other == null || !other.isRate() || !result.get(row.get("cle")).isRate())) {
                findings.add(error(row, "complement_de « " + complement + " » doit être un autre indicateur en %",
                        "indicateurs déclarés : " + String.join(", ", result.keySet())));
            }
        }
        return result;
    }

    private Map<String, Source> sources(Findings findings) {
        Path file = folder().resolve(SOURCES);
        String path = sources.relative(file);
        requireFile(file, path, "cle;titre;editeur;date;adresse;precision");
        Map<String, Source> result = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.read(file, path, List.of("cle", "titre", "editeur"), Set.of("date", "adresse", "precision")).rows()) {
            String key = row.get("cle");
            String url = row.get("adresse");
            if (!key.matches("[a-z0-9-]+")) {
                findings.add(error(row, "clé de source invalide « " + key + " »", "lettres minuscules sans accent, chiffres et « - »"));
            } else if (row.get("titre").isEmpty() || row.get("editeur").isEmpty()) {
                findings.add(error(row, "la source « " + key + " » n'a pas de titre ou d'éditeur", "remplissez les colonnes titre et editeur"));
            } else if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
                findings.add(error(row, "adresse de source invalide « " + url + " »", "écrivez l'adresse complète, https://…"));
            } else if (result.put(key, new Source(key, row.get("titre"), row.get("editeur"), row.get("date"), url, row.get("precision"))) != null) {
                findings.add(error(row, "la source « " + key + " » est déclarée deux fois", "gardez une seule ligne par source"));
            }
        }
        return result;
    }

    private List<Figure> figures(Path file, Map<String, Indicateur> indicators, Map<String, Source> sourceList, Findings findings) {
        String path = sources.relative(file);
        List<Figure> figures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(file, path, FIGURE_COLUMNS, Set.of("secteur", "note")).rows()) {
            Optional<Figure> figure = figure(row, indicators, sourceList, findings);
            if (figure.isEmpty()) {
                continue;
            }
            Integer previous = seen.putIfAbsent(figure.get().key(), row.line());
            if (previous != null) {
                findings.add(error(row, "ce chiffre est déjà donné ligne " + previous + " (même campagne, niveau, territoire et indicateur)",
                        "gardez une seule ligne, ou distinguez-les par la colonne secteur"));
            } else {
                figures.add(figure.get());
            }
        }
        return figures;
    }

    private Optional<Figure> figure(CsvTable.Row row, Map<String, Indicateur> indicators, Map<String, Source> sourceList, Findings findings) {
        int before = (int) findings.errorCount();
        String campaign = row.get("campagne");
        if (!CAMPAIGN.matcher(campaign).matches()) {
            findings.add(error(row, "campagne invalide « " + campaign + " »", "écrivez l'année (2025) ou l'année scolaire (2024-2025)"));
        }
        Optional<Level> level = Level.parse(row.get("niveau"));
        if (level.isEmpty()) {
            findings.add(error(row, "niveau inconnu « " + row.get("niveau") + " »", "niveaux possibles : " + Level.allowed()));
        }
        Optional<Territoire> territory = Territoire.ofCode(row.get("territoire"));
        if (territory.isEmpty()) {
            findings.add(error(row, "territoire inconnu « " + row.get("territoire") + " »", "codes de Normandie : " + Territoire.codes()));
        }
        Indicateur indicator = indicators.get(row.get("indicateur"));
        if (indicator == null) {
            findings.add(error(row, "indicateur inconnu « " + row.get("indicateur") + " »",
                    "indicateurs déclarés dans " + INDICATORS + " : " + String.join(", ", indicators.keySet())));
        }
        Source source = sourceList.get(row.get("source"));
        if (source == null) {
            findings.add(error(row, "source inconnue « " + row.get("source") + " »",
                    "ajoutez-la dans " + SOURCES + " ou utilisez une clé existante : " + String.join(", ", sourceList.keySet())));
        }
        Optional<BigDecimal> value = value(row, indicator, findings);
        if (findings.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Figure(campaign, level.get(), territory.get(), indicator, value, source, row.get("secteur"),
                row.file(), row.line()));
    }

    private Optional<BigDecimal> value(CsvTable.Row row, Indicateur indicator, Findings findings) {
        String text = row.get("valeur");
        if (indicator != null && !row.get("unite").equals(indicator.unit())) {
            findings.add(error(row, "unité « " + row.get("unite") + " » différente de celle de l'indicateur (« " + indicator.unit() + " »)",
                    "écrivez « " + indicator.unit() + " » dans la colonne unite"));
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = FrenchNumbers.parse(text);
        if (value.isEmpty()) {
            findings.add(error(row, "la valeur « " + text + " » n'est pas un nombre",
                    "écrivez un nombre (91,77 ou 91.77), sans unité ; laissez vide si le chiffre n'est pas communiqué"));
            return Optional.empty();
        }
        if (indicator != null && indicator.isRate() && (value.get().signum() < 0 || value.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
            findings.add(error(row, "le taux " + text + " % est hors de l'intervalle 0–100", "un taux est un pourcentage entre 0 et 100"));
        } else if (value.get().signum() < 0) {
            findings.add(error(row, "la valeur " + text + " est négative", "un nombre d'élèves ou d'offres est positif"));
        }
        return value;
    }

    private List<Path> figureFiles() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .filter(f -> !Set.of(INDICATORS, SOURCES).contains(f.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder(), e);
        }
    }

    private static void requireFile(Path file, String path, String header) {
        if (!Files.isRegularFile(file)) {
            throw new SiteException("load", Finding.error(path, 0, "csv", "fichier manquant",
                    "créez-le avec la ligne d'en-tête : " + header));
        }
    }

    private static Finding error(CsvTable.Row row, String message, String hint) {
        return Finding.error(row.file(), row.line(), "stats", message, hint);
    }
}
