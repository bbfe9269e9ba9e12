package fr.crefop.stages.content;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Every page to publish, found by address or by source path; also the site's tree (children, breadcrumbs). */
public final class SiteIndex {

    private static final Comparator<SourcePage> SIBLING_ORDER = Comparator
            .comparingInt((SourcePage p) -> p.frontMatter().order())
            .thenComparing(SourcePage::title)
            .thenComparing(SourcePage::address);

    private final Map<String, SourcePage> byAddress;
    private final Map<String, SourcePage> byContentPath;
    private final Map<String, SourcePage> aliases;
    private final Set<String> draftPaths;
    private final Map<String, List<SourcePage>> children = new HashMap<>();

    private SiteIndex(Map<String, SourcePage> byAddress, Map<String, SourcePage> byContentPath,
                      Map<String, SourcePage> aliases, Set<String> draftPaths) {
        this.byAddress = byAddress;
        this.byContentPath = byContentPath;
        this.aliases = aliases;
        this.draftPaths = draftPaths;
        for (SourcePage page : byAddress.values()) {
            // a page at a file address (/404.html) is outside the tree: not listed among the pages of a section
            if (!page.address().equals("/") && page.address().endsWith("/")) {
                children.computeIfAbsent(nearestAncestor(page.address()), k -> new ArrayList<>()).add(page);
            }
        }
        children.values().forEach(list -> list.sort(SIBLING_ORDER));
    }

    /**
     * Indexes the pages to publish; two sources with one address is an error.
     *
     * @param pages      pages to publish (drafts already filtered out unless asked for)
     * @param draftPaths content paths of drafts left out, for clearer link errors
     */
    public static SiteIndex of(List<SourcePage> pages, Set<String> draftPaths, Findings findings) {
        Map<String, SourcePage> byAddress = new TreeMap<>();
        Map<String, SourcePage> byContentPath = new HashMap<>();
        List<SourcePage> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing(SourcePage::path));
        for (SourcePage page : sorted) {
            SourcePage other = byAddress.putIfAbsent(page.address(), page);
            if (other != null) {
                findings.add(Finding.error(page.path(), 1, "address",
                        "l'adresse " + page.address() + " est déjà celle de " + other.path(),
                        "renommez l'un des deux fichiers : leurs noms donnent la même adresse une fois les accents et espaces retirés"));
            }
            byContentPath.put(page.contentPath(), page);
        }
        Map<String, SourcePage> aliases = new TreeMap<>();
        for (SourcePage page : sorted) {
            for (Alias old : page.frontMatter().aliases()) {
                String alias = old.address();
                SourcePage owner = byAddress.get(alias);
                SourcePage previous = owner == null ? aliases.putIfAbsent(alias, page) : null;
                if (owner != null || (previous != null && previous != page)) {
                    findings.add(Finding.error(page.path(), old.line(), "address",
                            "l'ancienne adresse " + alias + " est déjà prise par " + (owner != null ? owner.path() : previous.path()),
                            "retirez cette adresse de « aliases »"));
                }
            }
        }
        return new SiteIndex(byAddress, byContentPath, aliases, Set.copyOf(draftPaths));
    }

    /** Pages in address order. */
    public List<SourcePage> pages() {
        return List.copyOf(byAddress.values());
    }

    public Optional<SourcePage> byAddress(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    public Optional<SourcePage> byContentPath(String contentPath) {
        return Optional.ofNullable(byContentPath.get(contentPath));
    }

    public boolean isDraft(String contentPath) {
        return draftPaths.contains(contentPath);
    }

    /** Old addresses and the page each one redirects to. */
    public Map<String, SourcePage> aliases() {
        return aliases;
    }

    /** Whether the address is an old one, published as a redirect page (to leave out of site maps). */
    public boolean isRedirect(String address) {
        return aliases.containsKey(address);
    }

    /**
     * Resolves a link written in a page to a source file, e.g. {@code ../memento/faq.md} from {@code stage-collectif/index.md}.
     *
     * @return the normalised content path, or empty if the link leaves {@code content/}
     */
    public static Optional<String> resolveContentPath(String fromContentPath, String link) {
        Path base = Path.of(fromContentPath).getParent();
        Path target = (base == null ? Path.of(link) : base.resolve(link)).normalize();
        String normalised = target.toString().replace('\\', '/');
        if (normalised.startsWith("..") || normalised.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(normalised);
    }

    /**
     * The pages directly under an address, in their {@code order}. A page whose folder has no index page
     * counts as a child of its nearest ancestor that has one.
     */
    public List<SourcePage> children(String address) {
        return List.copyOf(children.getOrDefault(address, List.of()));
    }

    private String nearestAncestor(String address) {
        String parent = Addresses.parent(address);
        while (!parent.isEmpty() && !parent.equals("/") && !byAddress.containsKey(parent)) {
            parent = Addresses.parent(parent);
        }
        return parent;
    }

    /** The existing ancestors of an address, root first, the page itself excluded. */
    public List<SourcePage> ancestors(String address) {
        List<SourcePage> result = new ArrayList<>();
        String parent = Addresses.parent(address);
        while (!parent.isEmpty()) {
            SourcePage page = byAddress.get(parent);
            if (page != null) {
                result.add(0, page);
            }
            parent = Addresses.parent(parent);
        }
        return result;
    }
}
