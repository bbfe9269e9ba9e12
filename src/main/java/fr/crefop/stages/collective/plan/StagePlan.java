package fr.crefop.stages.collective.plan;

import fr.crefop.stages.stats.data.Territoire;
import fr.crefop.stages.content.Level;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A collective multi-sector stage plan, read from {@code data/stages-collectifs/<slug>.yaml}.
 *
 * @param path            the file, relative to the site folder
 * @param slug            the file name without extension: the plan page's address
 * @param titre           the title
 * @param exempleFictif   {@code exemple_fictif: true}: an invented example, labelled so on its page
 * @param resume          a short presentation
 * @param departement     the département, if known
 * @param commune         the town
 * @param niveau          the school level
 * @param ages            the pupils' ages (declared or assumed)
 * @param debut           the first day, if known
 * @param fin             the last day, if known
 * @param dates           the {@code dates:} entry as written (« à confirmer » when unknown)
 * @param effectif        the group size, as written
 * @param secteursMinimum the number of different sectors the plan promises, if stated
 * @param secteursField   the {@code secteurs_minimum:} entry as written
 * @param referent        the référent animateur
 * @param porteur         the structure that carries the conventions
 * @param organisateurs   who organises the stage
 * @param structures      the host structures; empty with {@code structuresField} « à confirmer » when unknown
 * @param structuresField the {@code structures:} entry when it is a text (« à confirmer »), else absent
 * @param horaires        default hours of the morning and the afternoon
 * @param planning        the days; empty with {@code planningField} « à confirmer » when unknown
 * @param planningField   the {@code planning:} entry when it is a text, else absent (its line is kept)
 * @param mixite          the mixité objective
 * @param trajets         who handles the trips between places
 * @param contacts        contacts
 * @param sources         where the facts come from
 */
public record StagePlan(String path, String slug, String titre, boolean exempleFictif, Field resume,
                        Optional<Territoire> departement, Field commune, Level niveau, Ages ages,
                        Optional<LocalDate> debut, Optional<LocalDate> fin, Field dates, Field effectif,
                        Optional<Integer> secteursMinimum, Field secteursField, Field referent, Field porteur,
                        List<String> organisateurs, List<Host> structures, Field structuresField,
                        DefaultHours horaires, List<PlanDay> planning, Field planningField, Field mixite,
                        Field trajets, List<String> contacts, List<String> sources) {

    public StagePlan {
        organisateurs = List.copyOf(organisateurs);
        structures = List.copyOf(structures);
        planning = List.copyOf(planning);
        contacts = List.copyOf(contacts);
        sources = List.copyOf(sources);
    }

    /** The default hours of a plan ({@code horaires: {matin: "9:00-12:00", apres_midi: "13:30-16:30"}}). */
    public record DefaultHours(Field matin, Field apresMidi) {
        public Field of(boolean morning) {
            return morning ? matin : apresMidi;
        }
    }

    public Optional<Host> host(String id) {
        return structures.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** The hours of a half-day: its own, else the plan's default for that part of the day. */
    public Field hoursOf(HalfDay halfDay) {
        return halfDay.horaires().present() ? halfDay.horaires() : horaires.of(halfDay.morning());
    }
}
