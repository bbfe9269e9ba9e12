package fr.crefop.stages.pipeline;

import fr.crefop.stages.check.PageFacts;
import fr.crefop.stages.content.Addresses;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.extras.SearchIndex;
import fr.crefop.stages.extras.SearchPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which pages one build renders. A whole build renders every page and remembers what the next build may reuse
 * ({@link BuildMemory}); a partial build (the preview, after a save that changed only the text of some pages)
 * renders only those pages, takes the other pages' link facts and search entries from the previous build, runs
 * the site-wide checks and the extras whole, and moves the files it wrote over the previous output, one by one.
 */
final class BuildScope {

    private final Optional<BuildMemory> previous;
    private final Set<String> only;
    private final List<BuildMemory.Face> faces;
    private List<PageFacts> facts = List.of();
    private Map<String, SearchPage> search = Map.of();
    private Set<String> files = Set.of();
    private Set<String> rawAliases = Set.of();
    private Set<String> renderedUrls = Set.of();
    private int rendered;
    private final SearchIndex.Memo searchMemo;

    private BuildScope(Optional<BuildMemory> previous, Set<String> only, List<BuildMemory.Face> faces) {
        this.previous = previous;
        this.only = Set.copyOf(only);
        this.faces = faces;
        this.searchMemo = previous.map(BuildMemory::searchMemo).orElseGet(SearchIndex.Memo::new);
    }

    /** Every page is rendered. */
    static BuildScope whole(SiteIndex index) {
        return new BuildScope(Optional.empty(), Set.of(), BuildMemory.faces(index));
    }

    /** Only the pages of these sources (paths relative to the site folder) are rendered; the rest comes from {@code previous}. */
    static BuildScope only(BuildMemory previous, Set<String> sourcePaths) {
        return new BuildScope(Optional.of(previous), sourcePaths, previous.faces());
    }

    /** The search index's parts of the pages not rendered again (kept from build to build). */
    SearchIndex.Memo searchMemo() {
        return searchMemo;
    }

    boolean partial() {
        return previous.isPresent();
    }

    /** How many pages this build rendered (known after the post step). */
    int rendered() {
        return rendered;
    }

    /** The pages the bake renders: all, or an index of the changed pages alone (their old addresses are not posted). */
    SiteIndex bakeIndex(SiteIndex index) {
        if (previous.isEmpty()) {
            return index;
        }
        SiteIndex scoped = SiteIndex.of(index.pages().stream().filter(p -> only.contains(p.path())).toList(), Set.of(),
                new Findings());
        rawAliases = scoped.aliases().keySet().stream().map(Addresses::outputFile).collect(Collectors.toSet());
        return scoped;
    }

    /** The pages the post step transforms, checks and writes. */
    List<BuiltPage> pages(List<BuiltPage> all) {
        List<BuiltPage> pages = previous.isEmpty() ? all
                : all.stream().filter(p -> p.source().map(SourcePage::path).filter(only::contains).isPresent()).toList();
        rendered = pages.size();
        renderedUrls = pages.stream().map(BuiltPage::url).collect(Collectors.toSet());
        return pages;
    }

    /** The facts of every page: those just rendered, and the others' from the previous build. */
    List<PageFacts> facts(List<PageFacts> fresh) {
        if (previous.isEmpty()) {
            facts = List.copyOf(fresh);
            return facts;
        }
        Map<String, PageFacts> byOutput = new HashMap<>();
        fresh.forEach(f -> byOutput.put(f.outputPath(), f));
        List<PageFacts> merged = new ArrayList<>(previous.get().facts().size());
        for (PageFacts old : previous.get().facts()) {
            merged.add(byOutput.getOrDefault(old.outputPath(), old));
        }
        facts = List.copyOf(merged);
        return facts;
    }

    /** The files of the whole site before the extras (the link check's targets). */
    Set<String> files(Set<String> staged) {
        files = previous.isEmpty() ? Set.copyOf(staged) : previous.get().files();
        return files;
    }

    /** The search entries of every page, in address order. */
    List<SearchPage> search(List<SearchPage> collected) {
        Map<String, SearchPage> all = new TreeMap<>();
        if (previous.isPresent()) {
            all.putAll(previous.get().search());
            all.keySet().removeAll(renderedUrls);
        }
        collected.forEach(page -> all.put(page.url(), page));
        search = all;
        return List.copyOf(all.values());
    }

    /** Publishes: a whole build swaps the staging folder into place; a partial one moves its files over the output. */
    void publish(Publisher publisher, Path output) {
        if (previous.isEmpty()) {
            publisher.publish();
            return;
        }
        Path staging = publisher.staging();
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = staging.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(Publisher.MARKER) && !rawAliases.contains(relative)) {
                    move(file, output.resolve(relative));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + staging + " over " + output, e);
        }
        // the publisher removes the staging folder when it is closed
    }

    /** What the next build may reuse (call after a successful build). */
    BuildMemory memory(Path output) {
        return new BuildMemory(output, faces, facts, search, files, searchMemo);
    }

    /** Chooses the scope of a build once its pages are loaded and indexed. */
    @FunctionalInterface
    interface Planner {
        BuildScope plan(SiteIndex index);
    }

    private static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
