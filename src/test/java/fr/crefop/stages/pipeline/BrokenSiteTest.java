package fr.crefop.stages.pipeline;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: one valid page, then one broken site per kind of error. Features tested: each error names its file, line
 * and fix; every error of a step is reported before the build stops; the published site is left untouched.
 */
class BrokenSiteTest {

    private static final String HOME = TestSite.HOME;

    @TempDir
    Path folder;

    private static Finding onlyError(SiteException e) {
        return TestSite.onlyError(e);
    }

    @Test
    void reportsMalformedYamlAtItsLine() {
        SiteException e = TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                title: Page
                description: "non fermée
                ---
                """).buildFails();
        Finding finding = onlyError(e);
        assertThat(finding.path()).isEqualTo("content/a.md");
        assertThat(finding.line()).isBetween(3, 5);
        assertThat(finding.message()).startsWith("YAML invalide");
    }

    @Test
    void reportsMissingTitle() {
        Finding finding = onlyError(TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                description: Sans titre.
                ---
                """).buildFails());
        assertThat(finding.location()).isEqualTo("content/a.md:2");
        assertThat(finding.message()).isEqualTo("la page n'a pas de titre");
        assertThat(finding.hint()).contains("title:");
    }

    @Test
    void reportsUnknownLayoutAndListsTheKnownOnes() {
        Finding finding = onlyError(TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                title: Page
                description: D.
                layout: fiche
                ---
                """).buildFails());
        assertThat(finding.location()).isEqualTo("content/a.md:4");
        assertThat(finding.hint()).contains("page", "section");
    }

    @Test
    void reportsInvalidDate() {
        Finding finding = onlyError(TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                title: Page
                description: D.
                date: 31/12/2025
                ---
                """).buildFails());
        assertThat(finding.location()).isEqualTo("content/a.md:4");
        assertThat(finding.hint()).contains("AAAA-MM-JJ");
    }

    @Test
    void reportsEveryBrokenFileBeforeStopping() {
        SiteException e = TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                description: Sans titre.
                ---
                -- content/b.md --
                ---
                title: B
                description: D.
                date: hier
                ---
                """).buildFails();
        assertThat(e.step()).isEqualTo("load");
        assertThat(e.findings()).extracting(Finding::location).containsExactly("content/a.md:2", "content/b.md:4");
    }

    @Test
    void reportsTemplateErrorWithTemplateNameAndLine() {
        SiteException e = TestSite.write(folder, HOME + """
                -- templates/page.ftl --
                <!DOCTYPE html>
                <html lang="fr"><head><title>${page.title}</title></head>
                <body><main>${page.inexistant}</main></body></html>
                -- assets/site.css --
                body {}
                """).buildFails();
        Finding finding = onlyError(e);
        assertThat(finding.path()).isEqualTo("templates/page.ftl");
        assertThat(finding.line()).isEqualTo(3);
        assertThat(finding.message()).contains("inexistant");
        assertThat(finding.hint()).contains("content/index.md");
    }

    @Test
    void reportsABrokenLinkInALayoutOnceForAllItsPages() {
        SiteException e = TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                title: A
                description: D.
                ---
                Texte.
                -- templates/page.ftl --
                <!DOCTYPE html>
                <html lang="fr"><head><title>${page.title}</title><meta name="description" content="${page.description}"></head>
                <body><main><h1>${page.title}</h1><a href="/absente/">lien</a>${page.body?no_esc}</main></body></html>
                -- assets/site.css --
                body {}
                """).buildFails();
        Finding finding = onlyError(e);
        assertThat(finding.path()).isEqualTo("templates/page.ftl");
        assertThat(finding.message()).contains("/absente/", "2 pages : /, /a/");
    }

    @Test
    void reportsTwoSourcesWithTheSameAddress() {
        Finding finding = onlyError(TestSite.write(folder, HOME + """
                -- content/memento.md --
                ---
                title: A
                description: D.
                ---
                -- content/Mémento.md --
                ---
                title: B
                description: D.
                ---
                """).buildFails());
        assertThat(finding.path()).isEqualTo("content/memento.md");
        assertThat(finding.message()).contains("/memento/", "content/Mémento.md");
    }

    @Test
    void reportsLinkToMissingPageAtItsLine() {
        Finding finding = onlyError(TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                title: A
                description: D.
                ---
                Premier paragraphe.

                Voir [la FAQ](faq.md).
                """).buildFails());
        assertThat(finding.location()).isEqualTo("content/a.md:7");
        assertThat(finding.message()).contains("faq.md").contains("introuvable");
    }

    @Test
    void reportsLinkToMissingAnchorAtItsLine() {
        Finding finding = onlyError(TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                title: A
                description: D.
                ---
                ## Le tuteur

                Texte.

                Voir [le rôle](b.md#role).
                -- content/b.md --
                ---
                title: B
                description: D.
                ---
                ## Rôle du tuteur
                """).buildFails());
        assertThat(finding.location()).isEqualTo("content/a.md:9");
        assertThat(finding.message()).contains("#role");
        assertThat(finding.hint()).contains("#role-du-tuteur");
    }

    @Test
    void reportsBrokenAddressLink() {
        Finding finding = onlyError(TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                title: A
                description: D.
                ---
                Voir [la FAQ](/memento/faq/).
                """).buildFails());
        assertThat(finding.location()).isEqualTo("content/a.md:5");
        assertThat(finding.message()).startsWith("lien cassé");
    }

    @Test
    void reportsImageWithoutAlternative() {
        Finding finding = onlyError(TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                title: A
                description: D.
                ---
                Texte.

                ![](schema.svg)
                -- content/schema.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """).buildFails());
        assertThat(finding.location()).isEqualTo("content/a.md:7");
        assertThat(finding.rule()).isEqualTo("image-alt");
    }

    @Test
    void reportsSkippedHeadingLevelAndSecondH1() {
        SiteException e = TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                title: A
                description: D.
                ---
                # Un second titre

                #### Trop profond
                """).buildFails();
        assertThat(e.findings()).filteredOn(Finding::isError)
                .extracting(Finding::location).containsExactly("content/a.md:5", "content/a.md:7");
    }

    @Test
    void reportsNavigationToMissingPageInSiteYaml() {
        Finding finding = onlyError(TestSite.write(folder, HOME + """
                -- site.yaml --
                title: Essai
                navigation:
                  - title: FAQ
                    page: faq.md
                """).buildFails());
        assertThat(finding.location()).isEqualTo("site.yaml:3");
    }

    @Test
    void leavesThePublishedSiteUntouchedWhenABuildFails() throws Exception {
        TestSite site = TestSite.write(folder, HOME);
        site.build();
        Map<String, String> before = digests(site.output());

        site.add("""
                -- content/a.md --
                ---
                title: [cassé
                ---
                """);
        site.buildFails();

        assertThat(digests(site.output())).isEqualTo(before).isNotEmpty();
        // the output is a link to its version folder; the lock file stays; no staging folder is left
        String version = Files.readSymbolicLink(site.output()).toString();
        try (Stream<Path> siblings = Files.list(site.output().getParent())) {
            assertThat(siblings).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("site", version, ".site.lock");
        }
    }

    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        Path real = folder.toRealPath();
        try (Stream<Path> files = Files.walk(real)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(real.relativize(file).toString(), HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
            }
        }
        return digests;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
