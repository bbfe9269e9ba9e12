package fr.crefop.stages.pipeline;

import fr.crefop.stages.bake.StaticFiles;
import fr.crefop.stages.content.Addresses;
import fr.crefop.stages.content.Alias;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.paths.ContainedPath;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every file the build will publish, with what asks for it: pages, old addresses, generated files, assets and images.
 * Two of them on one file would silently overwrite each other (an alias turning the stylesheet into a redirect page):
 * that is an error naming both. A file that would land outside the output folder is an error too.
 * Files are compared ignoring case, as they would collide on Windows and macOS disks.
 */
final class OutputClaims {

    /** One file to publish and what asks for it, e.g. {@code l'alias /x/} from {@code content/a.md:5}. */
    private record Claim(String output, String what, String source, int line) {
        String describe() {
            return what.isEmpty() ? source : what + " (" + (line > 0 ? source + ":" + line : source) + ")";
        }
    }

    private final Path output;
    private final Findings findings;
    private final Map<String, Claim> claims = new HashMap<>();

    private OutputClaims(Path output, Findings findings) {
        this.output = output;
        this.findings = findings;
    }

    /**
     * @param output    the output folder (only used to check containment)
     * @param generated generated files (open data) by output path
     * @param statics   assets and content files copied as they are
     */
    static void check(Path output, SiteIndex index, Map<String, byte[]> generated, List<StaticFiles.Copy> statics,
                      Findings findings) {
        OutputClaims claims = new OutputClaims(output, findings);
        claims.claim(new Claim(Publisher.MARKER, "", "le fichier interne " + Publisher.MARKER, 0));
        generated.keySet().stream().sorted().forEach(file ->
                claims.claim(new Claim(file, "", file + " (données ouvertes produites depuis data/statistiques)", 0)));
        for (StaticFiles.Copy copy : statics) {
            claims.claim(new Claim(copy.outputPath(), "", copy.sourcePath(), 0));
        }
        for (SourcePage page : index.pages()) {
            claims.claim(new Claim(page.outputFile(), "la page " + page.address(), page.path(), 0));
        }
        for (Map.Entry<String, SourcePage> alias : index.aliases().entrySet()) {
            SourcePage page = alias.getValue();
            int line = page.frontMatter().aliases().stream().filter(a -> a.address().equals(alias.getKey()))
                    .mapToInt(Alias::line).findFirst().orElse(0);
            claims.claim(new Claim(Addresses.outputFile(alias.getKey()), "l'alias " + alias.getKey(), page.path(), line));
        }
    }

    private void claim(Claim claim) {
        if (ContainedPath.resolve(output, claim.output()).isEmpty()) {
            findings.add(Finding.error(claim.source(), claim.line(), "path",
                    claim.what() + " sortirait du dossier du site produit (" + ContainedPath.printable(claim.output()) + ")",
                    "une adresse reste dans le site : sans « .. », « \\ », « : » ni caractère de contrôle"));
            return;
        }
        Claim previous = claims.putIfAbsent(claim.output().toLowerCase(Locale.ROOT), claim);
        if (previous != null) {
            findings.add(Finding.error(claim.source(), claim.line(), "output",
                    (claim.what().isEmpty() ? "le fichier " + claim.source() : claim.what()) + " publierait le même fichier ("
                            + claim.output() + ") que " + previous.describe(),
                    "changez l'une des deux adresses (ou renommez le fichier) : sinon l'une effacerait l'autre"));
        }
    }
}
