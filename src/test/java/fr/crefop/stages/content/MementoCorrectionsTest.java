package fr.crefop.stages.content;

import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.BuildResult;
import fr.crefop.stages.pipeline.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: the repository's own site, built once.
 * Features tested: each correction of the mémento issue is on the built pages (Jsoup text of {@code main}) and the
 * wrong wording is gone from every page; the new pages (en cas de problème, PFMP pour l'employeur, contacts) exist,
 * are linked and never show an unverified address; every page shows « Mis à jour le ».
 */
class MementoCorrectionsTest {

    @TempDir
    static Path folder;
    private static Path output;
    private static BuildResult result;
    /** Address → normalised text of {@code main}, for every published page. */
    private static final Map<String, String> MAIN = new TreeMap<>();
    private static final Map<String, Document> DOCS = new TreeMap<>();

    @BeforeAll
    static void buildTheRealSite() throws IOException {
        output = folder.resolve("site");
        Clock clock = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        result = new SiteBuild(new BuildOptions(Path.of("").toAbsolutePath(), output, false, true), BuildLog.silent(),
                clock).run();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
                String address = "/" + output.relativize(file.getParent()).toString().replace('\\', '/') + "/";
                Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), address.replace("//", "/"));
                if (doc.selectFirst("meta[http-equiv=refresh]") == null) {
                    DOCS.put(address.replace("//", "/"), doc);
                    MAIN.put(address.replace("//", "/"), normalise(doc.selectFirst("main").text()));
                }
            }
        }
    }

    /** Typographic apostrophes and non-breaking spaces back to plain ones, so that assertions read naturally. */
    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String main(String address) {
        assertThat(MAIN).as("page publiée " + address).containsKey(address);
        return MAIN.get(address);
    }

    @Test
    void theRealSiteStillBuildsWithoutFindingOnThatDay() {
        // but the one expected warning: the site's public address (site.yaml, url) is still « à confirmer »
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("url"));
        assertThat(MAIN).hasSizeGreaterThan(25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/memento/"})
    void tpeAreVerySmallCompaniesAndPmeSmallAndMediumOnes(String address) {
        assertThat(main(address)).contains("très petites entreprises (TPE, moins de 10 personnes)")
                .contains("petites et moyennes entreprises (PME)");
        MAIN.forEach((page, text) -> assertThat(text).as(page).doesNotContain("petites et moyennes entreprises (TPE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/memento/", "/memento/listes-de-controle/", "/memento/pendant-le-stage/",
            "/memento/role-du-tuteur/", "/memento/avant-le-stage/", "/memento/faq/", "/stage-collectif/",
            "/stage-collectif/trame-type/"})
    void theMachineRuleForbidsAnyManoeuvreAndEvenLightWork(String address) {
        assertThat(main(address)).containsPattern("aucun travail, même léger|travaux légers");
        // Each paragraph, cell and checklist item that speaks of machines says it; a bullet may lean on its list.
        for (Element element : DOCS.get(address).select("main p, main td, main li")) {
            String text = normalise(element.text());
            boolean covered = text.contains("manœuvre") || element.tagName().equals("li")
                    && !element.hasClass("checklist__item") && element.parent().text().contains("manœuvre");
            if (text.contains("machine")) {
                assertThat(covered).as(address + " : « " + text + " »").isTrue();
            }
        }
        MAIN.forEach((page, text) -> assertThat(text).as(page)
                .doesNotContain("n'utilise aucune machine ni aucun produit interdits aux mineurs.")
                .doesNotContain("n'approche aucune machine"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/memento/les-trois-stages/", "/memento/cadre-legal/", "/memento/pfmp-employeur/"})
    void pfmpLastTwentyWeeksUnderTheTexts2018And2024(String address) {
        assertThat(main(address))
                .contains("20 semaines sur les trois ans (depuis 2024), réparties selon la spécialité : à confirmer auprès du lycée")
                .contains("21 novembre 2018").contains("décret n° 2024-542 du 13 juin 2024");
        MAIN.forEach((page, text) -> assertThat(text).as(page).doesNotContain("10 février 2009").doesNotContain("22 semaines"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/memento/pendant-le-stage/", "/memento/role-du-tuteur/", "/memento/en-cas-de-probleme/"})
    void secondePupilsStayUnderTheSchoolsResponsibilityToo(String address) {
        assertThat(main(address)).containsPattern("En 3e comme en seconde, (l'élève garde son statut scolaire et )?(il )?reste"
                + " sous la responsabilité du chef d'établissement de son collège ou de son lycée|En 3e comme en seconde, il reste sous la responsabilité");
        MAIN.forEach((page, text) -> assertThat(text).as(page).doesNotContain("En 3e, l'élève reste sous la responsabilité"));
    }

    @Test
    void seconde2026DatesAreGivenToConfirmAndTheSnuExemptionIsHistorical() {
        assertThat(main("/memento/les-trois-stages/")).contains("du 15 au 26 juin 2026 (à confirmer auprès du lycée)")
                .doesNotContain("2026 à confirmer non communiqué");
        assertThat(main("/memento/cadre-legal/")).contains("du 15 au 26 juin 2026, à confirmer auprès du lycée")
                .contains("« mise en extinction » du SNU").contains("Elle est historique")
                .doesNotContain("La situation actuelle du SNU n'a pas été vérifiée");
        assertThat(main("/memento/faq/")).contains("est historique").doesNotContain("Oui, dans trois cas");
        MAIN.forEach((page, text) -> assertThat(text).as(page).doesNotContain("2026 : à confirmer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/memento/", "/groupe-de-travail/", "/videos/", "/stage-collectif/",
            "/stage-collectif/trame-type/"})
    void theNineteenthOfNovemberMeetingIsPast(String address) {
        assertThat(main(address)).contains("s'est tenue le 19 novembre 2025 ; relevé non communiqué");
        MAIN.forEach((page, text) -> assertThat(text).as(page).doesNotContainPattern(
                "(?i)prochaine réunion|prévue le 19 novembre 2025|est prévu à la réunion"));
    }

    @Test
    void expiredProgrammesAreSaidToHaveEnded() {
        assertThat(main("/mixite/")).contains("2020-2024 : elle est arrivée à son terme")
                .contains("2022-2025, qui est terminée").contains("n'est pas connue de ce site")
                .doesNotContain("pour 2022-2025 comprend").doesNotContain("La suite donnée à cette convention après 2024");
        assertThat(main("/ressources/")).contains("La politique d'orientation 2022-2025, aujourd'hui terminée");
    }

    @Test
    void pfmpIsSpelledOutAtItsFirstUseOnEveryPage() {
        Pattern expansion = Pattern.compile("formation en milieu professionnel,? (\\(|ou )$");
        int checked = 0;
        for (Map.Entry<String, Document> page : DOCS.entrySet()) {
            String prose = normalise(page.getValue().select("main .prose").text());
            int first = prose.indexOf("PFMP");
            if (first >= 0) {
                checked++;
                String before = prose.substring(Math.max(0, first - 60), first);
                assertThat(expansion.matcher(before).find()).as(page.getKey() + " : « …" + before + "PFMP »").isTrue();
            }
        }
        assertThat(checked).isGreaterThan(12);
    }

    @Test
    void levelsAreWritten3eAnd1re() {
        // Titles of cited sources keep their own wording: the sources callout is left out.
        DOCS.forEach((page, doc) -> {
            Element main = doc.selectFirst("main").clone();
            main.select(".callout--sources").remove();
            assertThat(normalise(main.text())).as(page)
                    .doesNotContainPattern("3ème|3è\\b|1ère|1ere\\b|\\ben première\\b|début de première");
        });
    }

    @Test
    void theSiteSpeaksWithOneImpersonalVoice() {
        Pattern we = Pattern.compile("(?iu)(?<![\\p{L}-])(nous|notre|nos)(?![\\p{L}-])");
        MAIN.forEach((page, text) -> {
            Matcher matcher = we.matcher(text);
            assertThat(matcher.find()).as(page + " : « " + (matcher.find(0) ? text.substring(Math.max(0, matcher.start() - 40),
                    Math.min(text.length(), matcher.end() + 40)) : "") + " »").isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/memento/cadre-legal/", "/memento/avant-le-stage/"})
    void theStateInsuringItselfOnlyConcernsStateServices(String address) {
        assertThat(main(address)).contains("services de l'État").contains("une entreprise, une association ou une collectivité");
        MAIN.forEach((page, text) -> assertThat(text).as(page).doesNotContain("L'État, lui, est son propre assureur"));
    }

    @Test
    void theSiteDoesNotClaimTheWorkingGroupWroteOrValidatedIt() {
        assertThat(main("/mentions-legales/")).contains("Éditeur : à confirmer")
                .doesNotContain("sont rédigés par le groupe de travail").doesNotContain("est édité par le CREFOP");
        assertThat(main("/")).contains("Son éditeur est à confirmer").doesNotContain("Ce site est publié par");
        for (Map.Entry<String, Document> page : DOCS.entrySet()) {
            assertThat(normalise(page.getValue().select("footer").text())).as(page.getKey()).contains("Éditeur du site : à confirmer");
            assertThat(normalise(page.getValue().text())).as(page.getKey()).doesNotContain("Qui publie ce site")
                    .doesNotContain("s'engage à rendre son site").doesNotContain("Il publie ce site");
        }
    }

    @Test
    void whatToDoWhenSomethingGoesWrongIsAPageWithAChecklistAndFaqEntries() {
        String page = main("/memento/en-cas-de-probleme/");
        assertThat(page).contains("le 15 (SAMU), le 18 (pompiers) ou le 112").contains("Prévenez l'établissement scolaire le jour même")
                .contains("il est à confirmer dans la convention signée").contains("Une absence ou un retard")
                .contains("Un comportement qui pose problème").contains("Arrêter le stage avant la date prévue");
        assertThat(DOCS.get("/memento/en-cas-de-probleme/").select("main ul.checklist li")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(DOCS.get("/memento/faq/").select("main h3").eachText().stream().map(MementoCorrectionsTest::normalise))
                .contains("Que faire si l'élève a un accident ?",
                "Peut-on arrêter le stage avant la date prévue ?", "Qui appeler ?");
        assertThat(main("/memento/listes-de-controle/")).contains("appeler les secours (15, 18 ou 112)");
    }

    @Test
    void thePfmpPageForEmployersSaysWhatDiffersFromObservation() {
        assertThat(main("/memento/pfmp-employeur/")).contains("Oui, les PFMP sont évaluées")
                .contains("Une convention tripartite pour chaque période").contains("50 €")
                .contains("75 €").contains("100 €").contains("Agence de services et de paiement (ASP)")
                .contains("à confirmer auprès du lycée professionnel");
    }

    @Test
    void theContactsPageStartsWithTheSchoolAndInventsNoAddress() {
        String page = main("/memento/contacts/");
        assertThat(page.indexOf("Votre premier contact : l'établissement de l'élève"))
                .isLessThan(page.indexOf("Par département"));
        assertThat(page).contains("Calvados (14)", "Eure (27)", "Manche (50)", "Orne (61)", "Seine-Maritime (76)")
                .contains("DRAIO", "rectorat", "Agence régionale de l'orientation et des métiers de Normandie", "MEDEF")
                .contains("à confirmer").doesNotContain("@").doesNotContainPattern("0\\d( ?\\d\\d){4}");
        assertThat(DOCS.get("/contact/").select("main a[href=/memento/contacts/]")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/memento/en-cas-de-probleme/", "/memento/pfmp-employeur/", "/memento/contacts/"})
    void newPagesAreInTheMementoNavigationAndLinkedFromItsIndex(String address) {
        assertThat(DOCS.get("/memento/").select("main .prose a[href=" + address + "]")).isNotEmpty();
        assertThat(DOCS.get(address).select("main .page-meta").text()).contains("Pour : Entreprises");
        assertThat(DOCS.get(address).select("main .callout--sources li")).isNotEmpty();
    }

    @Test
    void everyPageShowsItsUpdateDate() {
        DOCS.forEach((page, doc) -> assertThat(doc.select("main .page-meta time[datetime]").text())
                .as(page).matches("(1er|\\d{1,2}) \\p{L}+ \\d{4}"));
    }
}
