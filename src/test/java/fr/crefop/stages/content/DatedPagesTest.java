package fr.crefop.stages.content;

import fr.crefop.stages.diag.ConsoleReport;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.BuildResult;
import fr.crefop.stages.pipeline.SiteBuild;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Site: small test sites built with a fixed clock.
 * Features tested: « Mis à jour le » from the header date, else the last git commit, else the file's date;
 * {@code a_revoir} warns once past (file, line, date, what to check), never before; invalid review headers.
 */
class DatedPagesTest {

    private static final String PAGE = """
            -- content/x.md --
            ---
            title: Page datée
            description: Une page qui cite une campagne datée.
            a_revoir: 2026-06-30
            a_revoir_motif: "dates de la campagne 2026"
            ---
            Le stage a lieu du 15 au 26 juin 2026.
            """;

    @TempDir
    Path folder;

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static BuildResult build(TestSite site, LocalDate today) {
        return new SiteBuild(new BuildOptions(site.root(), site.output(), false, true), BuildLog.silent(),
                on(today)).run();
    }

    @Test
    void aPagePastItsReviewDateMakesTheBuildWarnWithFileLineDateAndWhatToCheck() {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE);
        BuildResult result = build(site, LocalDate.of(2026, 7, 1));

        assertThat(result.findings()).hasSize(1);
        Finding warning = result.findings().get(0);
        assertThat(warning.isError()).isFalse();
        assertThat(warning.rule()).isEqualTo("a-revoir");
        assertThat(ConsoleReport.format(warning)).startsWith("WARNING content/x.md:4 ")
                .contains("page à revoir depuis le 30 juin 2026 (a_revoir: 2026-06-30) : dates de la campagne 2026");
        assertThat(warning.hint()).contains("« dates de la campagne 2026 »").contains("repoussez la date « a_revoir »");
        assertThat(site.exists("x/index.html")).as("un avertissement n'empêche pas la publication").isTrue();
    }

    @Test
    void aPageIsValidUntilItsReviewDateIncluded() {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE);
        assertThat(build(site, LocalDate.of(2026, 6, 30)).findings()).isEmpty();
        assertThat(build(site, LocalDate.of(2025, 10, 6)).findings()).isEmpty();
    }

    @Test
    void aReviewDateWithoutReasonStillNamesTheDate() {
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- content/y.md --
                ---
                title: Sans motif
                description: Une page sans motif de révision.
                date: 2025-10-06
                a_revoir: 2025-11-19
                ---
                Texte.
                """);
        List<Finding> findings = build(site, LocalDate.of(2025, 11, 20)).findings();
        assertThat(findings).extracting(ConsoleReport::format)
                .containsExactly("WARNING content/y.md:5 page à revoir depuis le 19 novembre 2025 (a_revoir: 2025-11-19)");
    }

    @Test
    void theUpdateDateComesFromTheHeaderInFrench() {
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- content/z.md --
                ---
                title: Datée
                description: Une page datée par son en-tête.
                date: 2025-10-06
                ---
                Texte.
                """);
        build(site, LocalDate.of(2026, 12, 1));
        Element time = site.page("/z/").selectFirst("main .page-meta time");
        assertThat(time.parent().text()).isEqualTo("Mis à jour le 6 octobre 2025");
        assertThat(time.attr("datetime")).isEqualTo("2025-10-06");
    }

    @Test
    void withoutHeaderDateNorGitTheFilesModificationDayIsShownOnEveryLayoutIncludingHome() throws IOException {
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- content/sans-date.md --
                ---
                title: Sans date
                description: Une page sans date dans son en-tête.
                ---
                Texte.
                """);
        Files.setLastModifiedTime(site.root().resolve("content/sans-date.md"), FileTime.from(
                LocalDate.of(2024, 3, 1).atTime(10, 0).toInstant(ZoneOffset.UTC)));
        Files.setLastModifiedTime(site.root().resolve("content/index.md"), FileTime.from(
                LocalDate.of(2024, 2, 14).atTime(10, 0).toInstant(ZoneOffset.UTC)));
        build(site, LocalDate.of(2026, 12, 1));
        assertThat(site.page("/sans-date/").selectFirst("main .page-meta time").parent().text())
                .isEqualTo("Mis à jour le 1er mars 2024");
        assertThat(site.page("/").selectFirst("main .page-meta time").parent().text())
                .isEqualTo("Mis à jour le 14 février 2024");
    }

    @Test
    void inAGitRepositoryTheLastCommitDateWinsOverTheFilesDate() throws Exception {
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- content/versionnee.md --
                ---
                title: Versionnée
                description: Une page enregistrée dans git.
                ---
                Texte.
                """);
        assumeThat(git(site.root(), "init", "-q")).as("git est disponible").isZero();
        git(site.root(), "add", "content");
        assertThat(git(site.root(), "-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                "commit", "-q", "-m", "Page")).isZero();
        Files.setLastModifiedTime(site.root().resolve("content/versionnee.md"), FileTime.from(
                LocalDate.of(2024, 3, 1).atTime(10, 0).toInstant(ZoneOffset.UTC)));

        build(site, LocalDate.of(2026, 12, 1));

        assertThat(site.page("/versionnee/").selectFirst("main .page-meta time").attr("datetime")).isEqualTo("2025-01-15");
    }

    private static int git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("GIT_COMMITTER_DATE", "2025-01-15T12:00:00Z",
                "GIT_AUTHOR_DATE", "2025-01-15T12:00:00Z", "GIT_CONFIG_NOSYSTEM", "1", "HOME", dir.toString()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return -1;
        }
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    @Test
    void anInvalidReviewDateIsAnErrorOnItsLine() {
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- content/x.md --
                ---
                title: Page
                description: Une page.
                a_revoir: fin juin
                ---
                Texte.
                """);
        assertThatThrownBy(() -> build(site, LocalDate.of(2026, 1, 1))).isInstanceOfSatisfying(SiteException.class, e -> {
            Finding error = TestSite.onlyError(e);
            assertThat(ConsoleReport.format(error)).isEqualTo("ERROR content/x.md:4 date invalide « fin juin »");
            assertThat(error.hint()).contains("a_revoir: 2025-10-06");
        });
    }

    @Test
    void aReasonWithoutReviewDateIsAnError() {
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- content/x.md --
                ---
                title: Page
                description: Une page.
                a_revoir_motif: "dates 2026"
                ---
                Texte.
                """);
        assertThatThrownBy(() -> build(site, LocalDate.of(2026, 1, 1))).isInstanceOfSatisfying(SiteException.class, e ->
                assertThat(ConsoleReport.format(TestSite.onlyError(e)))
                        .isEqualTo("ERROR content/x.md:4 « a_revoir_motif » sans date « a_revoir »"));
    }

    @Test
    void theGitLogIsReadNewestCommitFirst() {
        Map<String, LocalDate> dates = PageDates.parse("""
                @2026-11-29

                content/a.md
                content/b.md
                @2025-10-06

                content/a.md
                data/statistiques/x.csv
                """);
        assertThat(dates).containsExactlyInAnyOrderEntriesOf(Map.of(
                "content/a.md", LocalDate.of(2026, 11, 29),
                "content/b.md", LocalDate.of(2026, 11, 29),
                "data/statistiques/x.csv", LocalDate.of(2025, 10, 6)));
    }

    @Test
    void frenchDatesWriteTheFirstDayOfTheMonthAsPremier() {
        assertThat(FrenchDates.format(LocalDate.of(2026, 12, 1))).isEqualTo("1er décembre 2026");
        assertThat(FrenchDates.format(LocalDate.of(2025, 10, 6))).isEqualTo("6 octobre 2025");
    }
}
