package fr.crefop.stages.content;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.Severity;
import fr.crefop.stages.diag.SiteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser(Set.of("page", "home"));
    private final Findings warnings = new Findings();

    @Test
    void readsTypedHeaderAndBodyLine() {
        FrontMatterParser.Parsed parsed = parser.parse("""
                ---
                title: "Stage de seconde : le cadre"
                description: Ce qu'il faut savoir.
                layout: home
                date: 2025-10-06
                audience: [entreprises, etablissements]
                level: [seconde, 3e]
                tags: [tuteur]
                aliases: [ancien/cadre]
                order: 20
                toc: false
                ---
                Premier paragraphe.
                """, "content/a.md", warnings);

        FrontMatter fm = parsed.frontMatter();
        assertThat(fm.title()).isEqualTo("Stage de seconde : le cadre");
        assertThat(fm.layout()).isEqualTo("home");
        assertThat(fm.date()).contains(LocalDate.of(2025, 10, 6));
        assertThat(fm.audiences()).containsExactly(Audience.ENTREPRISES, Audience.ETABLISSEMENTS);
        assertThat(fm.levels()).containsExactly(Level.SECONDE, Level.TROISIEME);
        assertThat(fm.aliases()).containsExactly(new Alias("/ancien/cadre/", 9));
        assertThat(fm.order()).isEqualTo(20);
        assertThat(fm.toc()).contains(false);
        assertThat(fm.draft()).isFalse();
        assertThat(parsed.bodyLine()).isEqualTo(13);
        assertThat(parsed.body()).startsWith("Premier paragraphe.");
        assertThat(warnings.sorted()).isEmpty();
    }

    @Test
    void keepsValuesAsWrittenWithoutYamlGuessing() {
        FrontMatter fm = parser.parse("---\ntitle: 01000\ndescription: yes\n---\n", "content/a.md", warnings).frontMatter();
        assertThat(fm.title()).isEqualTo("01000");
        assertThat(fm.description()).isEqualTo("yes");
    }

    @Test
    void warnsAboutUnknownKeysWithTheirLine() {
        parser.parse("---\ntitle: T\ndescription: D\nauteur: Moi\n---\n", "content/a.md", warnings);
        assertThat(warnings.sorted()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("content/a.md:4");
            assertThat(f.message()).contains("auteur");
        });
    }

    @Test
    void draftsNeedNoDescription() {
        FrontMatter fm = parser.parse("---\ntitle: T\nstatus: draft\n---\n", "content/a.md", warnings).frontMatter();
        assertThat(fm.draft()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed YAML       | title: [a, b\\ndescription: D                 | 3 | YAML invalide",
            "missing title        | description: D                               | 2 | pas de titre",
            "missing description  | title: T                                     | 2 | pas de description",
            "unknown layout       | title: T\\ndescription: D\\nlayout: fiche    | 4 | mise en page inconnue « fiche »",
            "invalid date         | title: T\\ndescription: D\\ndate: 06/10/2025 | 4 | date invalide « 06/10/2025 »",
            "unknown status       | title: T\\ndescription: D\\nstatus: publié  | 4 | statut inconnu",
            "unknown audience     | title: T\\ndescription: D\\naudience: [profs] | 4 | public inconnu « profs »",
            "duplicate key        | title: T\\ndescription: D\\ntitle: U         | 4 | apparaît deux fois",
    })
    void rejectsBadHeaderAtItsLine(String name, String yaml, int line, String message) {
        String text = "---\n" + yaml.replace("\\n", "\n") + "\n---\nCorps\n";
        assertThatThrownBy(() -> parser.parse(text, "content/a.md", warnings))
                .isInstanceOfSatisfying(SiteException.class, e -> {
                    Finding finding = e.findings().get(0);
                    assertThat(finding.location()).isEqualTo("content/a.md:" + line);
                    assertThat(finding.message()).contains(message);
                    assertThat(finding.hint()).isNotBlank();
                });
    }

    @Test
    void rejectsFileWithoutHeader() {
        assertThatThrownBy(() -> parser.parse("# Titre\n", "content/a.md", warnings))
                .isInstanceOfSatisfying(SiteException.class, e ->
                        assertThat(e.findings().get(0).hint()).contains("« --- »"));
    }

    @Test
    void rejectsHeaderNeverClosed() {
        assertThatThrownBy(() -> parser.parse("---\ntitle: T\n\nTexte\n", "content/a.md", warnings))
                .isInstanceOfSatisfying(SiteException.class, e -> {
                    assertThat(e.findings().get(0).location()).isEqualTo("content/a.md:1");
                    assertThat(e.findings().get(0).hint()).contains("oublié la ligne « --- »");
                });
    }
}
