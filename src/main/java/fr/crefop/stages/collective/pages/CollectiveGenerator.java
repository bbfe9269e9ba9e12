package fr.crefop.stages.collective.pages;

import fr.crefop.stages.collective.initiatives.Initiative;
import fr.crefop.stages.collective.initiatives.InitiativeReader;
import fr.crefop.stages.collective.plan.StagePlan;
import fr.crefop.stages.collective.plan.YamlFolder;
import fr.crefop.stages.collective.rules.PlanRules;
import fr.crefop.stages.collective.rules.RuleOutcome;
import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.content.Addresses;
import fr.crefop.stages.content.Audience;
import fr.crefop.stages.content.FrontMatter;
import fr.crefop.stages.content.Level;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The generate step for collective stages: reads the plans of {@code data/stages-collectifs/} and checks them
 * against {@link PlanRules} (errors fail the build, points « à confirmer » are warnings), reads the initiatives of
 * {@code data/initiatives/}, and writes their pages, the blank trame and the downloadable trame file. A page of the
 * site's own {@code content/} wins over a generated page with the same path.
 */
public final class CollectiveGenerator {

    public static final String SECTION = "stage-collectif";
    public static final String TRAME_FILE = SECTION + "/trame-stage-collectif.yaml";
    public static final String TRAME_RESOURCE = "/fr/crefop/stages/collective/trame-stage-collectif.yaml";
    public static final String INITIATIVE_RESOURCE = "/fr/crefop/stages/collective/modele-initiative.yaml";
    static final String PLANS = SECTION + "/plans";
    static final String BLANK = SECTION + "/trame-vierge.md";

    private final SiteSources sources;

    public CollectiveGenerator(SiteSources sources) {
        this.sources = sources;
    }

    public GeneratedCollective generate(Set<String> contentPaths, Findings findings) {
        List<StagePlan> plans = YamlFolder.plans(sources.root()).load(findings);
        List<Initiative> initiatives = new YamlFolder<>(sources.root(), "data/initiatives", new InitiativeReader()::read).load(findings);
        if (plans.isEmpty() && initiatives.isEmpty()) {
            return new GeneratedCollective(List.of(), Map.of(), 0, 0);
        }
        byte[] trame = resource(TRAME_RESOURCE);
        String yamlLink = "[le fichier trame-stage-collectif.yaml (YAML, " + Math.max(1, Math.round(trame.length / 1024.0)) + " Ko)](/" + TRAME_FILE + ")";
        List<SourcePage> pages = new ArrayList<>();
        PlanRules rules = PlanRules.standard();
        StringBuilder list = new StringBuilder("Chaque plan est vérifié par le site à chaque construction : dates, demi-journées, "
                + "référent, structures signataires, horaires des mineurs, secteurs, mixité, activités et trajets. Pour préparer un "
                + "nouveau plan, partez de la [trame à imprimer](../trame-vierge.md) ou de " + yamlLink + " ; les principes sont "
                + "sur la page " + link(contentPaths, SECTION + "/trame-type.md", "trame type", "../trame-type.md") + ".\n\n");
        int order = 10;
        for (StagePlan plan : plans) {
            List<RuleOutcome> outcomes = rules.check(plan);
            outcomes.forEach(o -> findings.addAll(o.findings()));
            long pending = outcomes.stream().mapToLong(o -> o.warnings().size()).sum();
            String path = PLANS + "/" + plan.slug() + ".md";
            pages.add(page("data/stages-collectifs", path, plan.titre(), (plan.exempleFictif() ? "Exemple fictif de plan de stage collectif" : "Plan de stage collectif")
                            + " : planning de deux semaines, structures par secteur, règles vérifiées et points à confirmer.",
                    "plan", PlanPage.body(plan, outcomes, "[trame à imprimer](../trame-vierge.md)"), order, List.of(plan.niveau())));
            list.append("- [").append(Html.markdown(plan.titre())).append("](").append(plan.slug()).append(".md)")
                    .append(plan.exempleFictif() ? " — exemple fictif" : "")
                    .append(pending == 0 ? " : toutes les règles sont respectées" : " : " + pending + " point" + (pending > 1 ? "s" : "") + " à confirmer")
                    .append('\n');
            order += 10;
        }
        if (!plans.isEmpty()) {
            pages.add(page(PLANS + "/index.md", "Les plans de stage collectif",
                    "Les plans de stage collectif multisectoriel publiés, vérifiés à chaque construction du site.", "page", list.toString(), 30,
                    List.of(Level.SECONDE)));
        }
        pages.add(page(BLANK, "Trame type à imprimer : le planning vierge",
                "Le planning vierge d'un stage collectif de deux semaines, à imprimer sur une page A4 en paysage et à remplir à la main.",
                "plan", BlankTrame.body(yamlLink, link(contentPaths, SECTION + "/trame-type.md", "trame type", "trame-type.md"),
                        plans.isEmpty() ? "les plans de stage collectif" : "[les plans de stage collectif](plans/index.md)"), 15,
                List.of(Level.SECONDE)));
        inventory(initiatives, plans, pages, findings, link(contentPaths, "contact.md", "contact", "../contact.md"));
        List<SourcePage> kept = pages.stream().filter(p -> !contentPaths.contains(p.contentPath())).toList();
        return new GeneratedCollective(kept, Map.of(TRAME_FILE, trame), plans.size(), initiatives.size());
    }

