package fr.crefop.stages.catalogue;

import fr.crefop.stages.content.Audience;
import fr.crefop.stages.content.Level;
import fr.crefop.stages.content.Slugs;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated page of the catalogue: the resources for one audience ({@code /ressources/entreprises/}) or for
 * one level ({@code /ressources/seconde/}). Only audience shelves have their own feed.
 *
 * @param slug     the last part of the address
 * @param title    the page title
 * @param intro    the first paragraph
 * @param order    position under the ressources page
 * @param feed     whether the shelf has its own Atom feed
 * @param audience the audience key, or empty for a level shelf
 * @param level    the level key, or empty for an audience shelf
 */
record Shelf(String slug, String title, String intro, int order, boolean feed, String audience, String level) {

    static final String FOLDER = "ressources";

    String contentPath() {
        return FOLDER + "/" + slug + ".md";
    }

    String address() {
        return "/" + FOLDER + "/" + slug + "/";
    }

    String feedAddress() {
        return address() + "flux.xml";
    }

    List<Resource> select(Catalogue catalogue) {
        return audience.isEmpty()
                ? catalogue.forLevel(Level.parse(level).orElseThrow())
                : catalogue.forAudience(Audience.parse(audience).orElseThrow());
    }

    /** One shelf per audience, then one per level. */
    static List<Shelf> all() {
        List<Shelf> shelves = new ArrayList<>();
        int order = 10;
        for (Audience audience : Audience.values()) {
            shelves.add(new Shelf(Slugs.slug(audience.key()), "Ressources pour " + forWhom(audience),
                    "Les pages de ce site et les liens officiels utiles " + toWhom(audience) + ", avec le stage concerné.",
                    order, true, audience.key(), ""));
            order += 10;
        }
        for (Level level : Level.values()) {
            shelves.add(new Shelf(Slugs.slug(level.key()), "Ressources : " + lowerFirst(level.label()),
                    "Les pages de ce site et les liens officiels sur " + about(level) + ", avec leur public.",
                    order, false, "", level.key()));
            order += 10;
        }
        return shelves;
    }

    private static String forWhom(Audience audience) {
        return switch (audience) {
            case ENTREPRISES -> "les entreprises";
            case ETABLISSEMENTS -> "les établissements scolaires";
            case ELEVES -> "les élèves";
            case FAMILLES -> "les familles";
        };
    }

    private static String toWhom(Audience audience) {
        return switch (audience) {
            case ENTREPRISES -> "aux entreprises";
            case ETABLISSEMENTS -> "aux établissements scolaires";
            case ELEVES -> "aux élèves";
            case FAMILLES -> "aux familles";
        };
    }

    private static String about(Level level) {
        return switch (level) {
            case TROISIEME -> "le stage d'observation de 3e";
            case SECONDE -> "le stage de seconde générale et technologique";
            case PFMP -> "les périodes de formation en milieu professionnel (PFMP) du lycée professionnel";
        };
    }

    private static String lowerFirst(String text) {
        return text.startsWith("PFMP") ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
