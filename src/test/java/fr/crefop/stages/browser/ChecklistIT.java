package fr.crefop.stages.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: the repository's own site, served on 127.0.0.1, opened in headless Chromium.
 * Features tested: on the checklists page, a box ticked with the keyboard (Space) has the item's text as its
 * accessible name and is still ticked after a reload (localStorage), then unticked the same way; printed to PDF on
 * A4, each checklist (its heading and all its items) stands on a single page.
 */
@ExtendWith(RealSiteExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecklistIT {

    private static final String PAGE = "/memento/listes-de-controle/";

    private ServedBrowser served;
    private SiteServer server;
    private Browser browser;

    @BeforeAll
    void start(SitePages site) {
        served = ServedBrowser.open(site.root());
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
    @DisplayName("une case cochée au clavier (Espace) reste cochée après rechargement")
    void aTickMadeWithTheKeyboardSurvivesAReload() {
        URI address = server.address(PAGE);
        browser.open(address);
        WebElement box = firstBox();
        String label = browser.driver().findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText();
        assertThat(box.getAccessibleName()).isEqualTo(label).startsWith("Publier l’offre");
        assertThat(box.isSelected()).isFalse();

        browser.script("arguments[0].focus();", box);
        browser.press(Keys.SPACE);
        assertThat(firstBox().isSelected()).isTrue();

        browser.open(address);
        assertThat(firstBox().isSelected()).as("cochée après rechargement").isTrue();

        browser.script("arguments[0].focus();", firstBox());
        browser.press(Keys.SPACE);
        browser.open(address);
        assertThat(firstBox().isSelected()).as("décochée après rechargement").isFalse();
    }

    @Test
    @DisplayName("à l'impression (A4), chaque liste de contrôle tient sur une seule page")
    void eachChecklistPrintsOnOnePage() throws IOException {
        browser.open(server.address(PAGE));
        List<Checklist> lists = new ArrayList<>();
        for (WebElement heading : browser.driver().findElements(By.cssSelector("main h2.checklist-heading"))) {
            @SuppressWarnings("unchecked")
            List<String> items = (List<String>) browser.script("""
                    const items = [];
                    for (let e = arguments[0].nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) {
                      if (e.matches('ul.checklist')) e.querySelectorAll('label').forEach(l => items.push(l.textContent));
                    }
                    return items;""", heading);
            lists.add(new Checklist(heading.getText(), items));
        }
        assertThat(lists).hasSize(5);

        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser.driver()).print(options).getContent());
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= printed.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(squeeze(stripper.getText(printed)));
            }
            System.out.printf("[checklists] %d listes imprimées sur %d pages A4%n", lists.size(), pages.size());
            assertThat(pages.size()).isBetween(lists.size(), lists.size() + 1);
            for (Checklist list : lists) {
                List<String> holding = pages.stream().filter(p -> p.contains(squeeze(list.heading()))).toList();
                assertThat(holding).as("la page de « %s »", list.heading()).hasSize(1);
                for (String item : list.items()) {
                    assertThat(holding.get(0)).as("« %s » sur la page de « %s »", item, list.heading()).contains(squeeze(item));
                }
            }
        }
    }

    private WebElement firstBox() {
        return browser.driver().findElement(By.cssSelector("main input.checklist__input"));
    }

    /** Text without any space or line break, so that wrapping does not matter. */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    private record Checklist(String heading, List<String> items) {
    }
}
