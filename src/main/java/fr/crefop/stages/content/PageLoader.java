package fr.crefop.stages.content;

import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.IoFailure;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.paths.ContainedPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The load step for pages: reads every {@code content/**.md}, in parallel, and types its header. */
public final class PageLoader {

    private final SiteSources sources;

    public PageLoader(SiteSources sources) {
        this.sources = sources;
    }

    /** The layouts available to pages: {@code templates/*.ftl} except partials starting with '_'. */
    public Set<String> layouts() {
        try (Stream<Path> files = Files.list(sources.templates())) {
            TreeSet<String> names = new TreeSet<>();
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".ftl") && !n.startsWith("_"))
                    .forEach(n -> names.add(n.substring(0, n.length() - 4)));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + sources.templates(), e);
        }
    }

    /**
     * Loads every page; problems of all files are collected before failing.
     *
     * @param findings receives warnings, and the errors of every file
     * @return the pages sorted by source path, drafts included (the caller filters them)
     */
    public List<SourcePage> load(Findings findings) {
        FrontMatterParser parser = new FrontMatterParser(layouts());
        List<Path> files = markdownFiles();
        return files.parallelStream()
                .map(file -> loadOne(file, parser, findings))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<SourcePage> loadOne(Path file, FrontMatterParser parser, Findings findings) {
        String path = sources.relative(file);
        String contentPath = sources.content().relativize(file).toString().replace('\\', '/');
        try {
            Optional<Finding> tooBig = PageLimits.size(path, size(file));
            if (tooBig.isPresent()) {
                findings.add(tooBig.get());
                return Optional.empty();
            }
            String text = read(file, path);
            FrontMatterParser.Parsed parsed = parser.parse(text, path, findings);
            Optional<Finding> tooDeep = PageLimits.nesting(path, parsed.body(), parsed.bodyLine());
            if (tooDeep.isPresent()) {
                findings.add(tooDeep.get());
                return Optional.empty();
            }
            return Optional.of(new SourcePage(file, path, contentPath, parsed.frontMatter(), parsed.body(),
                    parsed.bodyLine(), Addresses.ofContentPath(contentPath)));
        } catch (SiteException e) {
            findings.addAll(e.findings());
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw IoFailure.read(file, e);
        }
    }

    private String read(Path file, String path) {
        if (!ContainedPath.staysInside(sources.root(), file)) {
            throw new SiteException("load", Finding.error(path, 0, "symlink",
                    "ce lien symbolique mène hors du dossier du site : la page n'est pas lue",
                    "remplacez le lien symbolique par le fichier lui-même"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new SiteException("load", Finding.error(path, 1, "encoding",
                    "le fichier n'est pas encodé en UTF-8", "enregistrez le fichier en UTF-8 dans votre éditeur"));
        } catch (IOException e) {
            throw IoFailure.read(file, e);
        }
    }

    private List<Path> markdownFiles() {
        if (!Files.isDirectory(sources.content())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(sources.content())) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !hidden(sources.content().relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + sources.content(), e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (Objects.toString(part).startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
