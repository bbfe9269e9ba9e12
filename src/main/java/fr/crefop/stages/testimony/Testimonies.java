package fr.crefop.stages.testimony;

import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.config.YamlMap;
import fr.crefop.stages.content.FrenchDates;
import fr.crefop.stages.content.FrenchText;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.paths.ContainedPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The testimonies of {@code data/temoignages/*.yaml}, one per file. A testimony is published only with its consent
 * recorded ({@code consentement:} with the date and the form of the agreement): without it, the build stops,
 * naming the file and the line.
 */
public final class Testimonies {

    public static final String FOLDER = "temoignages";
    public static final String LAYOUT = "temoignages";
    static final Set<String> KEYS = Set.of("qui", "role", "entreprise", "secteur", "citation", "date", "consentement");
    static final Set<String> CONSENT_KEYS = Set.of("date", "forme");

    private Testimonies() {
    }

    /** Every testimony, newest first; problems of every file go to {@code findings}. */
    public static List<Testimony> load(SiteSources sources, Findings findings) {
        Path folder = sources.data().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Testimony> testimonies = new ArrayList<>();
        for (Path file : files(folder)) {
            String path = sources.relative(file);
            try {
                testimonies.add(read(file, path, sources.root()));
            } catch (SiteException e) {
                findings.addAll(e.findings());
            }
        }
        testimonies.sort(Comparator.comparing(Testimony::dateIso).reversed().thenComparing(Testimony::file));
        return List.copyOf(testimonies);
    }

    private static Testimony read(Path file, String path, Path root) {
        if (!ContainedPath.staysInside(root, file)) {
            throw new SiteException("load", Finding.error(path, 0, "symlink",
                    "ce lien symbolique mène hors du dossier du site : le témoignage n'est pas lu",
                    "remplacez le lien symbolique par le fichier lui-même"));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        YamlMap map = YamlMap.parse(text.replace("\uFEFF", ""), path, 0);
        for (YamlMap.Entry entry : map.entries()) {
            if (!KEYS.contains(entry.key())) {
                throw map.error(entry, "clé inconnue « " + entry.key() + " » dans un témoignage",
                        "clés possibles : " + String.join(", ", new TreeSet<>(KEYS)));
            }
        }
        YamlMap.Entry consent = map.get("consentement").orElseThrow(() -> new SiteException("load", Finding.error(path,
                1, "testimony", "témoignage sans consentement enregistré : il ne peut pas être publié",
                "ajoutez « consentement: » avec « date: AAAA-MM-JJ » (jour de l'accord) et « forme: » (par exemple "
                        + "« accord écrit signé, conservé par le secrétariat du CREFOP »), ou retirez le fichier")));
        YamlMap agreement = map.nested(consent.value());
        String form = agreement.string("forme").map(String::strip).orElse("");
        if (agreement.get("date").isEmpty() || form.isEmpty()) {
            throw map.error(consent, "consentement incomplet : il faut sa date et sa forme",
                    "écrivez « date: AAAA-MM-JJ » et « forme: accord écrit signé… » sous « consentement: »");
        }
        date(agreement, agreement.get("date").get());
        String who = required(map, "qui", path);
        String quote = required(map, "citation", path);
        YamlMap.Entry dateEntry = map.get("date").orElseThrow(() -> new SiteException("load", Finding.error(path, 1,
                "testimony", "témoignage sans « date »", "ajoutez « date: AAAA-MM-JJ », le jour du témoignage")));
        LocalDate date = date(map, dateEntry);
        return new Testimony(FrenchText.typeset(who), optional(map, "role"), optional(map, "entreprise"),
                optional(map, "secteur"), FrenchText.typeset(quote), date.toString(), FrenchDates.format(date), path);
    }

    private static String required(YamlMap map, String key, String path) {
        String value = map.get(key).map(map::scalar).map(String::strip).orElse("");
        if (value.isEmpty()) {
            throw new SiteException("load", Finding.error(path, map.get(key).map(YamlMap.Entry::line).orElse(1),
                    "testimony", "témoignage sans « " + key + " »", "ajoutez « " + key + ": … »"));
        }
        return value;
    }

    private static String optional(YamlMap map, String key) {
        return map.get(key).map(map::scalar).map(String::strip).map(FrenchText::typeset).orElse("");
    }

    private static LocalDate date(YamlMap map, YamlMap.Entry entry) {
        String value = map.scalar(entry);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw map.error(entry, "date invalide « " + value + " »", "écrivez la date au format AAAA-MM-JJ");
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
