package fr.crefop.stages.collective.initiatives;

import fr.crefop.stages.stats.data.Territoire;
import fr.crefop.stages.collective.plan.Field;
import fr.crefop.stages.config.YamlMap;
import fr.crefop.stages.content.Level;
import fr.crefop.stages.content.Slugs;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one initiative file; a shape error names the file and the line. */
public final class InitiativeReader {

    static final String NOT_COMMUNICATED = "non communiqué";
    private static final Set<String> KEYS = Set.of("titre", "departement", "territoire", "secteurs", "niveau", "annee",
            "organisateurs", "format", "eleves", "contact", "statut", "plan", "sources");

    public Initiative read(String text, String path, String slug) {
        YamlMap map = YamlMap.parse(text, path, 0);
        for (YamlMap.Entry entry : map.entries()) {
            if (!KEYS.contains(entry.key())) {
                throw error(path, entry.line(), "clé inconnue « " + entry.key() + " » dans une initiative",
                        "clés possibles : " + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        Field titre = field(map, "titre");
        if (!titre.known()) {
            throw error(path, titre.line(), "l'initiative n'a pas de titre", "ajoutez « titre: … »");
        }
        Field dep = field(map, "departement");
        Initiative.Group departement;
        if (!dep.known()) {
            departement = new Initiative.Group("non-communique", "Non communiqué");
        } else if (Slugs.slug(dep.value()).equals("hors-normandie")) {
            departement = new Initiative.Group("hors-normandie", "Hors Normandie");
        } else {
            Territoire d = Territoire.departement(dep.value()).orElseThrow(() -> error(path, dep.line(),
                    "département inconnu « " + dep.value() + " »", "codes de Normandie : " + Territoire.departementCodes()
                            + " ; sinon « hors Normandie » ou « non communiqué »"));
            departement = new Initiative.Group(Slugs.slug(d.nom()), d.nom());
        }
        List<Initiative.Group> secteurs = new ArrayList<>();
        for (String s : strings(map, "secteurs")) {
            if (new Field(s, 0).known()) {
                secteurs.add(new Initiative.Group(Slugs.slug(s), s));
            }
        }
        Field niv = field(map, "niveau");
        Initiative.Group niveau = new Initiative.Group("non-communique", "Non communiqué");
        if (niv.known()) {
            Level level = Level.parse(niv.value()).orElseThrow(() -> error(path, niv.line(), "niveau inconnu « " + niv.value() + " »",
                    "niveaux possibles : " + Level.allowed() + ", ou « non communiqué »"));
            niveau = new Initiative.Group(Slugs.slug(level.key()), level.label());
        }
        List<Initiative.Source> sources = new ArrayList<>();
        for (String s : strings(map, "sources")) {
            int bar = s.lastIndexOf('|');
            if (bar > 0 && s.substring(bar + 1).strip().startsWith("https://")) {
                sources.add(new Initiative.Source(s.substring(0, bar).strip(), s.substring(bar + 1).strip()));
            } else if (new Field(s, 0).known()) {
                sources.add(new Initiative.Source(s, ""));
            }
        }
        Field plan = field(map, "plan");
        return new Initiative(path, slug, titre.value(), departement, field(map, "territoire"), secteurs, niveau,
                field(map, "annee"), strings(map, "organisateurs").stream().filter(o -> new Field(o, 0).known()).toList(),
                field(map, "format"), field(map, "eleves"), field(map, "contact"), field(map, "statut"),
                plan.known() ? Optional.of(plan) : Optional.empty(), sources);
    }

    private static Field field(YamlMap map, String key) {
        return map.get(key).map(e -> new Field(map.scalar(e), e.line())).orElse(Field.absent(1));
    }

    private static List<String> strings(YamlMap map, String key) {
        return map.get(key).map(map::strings).orElse(List.of());
    }

    private static SiteException error(String path, int line, String message, String hint) {
        return new SiteException("load", Finding.error(path, line, "initiative", message, hint));
    }
}
