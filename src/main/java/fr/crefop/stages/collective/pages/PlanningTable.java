package fr.crefop.stages.collective.pages;

import fr.crefop.stages.html.TableMarkup;
import fr.crefop.stages.collective.plan.Activities;
import fr.crefop.stages.collective.plan.Field;
import fr.crefop.stages.collective.plan.HalfDay;
import fr.crefop.stages.collective.plan.Host;
import fr.crefop.stages.collective.plan.PlanDates;
import fr.crefop.stages.collective.plan.PlanDay;
import fr.crefop.stages.collective.plan.StagePlan;
import fr.crefop.stages.collective.plan.TimeRange;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The planning of a plan as HTML: one table per week (a caption, a row header per day, a column per half-day) for
 * wide screens and print, and the same days as a compact list for phones (site.css shows one or the other).
 * Each block is written without blank lines, so that Markdown keeps it as one HTML block.
 */
final class PlanningTable {

    private static final String HOSTS = "Les structures d'accueil, par secteur";

    private PlanningTable() {
    }

    static String render(StagePlan plan) {
        Map<Integer, List<PlanDay>> weeks = new TreeMap<>();
        List<PlanDay> days = plan.planning().stream().sorted(Comparator.comparing(PlanDay::date)).toList();
        for (PlanDay day : days) {
            weeks.computeIfAbsent(PlanDates.week(plan.debut().orElse(days.get(0).date()), day.date()), w -> new java.util.ArrayList<>()).add(day);
        }
        StringBuilder html = new StringBuilder("<div class=\"plan-planning\">\n");
        weeks.forEach((week, list) -> {
            String caption = "Semaine " + week + " : du " + PlanDates.shortDay(list.get(0).date()) + " au "
                    + PlanDates.day(list.get(list.size() - 1).date());
            html.append(TableMarkup.open(caption)).append("<table class=\"plan-table\">\n<caption>").append(Html.escape(caption))
                    .append("</caption>\n<thead><tr><th scope=\"col\">Jour</th><th scope=\"col\">Matin</th><th scope=\"col\">Après-midi</th></tr></thead>\n<tbody>\n");
            for (PlanDay day : list) {
                html.append("<tr><th scope=\"row\">").append(Html.capitalise(PlanDates.shortDay(day.date()))).append("</th>")
                        .append("<td>").append(cell(plan, day.morning())).append("</td>")
                        .append("<td>").append(cell(plan, day.afternoon())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>").append(TableMarkup.CLOSE).append('\n');
        });
        html.append("<ol class=\"plan-days\">\n");
        weeks.forEach((week, list) -> {
            for (PlanDay day : list) {
                html.append("<li class=\"plan-days__day\"><p class=\"plan-days__date\"><strong>")
                        .append(Html.capitalise(PlanDates.shortDay(day.date()))).append("</strong> (semaine ").append(week).append(")</p>")
                        .append("<dl class=\"plan-days__halves\"><dt>Matin</dt><dd>").append(cell(plan, day.morning()))
                        .append("</dd><dt>Après-midi</dt><dd>").append(cell(plan, day.afternoon())).append("</dd></dl></li>\n");
            }
        });
        return html.append("</ol>\n</div>\n").toString();
    }

    private static String cell(StagePlan plan, Optional<HalfDay> halfDay) {
        if (halfDay.isEmpty()) {
            return "<span class=\"plan-cell__empty\">à confirmer</span>";
        }
        HalfDay h = halfDay.get();
        StringBuilder html = new StringBuilder("<span class=\"plan-cell__type\">")
                .append(Html.escape(Activities.label(h.activite().shown()))).append("</span>");
        if (h.description().present()) {
            html.append(" <span class=\"plan-cell__text\">").append(Html.escape(h.description().value())).append("</span>");
        }
        html.append("<span class=\"plan-cell__meta\">");
        html.append("<span>Lieu : ").append(Html.escape(h.lieu().shown())).append("</span>");
        h.structure().flatMap(id -> plan.host(id.value())).ifPresent(host -> html.append("<span>Structure : ")
                .append(Html.escape(host.nom().shown())).append(host.signs() ? "" : " (visite)").append("</span>"));
        html.append("<span>Adulte responsable : ").append(Html.escape(h.adulte().shown())).append("</span>");
        Field hours = plan.hoursOf(h);
        html.append("<span>Horaires : ").append(TimeRange.parse(hours.value()).map(TimeRange::shown).orElse(Html.escape(hours.shown())))
                .append("</span></span>");
        return html.toString();
    }

    /** The host structures, sorted by sector, as a table. */
    static String hosts(StagePlan plan) {
        StringBuilder html = new StringBuilder(TableMarkup.open(HOSTS))
                .append("<table class=\"plan-hosts\">\n<caption>" + HOSTS + "</caption>\n"
                + "<thead><tr><th scope=\"col\">Secteur</th><th scope=\"col\">Structure</th><th scope=\"col\">Rôle</th></tr></thead>\n<tbody>\n");
        List<Host> hosts = plan.structures().stream()
                .sorted(Comparator.comparing((Host h) -> h.secteur().shown()).thenComparing(h -> h.nom().shown())).toList();
        for (Host host : hosts) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(Html.capitalise(host.secteur().shown()))).append("</th><td>")
                    .append(Html.escape(host.nom().shown())).append("</td><td>")
                    .append(host.signs() ? "Signe la convention des élèves" : "Visite, avec le référent animateur").append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>").append(TableMarkup.CLOSE).append('\n').toString();
    }
}
