package fr.crefop.stages.collective.plan;

import fr.crefop.stages.stats.data.Territoire;
import fr.crefop.stages.config.YamlMap;
import fr.crefop.stages.content.Level;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one plan file into a {@link StagePlan}. Shape errors (unknown key, wrong type, bad date) throw a
 * {@link SiteException} naming the file and the line; what the rules judge (missing référent, empty half-day…) is
 * read as it is and left to them.
 */
public final class PlanReader {

    static final String RULE = "stage-collectif";
    private static final Set<String> KEYS = Set.of("titre", "exemple_fictif", "resume", "territoire", "niveau", "ages",
            "dates", "effectif", "secteurs_minimum", "referent_animateur", "porteur", "organisateurs", "structures",
            "horaires", "planning", "mixite", "trajets", "contacts", "sources");
    private static final Set<String> HALF_DAY_KEYS = Set.of("lieu", "structure", "activite", "description", "adulte", "horaires");

    /** Parses {@code text}, the content of the file at {@code path} (relative to the site folder). */
    public StagePlan read(String text, String path, String slug) {
        YamlMap map = YamlMap.parse(text, path, 0);
        for (YamlMap.Entry entry : map.entries()) {
            if (!KEYS.contains(entry.key())) {
                throw error(path, entry.line(), "clé inconnue « " + entry.key() + " » dans un plan de stage collectif",
                        "clés possibles : " + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        Field titre = field(map, "titre", 1);
        if (!titre.known()) {
            throw error(path, titre.line(), "le plan n'a pas de titre", "ajoutez « titre: … » en tête du fichier");
        }
        Optional<Territoire> departement = Optional.empty();
        Field commune = Field.absent(1);
        Optional<YamlMap.Entry> territoire = map.get("territoire");
        if (territoire.isPresent()) {
            YamlMap t = map.nested(territoire.get().value());
            Field code = field(t, "departement", territoire.get().line());
            if (code.known()) {
                departement = Optional.of(Territoire.departement(code.value()).orElseThrow(() -> error(path, code.line(),
                        "département inconnu « " + code.value() + " »", "codes de Normandie : " + Territoire.departementCodes())));
            }
            commune = field(t, "commune", territoire.get().line());
        }
        Field niveauField = field(map, "niveau", 1);
        Level niveau = Level.parse(niveauField.value()).orElseThrow(() -> error(path, niveauField.line(),
                "niveau inconnu « " + niveauField.value() + " »", "niveaux possibles : " + Level.allowed()));
        Ages ages = ages(map, path, niveau, niveauField.line());
        Field dates = Field.absent(1);
        Optional<LocalDate> debut = Optional.empty();
        Optional<LocalDate> fin = Optional.empty();
        Optional<YamlMap.Entry> datesEntry = map.get("dates");
        if (datesEntry.isPresent() && datesEntry.get().value() instanceof ScalarNode) {
            dates = new Field(map.scalar(datesEntry.get()), datesEntry.get().line());
        } else if (datesEntry.isPresent()) {
            YamlMap d = map.nested(datesEntry.get().value());
            dates = new Field("du … au …", datesEntry.get().line());
            debut = Optional.of(date(field(d, "debut", dates.line()), path));
            fin = Optional.of(date(field(d, "fin", dates.line()), path));
        }
        Field secteurs = field(map, "secteurs_minimum", 1);
        Optional<Integer> secteursMinimum = Optional.empty();
        if (secteurs.known()) {
            try {
                secteursMinimum = Optional.of(Integer.parseInt(secteurs.value()));
            } catch (NumberFormatException e) {
                throw error(path, secteurs.line(), "« secteurs_minimum » attend un nombre entier, pas « " + secteurs.value() + " »",
                        "par exemple « secteurs_minimum: 3 »");
            }
        }
        List<Host> hosts = new ArrayList<>();
        Field structuresField = Field.absent(1);
        Optional<YamlMap.Entry> structures = map.get("structures");
        if (structures.isPresent() && structures.get().value() instanceof ScalarNode) {
            structuresField = new Field(map.scalar(structures.get()), structures.get().line());
        } else if (structures.isPresent()) {
            structuresField = new Field("", structures.get().line());
            for (Node item : map.items(structures.get())) {
                hosts.add(host(map, map.nested(item), map.line(item), path));
            }
        }
        StagePlan.DefaultHours horaires = new StagePlan.DefaultHours(Field.absent(1), Field.absent(1));
        Optional<YamlMap.Entry> hours = map.get("horaires");
        if (hours.isPresent()) {
            YamlMap h = map.nested(hours.get().value());
            horaires = new StagePlan.DefaultHours(field(h, "matin", hours.get().line()), field(h, "apres_midi", hours.get().line()));
        }
        List<PlanDay> days = new ArrayList<>();
        Field planningField = Field.absent(1);
        Optional<YamlMap.Entry> planning = map.get("planning");
        if (planning.isPresent() && planning.get().value() instanceof ScalarNode) {
            planningField = new Field(map.scalar(planning.get()), planning.get().line());
        } else if (planning.isPresent()) {
            planningField = new Field("", planning.get().line());
            for (Node item : map.items(planning.get())) {
                days.add(day(map, map.nested(item), map.line(item), path));
            }
        }
        return new StagePlan(path, slug, titre.value(), flag(map, "exemple_fictif", path), field(map, "resume", 1),
                departement, commune, niveau, ages, debut, fin, dates, field(map, "effectif", 1), secteursMinimum, secteurs,
                field(map, "referent_animateur", 1), field(map, "porteur", 1), strings(map, "organisateurs"), hosts,
                structuresField, horaires, days, planningField, field(map, "mixite", 1), field(map, "trajets", 1),
                strings(map, "contacts"), strings(map, "sources"));
    }

    private static Ages ages(YamlMap map, String path, Level niveau, int niveauLine) {
        Optional<YamlMap.Entry> entry = map.get("ages");
        if (entry.isEmpty() || (entry.get().value() instanceof ScalarNode s && new Field(s.getValue(), 0).toConfirm())) {
            if (niveau != Level.SECONDE) {
                throw error(path, entry.map(YamlMap.Entry::line).orElse(niveauLine), "indiquez l'âge des élèves (« ages »)",
                        "par exemple « ages: [14, 15] » ; les limites d'horaires des mineurs en dépendent");
            }
            return Ages.secondeAssumption(entry.map(YamlMap.Entry::line).orElse(niveauLine));
        }
        List<Integer> ages = new ArrayList<>();
        for (String age : map.strings(entry.get())) {
            try {
                ages.add(Integer.parseInt(age));
            } catch (NumberFormatException e) {
                throw error(path, entry.get().line(), "« ages » attend des nombres entiers, pas « " + age + " »", "par exemple « ages: [15, 16] »");
            }
        }
        if (ages.isEmpty()) {
            throw error(path, entry.get().line(), "« ages » est vide", "par exemple « ages: [15, 16] »");
        }
        return new Ages(ages.stream().min(Integer::compare).orElseThrow(), ages.stream().max(Integer::compare).orElseThrow(),
                false, entry.get().line());
    }

    private static Host host(YamlMap parent, YamlMap h, int line, String path) {
        Field id = field(h, "id", line);
        if (!id.present()) {
            throw error(path, line, "une structure n'a pas d'« id »", "donnez-lui un identifiant court, par exemple « id: a »");
        }
        Field role = field(h, "role", line);
        String roleSlug = fr.crefop.stages.content.Slugs.slug(role.value());
        if (!roleSlug.equals("signataire") && !roleSlug.equals("visite")) {
            throw error(path, role.line(), "la structure « " + id.value() + " » doit avoir « role: signataire » ou « role: visite »",
                    "signataire : elle signe la convention des élèves ; visite : les élèves y viennent avec le référent animateur");
        }
        return new Host(id.value(), field(h, "nom", line), field(h, "secteur", line), roleSlug.equals("signataire"), line);
    }

    private static PlanDay day(YamlMap parent, YamlMap d, int line, String path) {
        for (YamlMap.Entry entry : d.entries()) {
            if (!Set.of("jour", "matin", "apres_midi").contains(entry.key())) {
                throw error(path, entry.line(), "clé inconnue « " + entry.key() + " » dans une journée du planning",
                        "une journée a « jour », « matin » et « apres_midi »");
            }
        }
        LocalDate date = date(field(d, "jour", line), path);
        List<HalfDay> halfDays = new ArrayList<>();
        for (String key : List.of("matin", "apres_midi")) {
            Optional<YamlMap.Entry> entry = d.get(key);
            if (entry.isPresent() && !(entry.get().value() instanceof ScalarNode s && s.getValue().isBlank())) {
                halfDays.add(halfDay(d, entry.get(), key.equals("matin"), path));
            }
        }
        return new PlanDay(date, halfDays, line);
    }

    private static HalfDay halfDay(YamlMap day, YamlMap.Entry entry, boolean morning, String path) {
        YamlMap h = day.nested(entry.value());
        for (YamlMap.Entry key : h.entries()) {
            if (!HALF_DAY_KEYS.contains(key.key())) {
                throw error(path, key.line(), "clé inconnue « " + key.key() + " » dans une demi-journée",
                        "clés possibles : " + String.join(", ", HALF_DAY_KEYS.stream().sorted().toList()));
            }
        }
        Field structure = field(h, "structure", entry.line());
        return new HalfDay(morning, field(h, "lieu", entry.line()), structure.present() ? Optional.of(structure) : Optional.empty(),
                field(h, "activite", entry.line()), field(h, "description", entry.line()), field(h, "adulte", entry.line()),
                field(h, "horaires", entry.line()), entry.line());
    }

    private static LocalDate date(Field field, String path) {
        try {
            return LocalDate.parse(field.value());
        } catch (DateTimeParseException e) {
            throw error(path, field.line(), "date invalide « " + field.value() + " »", "écrivez la date sous la forme 2026-06-15");
        }
    }

    private static boolean flag(YamlMap map, String key, String path) {
        Field value = field(map, key, 1);
        if (!value.present()) {
            return false;
        }
        if (!value.value().equals("true") && !value.value().equals("false")) {
            throw error(path, value.line(), "« " + key + " » attend true ou false", "");
        }
        return value.value().equals("true");
    }

    /** A scalar value (absent: empty, at {@code fallbackLine}). */
    static Field field(YamlMap map, String key, int fallbackLine) {
        return map.get(key).map(e -> new Field(map.scalar(e), e.line())).orElse(Field.absent(fallbackLine));
    }

    static List<String> strings(YamlMap map, String key) {
        return map.get(key).map(map::strings).orElse(List.of());
    }

    static SiteException error(String path, int line, String message, String hint) {
        return new SiteException("load", Finding.error(path, line, RULE, message, hint));
    }
}
