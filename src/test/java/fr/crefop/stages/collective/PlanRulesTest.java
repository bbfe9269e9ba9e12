package fr.crefop.stages.collective;

import fr.crefop.stages.collective.pages.CollectiveGenerator;
import fr.crefop.stages.collective.plan.PlanReader;
import fr.crefop.stages.collective.plan.StagePlan;
import fr.crefop.stages.collective.rules.PlanRules;
import fr.crefop.stages.collective.rules.RuleOutcome;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Features tested: each rule of {@link PlanRules} on a broken copy of the shipped example plan (message, file,
 * line), the shipped plans themselves (the example passes every rule; Pont-Audemer has warnings only), the trame.
 */
class PlanRulesTest {

    private static final String PATH = "data/stages-collectifs/essai.yaml";

    private static String example() throws IOException {
        return Files.readString(Path.of("data/stages-collectifs/exemple-fictif.yaml"), StandardCharsets.UTF_8);
    }

    private static List<Finding> check(String text) {
        StagePlan plan = new PlanReader().read(text, PATH, "essai");
        return PlanRules.standard().check(plan).stream().flatMap(o -> o.findings().stream()).toList();
    }

    /** The 1-based line of the first line of {@code text} that starts with {@code marker}. */
    private static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("marker not found: " + marker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dates                  | '  debut: 2026-06-15\\n  fin: 2026-06-26' | '  debut: 2026-06-08\\n  fin: 2026-06-19' | dates: | ne sont pas celles de la période nationale 2026 du stage de seconde, du lundi 15 juin 2026 au vendredi 26 juin 2026
            demi-journees          | '      lieu: Entreprise A, salle de réunion\\n' | '' | '    matin:' | le lundi 15 juin 2026 matin n'a pas de lieu
            referent               | 'referent_animateur: Référente animatrice (fictive)\\n' | '' | titre: | le plan ne nomme pas de référent animateur
            structures-signataires | '    secteur: santé\\n    role: visite' | '    secteur: santé\\n    role: signataire' | '  - id: d' | 3 structures signent la convention de chaque élève
            structures-signataires | '      description: Rencontre avec des soignants et des soignantes, présentation de leurs métiers\\n      adulte: Référente animatrice (fictive)' | '      description: Rencontre avec des soignants et des soignantes, présentation de leurs métiers\\n      adulte: Un soignant' | '      adulte: Un soignant' | n'est pas encadrée par le référent animateur
            horaires-mineurs       | '      description: Visite des ateliers, présentation des métiers\\n' | '      description: Visite des ateliers, présentation des métiers\\n      horaires: \"17:00-20:30\"\\n' | '      horaires: \"17:00-20:30\"' | sort des heures permises à 15 ans : présence entre 6 h et 20 h seulement
            horaires-mineurs       | '      description: Visite des ateliers, présentation des métiers\\n' | '      description: Visite des ateliers, présentation des métiers\\n      horaires: \"12:15-15:00\"\\n' | '  - jour: 2026-06-15' | sans pause de 30 minutes : une pause est due après 4 h 30 de présence
            secteurs-mixite        | 'secteurs_minimum: 4' | 'secteurs_minimum: 6' | secteurs_minimum: | le plan annonce au moins 6 secteurs mais ses structures n'en couvrent que 5
            observation            | '      activite: atelier\\n' | '      activite: production\\n' | '      activite: production' | activité « production » (le mardi 16 juin 2026 après-midi) : un élève en stage d'observation ne fait aucun travail (article D.331-9 du Code de l'éducation)
            trajets                | 'trajets: >-' | 'trajet_ancien: >-' | titre: | clé inconnue « trajet_ancien »
            """)
    void eachRuleReportsItsMessageFileAndLine(String rule, String from, String to, String marker, String message) throws IOException {
        String text = example().replaceFirst(java.util.regex.Pattern.quote(from.replace("\\n", "\n")),
                java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n")));
        assertThat(text).isNotEqualTo(example());
        Finding error;
        if (message.startsWith("clé inconnue")) {
            error = assertThrowsSite(text);
            assertThat(error.line()).isEqualTo(lineOf(text, "trajet_ancien"));
        } else {
            error = check(text).stream().filter(Finding::isError).filter(f -> f.rule().equals("stage-collectif/" + rule))
                    .min(Comparator.comparingInt(Finding::line)).orElseThrow(() -> new AssertionError("no error for " + rule + ": " + check(text)));
            assertThat(error.line()).isEqualTo(marker.equals("titre:") ? 1 : lineOf(text, marker));
        }
        assertThat(error.path()).isEqualTo(PATH);
        assertThat(error.message().replace('\u00a0', ' ')).contains(message);
    }

    @Test
    void aPlanWithoutTripsIsAnError() throws IOException {
        String text = example().replaceAll("(?m)^trajets: >-\\n(  .*\\n)+", "");
        Finding error = check(text).stream().filter(Finding::isError).findFirst().orElseThrow();
        assertThat(error.rule()).isEqualTo("stage-collectif/trajets");
        assertThat(error.message()).isEqualTo("le plan ne dit pas qui organise les trajets entre les lieux du stage");
        assertThat(error.hint()).contains("la famille organise le transport jusqu'au stage");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "département « {0} »")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"29", "28"})
    void aDepartementOutsideNormandieIsRefusedAtItsLine(String code) throws IOException {
        // 28 is the region's code, not a département
        String text = example().replace("  departement: 27", "  departement: " + code);
        assertThatThrownBy(() -> check(text)).isInstanceOfSatisfying(fr.crefop.stages.diag.SiteException.class, e -> {
            Finding error = e.findings().get(0);
            assertThat(error.location()).isEqualTo(PATH + ":" + lineOf(text, "  departement:"));
            assertThat(error.message()).isEqualTo("département inconnu « " + code + " »");
            assertThat(error.hint()).contains("14 (Calvados)", "76 (Seine-Maritime)").doesNotContain("28");
        });
    }

    @Test
    void tooManySigningHostsExplainsTheAlternatives() throws IOException {
        String text = example().replace("    secteur: santé\n    role: visite", "    secteur: santé\n    role: signataire");
        Finding error = check(text).stream().filter(f -> f.rule().equals("stage-collectif/structures-signataires")).findFirst().orElseThrow();
        assertThat(error.hint()).contains("une structure porteuse unique signe la convention", "« role: visite »", "une structure signataire par semaine");
    }

    @Test
    void aWeekUnderTwoSigningHostsIsAnError() throws IOException {
        String text = example().replace("      lieu: Entreprise A, services administratifs\n      structure: a",
                "      lieu: Entreprise A, services administratifs\n      structure: d");
        Finding error = check(text).stream().filter(Finding::isError).findFirst().orElseThrow();
        assertThat(error.message()).contains("la semaine 1 met les élèves sous la convention de deux structures");
        assertThat(error.line()).isEqualTo(lineOf(text, "  - jour: 2026-06-18") + 1);
    }

    @Test
    void theFictitiousExamplePassesEveryRuleWithoutAnyWarning() throws IOException {
        StagePlan plan = new PlanReader().read(example(), PATH, "essai");
        List<RuleOutcome> outcomes = PlanRules.standard().check(plan);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.findings()).isEmpty());
        assertThat(outcomes).extracting(RuleOutcome::status).containsOnly("Respectée");
        assertThat(plan.exempleFictif()).isTrue();
    }

    @Test
    void pontAudemerHasOnlyWarningsForWhatIsToConfirm() throws IOException {
        String text = Files.readString(Path.of("data/stages-collectifs/pont-audemer.yaml"), StandardCharsets.UTF_8);
        List<Finding> findings = check(text);
        assertThat(findings).noneMatch(Finding::isError);
        assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
                "les dates du stage sont « à confirmer »",
                "le planning demi-journée par demi-journée est « à confirmer »",
                "le référent animateur est « à confirmer »",
                "la structure qui porte les conventions est « à confirmer »",
                "les structures d'accueil sont « à confirmer »",
                "l'objectif de mixité est « à confirmer »",
                "le nombre de secteurs à faire découvrir est « à confirmer »",
                "l'organisation des trajets entre les lieux du stage est « à confirmer »");
        StagePlan plan = new PlanReader().read(text, PATH, "essai");
        assertThat(plan.effectif().value()).isEqualTo("16");
        assertThat(plan.ages().assumed()).isTrue();
    }

    @Test
    void theTrameParsesOnceTitledAndHasOnlyWarnings() {
        String trame = new String(CollectiveGenerator.resource(CollectiveGenerator.TRAME_RESOURCE), StandardCharsets.UTF_8)
                .replace("titre: \"\"", "titre: Essai");
        assertThat(check(trame)).isNotEmpty().noneMatch(Finding::isError);
    }

    @Test
    void aBadDateNamesTheFileAndTheLine() throws IOException {
        String text = example().replace("  - jour: 2026-06-17", "  - jour: 2026-06-31");
        Finding error = assertThrowsSite(text);
        assertThat(error.location()).isEqualTo(PATH + ":" + lineOf(text, "  - jour: 2026-06-31"));
        assertThat(error.message()).isEqualTo("date invalide « 2026-06-31 »");
    }

    private static Finding assertThrowsSite(String text) {
        Finding[] found = new Finding[1];
        assertThatThrownBy(() -> new PlanReader().read(text, PATH, "essai"))
                .isInstanceOfSatisfying(SiteException.class, e -> found[0] = e.findings().get(0));
        return found[0];
    }
}
