package fr.crefop.stages.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: the fixture pages of {@code src/test/resources/browser/}, served on 127.0.0.1 and opened in headless
 * Chromium. Features tested: the gate can fail. Each check of {@link SiteGateIT}, with the same code, reports the
 * problems planted in a page broken on purpose, naming the rule and the element; and it reports nothing on a page
 * that does everything right.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GateSelfTestIT {

    private ServedBrowser served;
    private SiteServer server;
    private Browser browser;

    @BeforeAll
    void start() throws URISyntaxException {
        served = ServedBrowser.open(Path.of(GateSelfTestIT.class.getResource("/browser").toURI()));
        server = served.server();
        browser = served.browser();
    }

    @BeforeEach
    void needsChromium() {
        served.assumeChromium();
    }

    @AfterAll
    void stop() {
        served.close();
    }

    @Test
    void axeNamesTheRuleAndTheElementOfEachPlantedViolation() {
        browser.open(server.address("/broken/"));

        List<GateFinding> violations = new AxeGate(browser).check("/broken/").violations();

        assertThat(violations).extracting(GateFinding::rule)
                .contains("image-alt (critical)", "color-contrast (serious)", "label (critical)");
        assertThat(violations).allSatisfy(v -> assertThat(v.page()).isEqualTo("/broken/"));
        assertThat(find(violations, "image-alt").element()).contains("#logo-sans-alt").contains("<img");
        assertThat(find(violations, "color-contrast").element()).contains("#texte-pale");
        assertThat(find(violations, "color-contrast").message()).contains("2.32");
        assertThat(find(violations, "label").element()).contains("#champ-sans-etiquette");
        assertThat(find(violations, "label").help()).startsWith("https://dequeuniversity.com/rules/axe/");
        assertThat(GateFinding.report("/broken/", "axe", violations))
                .contains("/broken/ — axe image-alt (critical)", "élément : #logo-sans-alt");
    }

    @Test
    void reflowReportsAWideBoxAndSmallText() {
        ReflowGate.Outcome outcome = new ReflowGate(browser).check("/broken/reflow/", server.address("/broken/reflow/"));
        List<GateFinding> findings = outcome.findings();

        assertThat(findings).extracting(GateFinding::rule).contains("défilement horizontal à 320 px");
        assertThat(find(findings, "élément hors de l'écran").element()).contains("div#boite-large");
        assertThat(find(findings, "texte trop petit").element()).startsWith("12px").contains("p#texte-minuscule");
        assertThat(find(outcome.toReview(), "texte de graphique petit").element()).contains("text#etiquette-minuscule");
    }

    @Test
    void textSpacingReportsCutTextAChartValueOutOfItsDrawingAndOverlappingLabels() {
        browser.viewport(TextSpacingGate.WIDTH, TextSpacingGate.HEIGHT);
        List<GateFinding> findings = new TextSpacingGate(browser).check("/broken/spacing/", server.address("/broken/spacing/"));

        assertThat(find(findings, "texte coupé").element()).contains("div#boite-fixe");
        assertThat(find(findings, "texte de graphique coupé").element()).contains("text#valeur-coupee", "svg#graphique-serre");
        assertThat(find(findings, "textes de graphique superposés").element()).contains("text#sud", "text#nord");
        assertThat(findings).allSatisfy(f -> assertThat(f.gate()).isEqualTo("spacing"));
    }

    @Test
    void keyboardReportsNoSkipLinkAnInvisibleFocusAndAPositiveTabindex() {
        List<GateFinding> findings = new KeyboardGate(browser).check("/broken/keyboard/", server.address("/broken/keyboard/"));

        assertThat(find(findings, "lien d'évitement").element()).contains("button#bouton-en-avance");
        assertThat(find(findings, "focus invisible").element()).contains("a#lien-sans-focus");
        assertThat(find(findings, "tabindex positif").element()).contains("button#bouton-en-avance");
    }

    @Test
    void requestsReportsWhatThePageTriedToFetchElsewhere() {
        List<GateFinding> findings = new RequestGate(browser)
                .check("/broken/requests/", server.address("/broken/requests/"), server.origin()).findings();

        assertThat(findings).filteredOn(f -> f.rule().equals("requête sortante")).extracting(GateFinding::element)
                .anySatisfy(request -> assertThat(request).contains("cdn.example.invalid"))
                .anySatisfy(request -> assertThat(request).contains("images.example.invalid"));
        assertThat(findings).filteredOn(f -> f.rule().equals("adresse externe chargée par la page"))
                .extracting(GateFinding::element)
                .anySatisfy(element -> assertThat(element).contains("img#image-externe"))
                .anySatisfy(element -> assertThat(element).contains("link"));
    }

    @Test
    void aPageThatDoesEverythingRightPassesEveryCheck() {
        String page = "/good/";

        browser.viewport(1280, 800);
        browser.open(server.address(page));
        assertThat(new AxeGate(browser).check(page).violations()).isEmpty();
        assertThat(new ReflowGate(browser).check(page, server.address(page)).findings()).isEmpty();
        browser.viewport(TextSpacingGate.WIDTH, TextSpacingGate.HEIGHT);
        assertThat(new TextSpacingGate(browser).check(page, server.address(page))).isEmpty();
        assertThat(new KeyboardGate(browser).check(page, server.address(page))).isEmpty();
        assertThat(new RequestGate(browser).check(page, server.address(page), server.origin()).findings()).isEmpty();
    }

    @Test
    void aPageLeftAtAnOldAddressIsCheckedItselfNotTheOneItPointsTo() {
        String page = "/good/ancienne-adresse/";

        browser.viewport(1280, 800);
        browser.open(server.address(page));

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(server.address(page).toString());
        assertThat(new AxeGate(browser).check(page).violations()).isEmpty();
        assertThat(new KeyboardGate(browser).check(page, server.address(page))).isEmpty();
    }

    private static GateFinding find(List<GateFinding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().startsWith(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no « " + rule + " » finding in:\n" + findings));
    }
}
