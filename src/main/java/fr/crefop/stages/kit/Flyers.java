package fr.crefop.stages.kit;

import fr.crefop.stages.config.PublicAddress;
import fr.crefop.stages.config.SiteConfig;
import fr.crefop.stages.content.Addresses;
import fr.crefop.stages.content.FrontMatter;
import fr.crefop.stages.content.HeaderMap;
import fr.crefop.stages.content.SourcePage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.time.LocalDate;

/**
 * The communication kit: every resource page (a page whose header has {@code audience}) gets a share block and a
 * one-page A4 flyer at {@code <its address>affiche/} ({@code /memento/faq/} → {@code /memento/faq/affiche/}).
 */
public final class Flyers {

    public static final String LAYOUT = "flyer";
    public static final String SEGMENT = "affiche";
    public static final String KEY_POINTS = "points_cles";

    private final PublicAddress site;
    private final Map<String, SourcePage> targets = new HashMap<>();
    private final Map<String, String> flyerOf = new HashMap<>();

    public Flyers(PublicAddress site) {
        this.site = site;
    }

    public static boolean isResource(SourcePage page) {
        return !page.frontMatter().audiences().isEmpty() && !page.frontMatter().layout().equals(LAYOUT);
    }

    /**
     * The flyer pages of the given pages' resources, dated like their page (none when the site has no
     * {@code flyer.ftl} layout).
     */
    public List<SourcePage> generate(List<SourcePage> pages, Path content, boolean layoutExists,
                                     Function<SourcePage, Optional<LocalDate>> dates) {
        List<SourcePage> flyers = new ArrayList<>();
        if (!layoutExists) {
            return flyers;
        }
        for (SourcePage page : pages) {
            if (!isResource(page)) {
                continue;
            }
            String contentPath = page.address().substring(1) + SEGMENT + ".md";
            FrontMatter header = new FrontMatter("Affiche : " + page.title(),
                    "Affiche à imprimer (A4) : " + page.frontMatter().description(), LAYOUT, dates.apply(page),
                    page.isDraft(), List.of(), List.of(), List.of(), List.of(), FrontMatter.DEFAULT_ORDER, Optional.of(false));
            SourcePage flyer = new SourcePage(content.resolve(contentPath), page.path() + " (affiche générée)",
                    contentPath, header, "", page.bodyLine(), Addresses.ofContentPath(contentPath));
            targets.put(flyer.address(), page);
            flyerOf.put(page.address(), flyer.address());
            flyers.add(flyer);
        }
        return flyers;
    }

    /** The kit model of a page: share block for a resource, the flyer itself for a flyer, nothing otherwise. */
    public KitView view(SourcePage page, String basePath) {
        SourcePage target = targets.get(page.address());
        if (target != null) {
            return model(target, true, basePath + target.address().substring(1));
        }
        String flyer = flyerOf.get(page.address());
        if (flyer == null) {
            return KitView.NONE;
        }
        return model(page, false, basePath + flyer.substring(1));
    }

    private KitView model(SourcePage page, boolean isFlyer, String otherUrl) {
        Optional<String> absolute = site.absolute(page.address());
        String address = absolute.orElse(KitView.UNKNOWN_ADDRESS);
        String description = page.frontMatter().description();
        String share = page.title() + "\n" + description + "\n" + address;
        List<String> points = isFlyer ? KeyPoints.of(declaredPoints(page), page.body()) : List.of();
        String qr = isFlyer ? absolute.map(QrSvg::svg).orElse("") : "";
        return new KitView(!isFlyer, isFlyer, share, address, absolute.isPresent(), otherUrl, page.title(), description,
                points, qr);
    }

    private static List<String> declaredPoints(SourcePage page) {
        return HeaderMap.of(page).flatMap(map -> map.get(KEY_POINTS).map(map::strings)).orElse(List.of());
    }


    private static int urlLine(Path file) {
        try {
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("url:")) {
                    return i + 1;
                }
            }
            return 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

}
