package fr.crefop.stages.pipeline;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: the repository's own site (content/, templates/, assets/, data/, site.yaml).
 * Features tested: it builds with no error and no warning but the missing site url, and every page can be reached from the home page.
 */
class RealSiteTest {

    @TempDir
    static Path folder;
    private static BuildResult result;
    private static Path output;

    @BeforeAll
    static void buildTheRealSite() {
        output = folder.resolve("site");
        result = new SiteBuild(new BuildOptions(Path.of("").toAbsolutePath(), output, false, true), BuildLog.silent()).run();
    }

    @Test
    void buildsWithoutAnyFinding() {
        // the one expected warning: the site's public address (site.yaml, url) is still « à confirmer »
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("site.yaml");
            assertThat(f.rule()).isEqualTo("url");
        });
        assertThat(result.pages()).isGreaterThan(15);
    }

    @Test
    void homePageIsFrenchAndLeadsEachAudience() throws IOException {
        Document home = Jsoup.parse(output.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(home.select("main h2").eachText())
                .contains("Je suis une entreprise", "Je suis un établissement scolaire", "Je suis un élève ou un parent");
        assertThat(home.text()).contains("Accessibilité : non conforme");
    }

    @Test
    void statisticsShowTheWorkingGroupsFiguresWithSources() throws IOException {
        Document stats = Jsoup.parse(output.resolve("statistiques/index.html").toFile(), "UTF-8");
        org.jsoup.nodes.Element map = stats.selectFirst("figure.stats-figure--map");
        assertThat(map.selectFirst("svg[role=img] title").text()).contains("sans solution");
        assertThat(map.select("details table tbody tr").eachText()).contains(
                "Calvados non communiqué non communiqué —",
                "Orne non communiqué non communiqué —",
                "Seine-Maritime non communiqué non communiqué —")
                .anySatisfy(row -> assertThat(row).startsWith("Eure 15 % rapporté"))
                .anySatisfy(row -> assertThat(row).startsWith("Manche 6,5 % rapporté"));
        assertThat(map.selectFirst(".stats-figure__source").text()).contains("Contours : IGN Admin Express COG 2018, Licence Ouverte");
        org.jsoup.nodes.Element chart = stats.selectFirst("figure.stats-figure--chart");
        assertThat(chart.select("details table tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).startsWith("Normandie 91,77 % rapporté"));
        for (org.jsoup.nodes.Element source : stats.select("figure .stats-figure__source a")) {
            assertThat(stats.getElementById(source.attr("href").substring(source.attr("href").indexOf('#') + 1))).isNotNull();
        }
        assertThat(stats.select("span.stat").eachText()).anySatisfy(t -> assertThat(t).startsWith("91,77 %"));
        assertThat(output.resolve("statistiques/donnees.csv")).exists();
    }

    @Test
    void theFilmPageShowsTheUpcomingStateAndTheFamiliesPageHasItsFlyer() throws IOException {
        Document videos = Jsoup.parse(output.resolve("videos/index.html").toFile(), "UTF-8");
        assertThat(videos.selectFirst(".video__state").text()).isEqualTo("Vidéo à venir");
        assertThat(videos.select("video, iframe")).isEmpty();
        Document flyer = Jsoup.parse(output.resolve("familles/affiche/index.html").toFile(), "UTF-8");
        assertThat(flyer.selectFirst("h1").text()).isEqualTo("Pour les familles");
        assertThat(flyer.selectFirst(".flyer__qr--missing").text()).contains("adresse à confirmer");
        Document mixite = Jsoup.parse(output.resolve("mixite/index.html").toFile(), "UTF-8");
        assertThat(mixite.selectFirst(".testimonies__empty").text()).startsWith("Aucun témoignage n'est publié");
        assertThat(mixite.select("figure.testimony")).isEmpty();
    }

    @Test
    void everyPageIsReachableFromTheHomePage() throws IOException {
        Set<String> pages;
        try (Stream<Path> files = Files.walk(output)) {
            pages = new HashSet<>(files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> "/" + output.relativize(f).toString().replace('\\', '/')).toList());
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/index.html"));
        while (!queue.isEmpty()) {
            String page = queue.poll();
            if (!reached.add(page)) {
                continue;
            }
            Document document = Jsoup.parse(Files.readString(output.resolve(page.substring(1)), StandardCharsets.UTF_8), page);
            for (String href : document.select("a[href]").eachAttr("href")) {
                if (href.startsWith("http") || href.startsWith("mailto:") || href.startsWith("tel:")) {
                    continue;
                }
                String path = URI.create("http://site" + page).resolve(href.replace(" ", "%20")).getPath();
                String file = path.endsWith("/") ? path + "index.html" : path;
                if (pages.contains(file)) {
                    queue.add(file);
                }
            }
        }
        assertThat(pages).isSubsetOf(reached);
    }
}
