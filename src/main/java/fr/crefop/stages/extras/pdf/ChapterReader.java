package fr.crefop.stages.extras.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a mémento page as the build wrote it (typography, tables and checklists already done), and keeps what the
 * PDF shows: its title, its date and its text. The navigation, the table of contents and the download link stay
 * on the site.
 */
final class ChapterReader {

    private final PdfLinks links;

    ChapterReader(PdfLinks links) {
        this.links = links;
    }

    Chapter read(Path file, String anchor, String pageUrl) {
        Document page;
        try {
            page = Jsoup.parse(file.toFile(), "UTF-8", pageUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " for the PDF", e);
        }
        Element h1 = page.selectFirst("main h1");
        String title = h1 == null ? page.title() : h1.text();
        Optional<LocalDate> date = Optional.ofNullable(page.selectFirst("main .page-meta time[datetime]"))
                .flatMap(time -> parse(time.attr("datetime")));
        Element prose = page.selectFirst("main .prose");
        Element body = new Element("div").addClass("chapter__body");
        if (prose != null) {
            body.appendChildren(prose.childNodesCopy());
        }
        paperChecklists(body);
        for (Element scroll : body.select(".table-scroll")) {
            scroll.removeAttr("tabindex").removeAttr("role").removeAttr("aria-label");
        }
        links.rewrite(body, anchor, pageUrl);
        return new Chapter(anchor, title, date, body);
    }

    /** On paper a checklist is a list of boxes to tick with a pen: the form controls become boxes again. */
    private static void paperChecklists(Element body) {
        for (Element input : body.select(".checklist input[type=checkbox]")) {
            Element box = new Element("span").addClass("checklist__box");
            if (input.hasAttr("checked")) {
                box.text("✓");
            }
            input.replaceWith(box);
        }
        body.select(".checklist label").unwrap();
    }

    private static Optional<LocalDate> parse(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
