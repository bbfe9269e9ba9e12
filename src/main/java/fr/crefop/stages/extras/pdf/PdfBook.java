package fr.crefop.stages.extras.pdf;

import fr.crefop.stages.content.FrenchDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Assembles the mémento's chapters into one HTML document for openhtmltopdf: a cover (site, title, publisher,
 * content date), a table of contents with page numbers, the chapters in reading order, and a last page saying
 * where the text comes from.
 */
final class PdfBook {

    /**
     * What the cover and the metadata say.
     *
     * @param siteTitle   the site's name
     * @param title       the mémento's title
     * @param lead        one sentence under the title (may be empty)
     * @param publisher   the publisher named in site.yaml
     * @param onlineUrl   the mémento's public address, empty when not known yet
     * @param contentDate the newest « Mis à jour » date of the chapters
     */
    record Cover(String siteTitle, String title, String lead, String publisher, String onlineUrl,
                 Optional<LocalDate> contentDate) {

        String documentTitle() {
            return title + " — " + siteTitle;
        }
    }

    private final String css;

    PdfBook(String css) {
        this.css = css;
    }

    Document assemble(Cover cover, List<Chapter> chapters) {
        Document document = Document.createShell("");
        document.selectFirst("html").attr("lang", "fr-FR");
        head(document.head(), cover, chapters);
        Element body = document.body();
        body.appendElement("div").addClass("running-footer").text(cover.title()
                + cover.contentDate().map(d -> " — à jour au " + FrenchDates.format(d)).orElse(""));
        cover(body, cover);
        contents(body, chapters);
        for (Chapter chapter : chapters) {
            Element section = body.appendElement("section").addClass("chapter").attr("id", chapter.anchor());
            section.appendElement("h1").addClass("chapter__title").text(chapter.title());
            chapter.date().ifPresent(d -> section.appendElement("p").addClass("chapter__date")
                    .text("Mis à jour le " + FrenchDates.format(d)));
            section.appendChild(chapter.body());
        }
        colophon(body, cover);
        return document;
    }

    private void head(Element head, Cover cover, List<Chapter> chapters) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(cover.documentTitle());
        head.appendElement("meta").attr("name", "author").attr("content", cover.publisher());
        head.appendElement("meta").attr("name", "subject").attr("content", cover.lead().isEmpty() ? cover.title() : cover.lead());
        head.appendElement("meta").attr("name", "keywords").attr("content", "stage, mémento, entreprises, " + cover.siteTitle());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css));
        Element bookmarks = head.appendElement("bookmarks");
        for (Chapter chapter : chapters) {
            bookmarks.appendElement("bookmark").attr("name", chapter.title()).attr("href", "#" + chapter.anchor());
        }
    }

    private static void cover(Element body, Cover cover) {
        Element section = body.appendElement("section").addClass("cover");
        section.appendElement("p").addClass("cover__site").text(cover.siteTitle());
        section.appendElement("h1").addClass("cover__title").text(cover.title());
        if (!cover.lead().isEmpty()) {
            section.appendElement("p").addClass("cover__lead").text(cover.lead());
        }
        Element facts = section.appendElement("ul").addClass("cover__facts");
        cover.contentDate().ifPresent(d -> facts.appendElement("li").text("Contenu à jour au " + FrenchDates.format(d)));
        facts.appendElement("li").text("Éditeur : " + cover.publisher());
        if (!cover.onlineUrl().isEmpty()) {
            facts.appendElement("li").text("Version en ligne : " + cover.onlineUrl());
        }
    }

    private static void contents(Element body, List<Chapter> chapters) {
        Element nav = body.appendElement("nav").addClass("contents");
        nav.appendElement("h2").addClass("contents__title").text("Sommaire");
        Element list = nav.appendElement("ol").addClass("contents__list");
        for (Chapter chapter : chapters) {
            list.appendElement("li").appendElement("a").attr("href", "#" + chapter.anchor()).text(chapter.title());
        }
    }

    private static void colophon(Element body, Cover cover) {
        Element section = body.appendElement("section").addClass("colophon");
        section.appendElement("h1").addClass("chapter__title").text("À propos de ce document");
        section.appendElement("p").text("Ce document rassemble les pages du mémento publiées sur le site « " + cover.siteTitle()
                + " »" + cover.contentDate().map(d -> ", dans leur version du " + FrenchDates.format(d)).orElse("")
                + ". Chaque page cite ses sources officielles dans son encadré « Sources ».");
        section.appendElement("p").text(cover.onlineUrl().isEmpty()
                ? "La version en ligne, tenue à jour, est la référence."
                : "La version en ligne, tenue à jour, est la référence : " + cover.onlineUrl());
        section.appendElement("p").text("Éditeur : " + cover.publisher() + ".");
    }
}
