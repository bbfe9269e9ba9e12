package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.HalfDay;
import fr.crefop.stages.collective.plan.Host;
import fr.crefop.stages.collective.plan.PlanDates;
import fr.crefop.stages.collective.plan.PlanDay;
import fr.crefop.stages.collective.plan.StagePlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A pupil's convention is signed by one host structure for the two weeks, or by one per week (ac-normandie: « deux
 * semaines dans une structure ou une semaine dans chacune de deux structures »; the minutes: « limitation actuelle à
 * deux conventions de stage (une par semaine) »). Other structures are visits, under the référent animateur.
 */
final class SigningHostsRule implements PlanRule {

    static final String ALTERNATIVES = "deux possibilités : une structure porteuse unique signe la convention pour les deux semaines "
            + "(portage étudié par le groupe de travail : MEDEF, CCI…) et les autres structures deviennent des visites "
            + "(« role: visite ») encadrées par le référent animateur ; ou une structure signataire par semaine";

    @Override
    public String id() {
        return "structures-signataires";
    }

    @Override
    public String statement() {
        return "La convention de chaque élève est signée par une structure d'accueil pour les deux semaines, ou par une "
                + "structure par semaine ; les autres structures sont des visites, encadrées par le référent animateur.";
    }

    @Override
    public List<RuleSource> sources() {
        return List.of(RuleSource.AC_NORMANDIE, RuleSource.MINUTES, RuleSource.IDEO);
    }

    @Override
    public void check(StagePlan plan, RuleReport report) {
        if (plan.structures().isEmpty()) {
            if (plan.structuresField().toConfirm()) {
                report.warning(plan.structuresField().line(), "les structures d'accueil sont « à confirmer »",
                        "listez-les dans « structures: » avec leur secteur et leur rôle (signataire ou visite)");
            } else {
                report.error(plan.structuresField().line(), "le plan ne déclare aucune structure d'accueil",
                        "ajoutez « structures: » avec, pour chacune, « id », « nom », « secteur » et « role »");
            }
            return;
        }
        Set<String> ids = new TreeSet<>();
        for (Host host : plan.structures()) {
            if (!ids.add(host.id())) {
                report.error(host.line(), "deux structures ont l'id « " + host.id() + " »", "donnez à chacune un id différent");
            }
        }
        List<Host> signing = plan.structures().stream().filter(Host::signs).toList();
        if (signing.isEmpty()) {
            report.error(plan.structuresField().line(), "aucune structure ne signe la convention des élèves",
                    "indiquez « role: signataire » pour la structure qui accueille les élèves sous convention");
            return;
        }
        if (signing.size() > 2) {
            report.error(signing.get(2).line(), signing.size() + " structures signent la convention de chaque élève ("
                            + names(signing) + ") : c'est plus qu'une structure pour les deux semaines ou une par semaine",
                    ALTERNATIVES);
            return;
        }
        Map<Integer, Set<String>> signingByWeek = new TreeMap<>();
        for (PlanDay day : plan.planning()) {
            int week = PlanDates.week(plan.debut().orElse(plan.planning().get(0).date()), day.date());
            for (HalfDay h : day.halfDays()) {
                if (h.structure().isEmpty()) {
                    continue;
                }
                plan.host(h.structure().get().value()).ifPresent(host -> {
                    if (host.signs()) {
                        if (signingByWeek.computeIfAbsent(week, w -> new TreeSet<>()).add(host.nom().shown())
                                && signingByWeek.get(week).size() > 1) {
                            report.error(h.line(), "la semaine " + week + " met les élèves sous la convention de deux structures ("
                                    + String.join(", ", signingByWeek.get(week)) + ") ; au plus une structure signataire par semaine",
                                    ALTERNATIVES);
                        }
                    } else if (h.adulte().known() && !underReferent(plan, h)) {
                        report.error(h.adulte().line(), "la visite de « " + host.nom().shown() + " » (structure non signataire), le "
                                        + PlanDates.day(day.date()) + " " + h.label() + ", n'est pas encadrée par le référent animateur",
                                "indiquez le référent animateur (« " + plan.referent().shown() + " ») comme adulte responsable, "
                                        + "ou faites de cette structure une structure signataire");
                    }
                });
            }
        }
        List<String> notes = new ArrayList<>();
        for (Host host : plan.structures()) {
            if (!host.signs()) {
                notes.add(host.nom().shown());
            }
        }
        if (!notes.isEmpty()) {
            report.note("Structures visitées avec le référent animateur, sans signer la convention : " + String.join(", ", notes) + ".");
        }
    }

    private static boolean underReferent(StagePlan plan, HalfDay h) {
        if (!plan.referent().known() || !h.adulte().known()) {
            return false;
        }
        String adult = h.adulte().value().toLowerCase(Locale.ROOT);
        String referent = plan.referent().value().toLowerCase(Locale.ROOT);
        return adult.contains(referent) || referent.contains(adult);
    }

    private static String names(List<Host> hosts) {
        return String.join(", ", hosts.stream().map(h -> h.nom().shown()).toList());
    }
}
