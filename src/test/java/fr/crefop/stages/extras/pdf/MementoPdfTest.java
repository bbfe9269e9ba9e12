package fr.crefop.stages.extras.pdf;

import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.SiteBuild;
import fr.crefop.stages.testing.TestSite;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: the repository's own site, built once; and a two-page mémento written in the test.
 * Features tested: the build writes memento/memento-entreprises.pdf; every mémento page links to it with the page
 * count read from the file and its size; the PDF has the mémento's titles in the site's reading order, a table of
 * contents with the right page numbers, French text that extracts as written, embedded fonts only, title, author
 * and language in its metadata, links between mémento pages that stay inside the PDF; the same site gives the
 * same bytes twice; a site without a mémento gets no PDF.
 */
class MementoPdfTest {

    private static final Pattern DETAILS = Pattern.compile("\\(PDF, (\\d+)[\\s\\u00a0]pages?, (\\d+)[\\s\\u00a0]Ko\\)");

    @TempDir
    static Path folder;
    private static Path output;
    private static Path pdfFile;
    private static String text;

    @BeforeAll
    static void buildTheRealSite() throws IOException {
        output = folder.resolve("site");
        new SiteBuild(new BuildOptions(Path.of("").toAbsolutePath(), output, false, true), BuildLog.silent()).run();
        pdfFile = output.resolve(MementoPdf.FILE);
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = spaces(stripper.getText(pdf));
        }
    }

    @Test
    void everyMementoPageLinksToThePdfWithItsPageCountAndSize() throws IOException {
        int pages;
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            pages = pdf.getNumberOfPages();
        }
        long kilobytes = (Files.size(pdfFile) + 1023) / 1024;
        List<Path> mementoPages = mementoHtml();
        assertThat(mementoPages).hasSizeGreaterThan(8);
        for (Path page : mementoPages) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            var link = html.selectFirst("main a.download__link");
            assertThat(link).as(page.toString()).isNotNull();
            assertThat(link.attr("href")).isEqualTo("/" + MementoPdf.FILE);
            Matcher details = DETAILS.matcher(link.text());
            assertThat(details.find()).as(link.text()).isTrue();
            assertThat(Integer.parseInt(details.group(1))).isEqualTo(pages);
            assertThat(Long.parseLong(details.group(2))).isEqualTo(kilobytes);
            assertThat(link.text()).startsWith("Télécharger le mémento (PDF, ");
            // the link is not part of the page's text, so the PDF does not contain its own link
            assertThat(html.select(".prose a.download__link")).isEmpty();
        }
        assertThat(text).doesNotContain("Télécharger le mémento");
    }

    @Test
    void theTitlesOfTheMementoPagesFollowTheSitesReadingOrder() throws IOException {
        List<String> titles = titlesInReadingOrder();
        assertThat(titles.get(0)).isEqualTo("Le mémento pour les TPE et PME");
        int from = 0;
        for (String title : titles) {
            int at = text.indexOf(title + "\nMis à jour le", from);
            assertThat(at).as("« %s » after position %d", title, from).isGreaterThanOrEqualTo(from);
            from = at + title.length();
        }
    }

    @Test
    void theTableOfContentsGivesThePageOfEachChapter() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            for (String title : titlesInReadingOrder()) {
                Matcher entry = Pattern.compile(Pattern.quote(title) + " *\\.{3,} *(\\d+)").matcher(text);
                assertThat(entry.find()).as("entrée du sommaire pour « %s »", title).isTrue();
                int page = Integer.parseInt(entry.group(1));
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(spaces(stripper.getText(pdf))).as("page %d", page).contains(title + "\nMis à jour le");
            }
        }
    }

    @Test
    void frenchTextExtractsAsWritten() {
        assertThat(text).contains("Le mémento pour les TPE et PME", "élève", "Éditeur : à confirmer", "manœuvre",
                "« son propre assureur »", "€", "Contenu à jour au ", "Sources");
        assertThat(text).doesNotContain("\uFFFD");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                    fonts++;
                }
            }
            assertThat(fonts).isGreaterThan(0);
        }
    }

    @Test
    void metadataSayTitleAuthorLanguageAndTheDocumentIsTagged() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Le mémento pour les TPE et PME — Mémento Stages Normandie");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("à confirmer");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getDocumentOutline()).isNotNull();
        }
    }

    @Test
    void linksBetweenMementoPagesStayInsideThePdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            int inside = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link
                            && (link.getDestination() != null || link.getAction() instanceof PDActionGoTo)) {
                        inside++;
                    }
                }
            }
            assertThat(inside).isGreaterThan(20);
        }
    }

    @Test
    void theSameSiteGivesTheSameBytesAndLinksWorkInside(@TempDir Path site) throws IOException {
        String files = TestSite.HOME + """
                -- content/memento/index.md --
                ---
                title: Le mémento
                description: Pour les entreprises.
                date: 2025-10-06
                ---
                Lisez [la FAQ](faq.md#qui-signe), puis [les statistiques](../stats.md) et [le ministère](https://www.education.gouv.fr/).

                - [ ] Signer la convention
                -- content/memento/faq.md --
                ---
                title: "Questions : réponses"
                description: Les questions.
                date: 2026-03-02
                ---
                ## Qui signe ?

                L'entreprise, l'élève et l'établissement : « trois signatures ». Allocation : 50 €.
                -- content/stats.md --
                ---
                title: Statistiques
                description: Les chiffres.
                ---
                Des chiffres.
                """;
        TestSite first = TestSite.write(site.resolve("a"), files);
        first.build();
        TestSite second = TestSite.write(site.resolve("b"), files);
        second.build();
        byte[] bytes = Files.readAllBytes(first.output().resolve(MementoPdf.FILE));
        assertThat(bytes).isEqualTo(Files.readAllBytes(second.output().resolve(MementoPdf.FILE)));
        assertThat(first.read("memento/index.html")).isEqualTo(second.read("memento/index.html"));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String pdfText = spaces(new PDFTextStripper().getText(pdf));
            assertThat(pdfText).contains("Contenu à jour au 2 mars 2026", "Questions : réponses",
                    "« trois signatures »", "50 €", "(sur le site : /stats/)", "(https://www.education.gouv.fr/)");
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).hasToString("2026-03-02T00:00:00Z");
        }
        assertThat(first.page("/memento/faq/").selectFirst("a.download__link").text()).matches(".*\\(PDF, \\d+.pages?, \\d+.Ko\\)");
        assertThat(first.page("/stats/").selectFirst("a.download__link")).isNull();
    }

    @Test
    void theNextBuildKeepsThePdfWhileTheMementoIsUnchanged(@TempDir Path site) throws IOException {
        TestSite test = TestSite.write(site, TestSite.HOME + """
                -- content/memento/index.md --
                ---
                title: Le mémento
                description: Pour les entreprises.
                date: 2025-10-06
                ---
                Première version.
                -- content/autre.md --
                ---
                title: Autre page
                description: Hors du mémento.
                ---
                Texte.
                """);
        Path pdf = test.output().resolve(MementoPdf.FILE);
        assertThat(logOf(test)).contains("extras", "PDF du mémento").doesNotContain("(inchangé)");
        byte[] first = Files.readAllBytes(pdf);

        test.add("""
                -- content/autre.md --
                ---
                title: Autre page
                description: Hors du mémento.
                ---
                Texte changé.
                """);
        assertThat(logOf(test)).contains("(inchangé)");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(first);

        test.add("""
                -- content/memento/index.md --
                ---
                title: Le mémento
                description: Pour les entreprises.
                date: 2025-10-06
                ---
                Deuxième version.
                """);
        assertThat(logOf(test)).doesNotContain("(inchangé)");
        try (PDDocument made = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(made)).contains("Deuxième version").doesNotContain("Première version");
        }
    }

    private static String logOf(TestSite site) {
        java.io.StringWriter log = new java.io.StringWriter();
        new SiteBuild(new BuildOptions(site.root(), site.output(), false, true), new BuildLog(new java.io.PrintWriter(log))).run();
        return log.toString();
    }

    @Test
    void aSiteWithoutMementoHasNoPdf(@TempDir Path site) {
        TestSite test = TestSite.write(site, TestSite.HOME);
        test.build();
        assertThat(test.exists(MementoPdf.FILE)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0, 0 octet", "1, 1 octet", "850, 850 octets", "1024, 1 Ko", "1025, 2 Ko", "184320, 180 Ko",
            "1258291, '1,2 Mo'"})
    void sizesReadTheFrenchWay(long bytes, String expected) {
        assertThat(PdfSummary.size(bytes).replace('\u00a0', ' ')).isEqualTo(expected);
    }

    /** Titles of content/memento/*.md: the section's page first, then by order and title (as the site orders them). */
    private static List<String> titlesInReadingOrder() throws IOException {
        record Entry(boolean index, int order, String title) {
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content/memento"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher title = Pattern.compile("(?m)^title: \"?(.*?)\"?$").matcher(source);
                Matcher order = Pattern.compile("(?m)^order: (\\d+)$").matcher(source);
                assertThat(title.find()).isTrue();
                entries.add(new Entry(file.getFileName().toString().equals("index.md"),
                        order.find() ? Integer.parseInt(order.group(1)) : 0, title.group(1).replace("'", "’")));
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> !e.index()).thenComparingInt(Entry::order).thenComparing(Entry::title));
        return entries.stream().map(Entry::title).toList();
    }

    private static List<Path> mementoHtml() throws IOException {
        try (Stream<Path> files = Files.walk(output.resolve("memento"))) {
            // the mémento's pages, not their flyers (…/affiche/), which are print views without the download link
            return files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .filter(f -> !f.getParent().getFileName().toString().equals("affiche")).sorted().toList();
        }
    }

    /** No-break spaces read as spaces, lines without their trailing space. */
    private static String spaces(String extracted) {
        return extracted.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll(" +\n", "\n").replace("\r", "");
    }
}