    /** A Markdown link to a page of the site's own content, or the bare text when the site does not have it. */
    private static String link(Set<String> contentPaths, String target, String text, String relative) {
        return contentPaths.contains(target) ? "[" + text + "](" + relative + ")" : text;
    }

    private void inventory(List<Initiative> initiatives, List<StagePlan> plans, List<SourcePage> pages, Findings findings,
                           String contactLink) {
        if (initiatives.isEmpty()) {
            return;
        }
        pages.add(page(InventoryPages.INVENTORY, "Les initiatives de stage collectif déjà menées",
                "Inventaire des stages collectifs et multisectoriels déjà organisés, par département, secteur et niveau.",
                "inventaire", InventoryPages.inventory(initiatives, contactLink), 20, List.of()));
        int order = 10;
        for (Initiative i : initiatives) {
            String planLink = "";
            if (i.plan().isPresent()) {
                String slug = i.plan().get().value();
                if (plans.stream().noneMatch(p -> p.slug().equals(slug))) {
                    findings.add(Finding.error(i.path(), i.plan().get().line(), "initiative", "le plan « " + slug + " » n'existe pas",
                            "indiquez le nom d'un fichier de data/stages-collectifs/, sans « .yaml »"));
                } else {
                    planLink = "[plan de stage collectif](../plans/" + slug + ".md)";
                }
            }
            pages.add(page("data/initiatives", InventoryPages.contentPath(i), i.titre(), "Initiative de stage collectif : " + InventoryPages.summary(i) + ".",
                    "page", InventoryPages.initiative(i, planLink), order, List.of()));
            order += 10;
        }
        for (InventoryPages.Facet facet : InventoryPages.Facet.values()) {
            int listingOrder = 1000;
            for (var group : facet.of(initiatives).entrySet()) {
                String label = group.getValue().getKey();
                pages.add(page(facet.contentPath(group.getKey()), "Initiatives — " + facet.noun + " : " + label,
                        "Les initiatives de stage collectif dont le " + facet.noun + " est « " + label + " ».", "page",
                        InventoryPages.listing(facet, label, group.getValue().getValue()), listingOrder++, List.of()));
            }
        }
    }

    private SourcePage page(String contentPath, String title, String description, String layout, String body, int order,
                            List<Level> levels) {
        return page("data/stages-collectifs", contentPath, title, description, layout, body, order, levels);
    }

    /**
     * @param origin the data folder the page comes from, named in findings about the page; its newest file gives the
     *               page's « Mis à jour le » date (see {@code PageDates})
     */
    private SourcePage page(String origin, String contentPath, String title, String description, String layout, String body,
                            int order, List<Level> levels) {
        FrontMatter frontMatter = new FrontMatter(title, description, layout, Optional.empty(), false, List.of("stage collectif"),
                List.of(Audience.ETABLISSEMENTS, Audience.ENTREPRISES), levels, List.of(), order, Optional.of(false));
        return new SourcePage(sources.content().resolve(contentPath), origin + " (page générée " + Addresses.ofContentPath(contentPath) + ")",
                contentPath, frontMatter, body, 1, Addresses.ofContentPath(contentPath), true);
    }

    /** A file shipped in the jar (the trame, the initiative model). */
    public static byte[] resource(String name) {
        try (InputStream in = CollectiveGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }
}
