package fr.crefop.stages.collective.initiatives;

import fr.crefop.stages.collective.plan.Field;

import java.util.List;
import java.util.Optional;

/**
 * One initiative of the inventory, read from {@code data/initiatives/<slug>.yaml}. Unknown values are « non
 * communiqué ».
 *
 * @param path          the file, relative to the site folder
 * @param slug          the file name without extension: the initiative's stable address
 * @param titre         its name
 * @param departement   where it took place: a Normandie département, « hors Normandie » or « non communiqué »
 * @param territoire    the town or area
 * @param secteurs      the sectors pupils discovered (empty: not communicated)
 * @param niveau        the school level, as a group of the inventory
 * @param annee         the year(s)
 * @param organisateurs who organised it
 * @param format        how it ran
 * @param eleves        the number of pupils
 * @param contact       a contact
 * @param statut        réalisée, en cours, en projet…
 * @param plan          the slug of a plan of {@code data/stages-collectifs/} describing it, if any
 * @param sources       where the facts come from
 */
public record Initiative(String path, String slug, String titre, Group departement, Field territoire, List<Group> secteurs,
                         Group niveau, Field annee, List<String> organisateurs, Field format, Field eleves, Field contact,
                         Field statut, Optional<Field> plan, List<Source> sources) {

    public Initiative {
        secteurs = List.copyOf(secteurs);
        organisateurs = List.copyOf(organisateurs);
        sources = List.copyOf(sources);
    }

    /** A value an inventory listing groups by: its address slug and its label. */
    public record Group(String slug, String label) {
    }

    /** A source: a label, and an address when it is online. */
    public record Source(String label, String url) {
    }
}
