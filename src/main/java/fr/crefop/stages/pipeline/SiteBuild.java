package fr.crefop.stages.pipeline;

import fr.crefop.stages.bake.BakeRequest;
import fr.crefop.stages.bake.JBakeBaker;
import fr.crefop.stages.bake.StaticFiles;
import fr.crefop.stages.catalogue.PublishedAddresses;
import fr.crefop.stages.check.LinkCheck;
import fr.crefop.stages.check.PageChecks;
import fr.crefop.stages.check.PageFacts;
import fr.crefop.stages.check.SharedProblems;
import fr.crefop.stages.config.ContactWarning;
import fr.crefop.stages.config.SiteConfig;
import fr.crefop.stages.config.SiteConfigLoader;
import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.config.SiteSourcesResolver;
import fr.crefop.stages.config.SourceLinks;
import fr.crefop.stages.content.Addresses;
import fr.crefop.stages.content.PageLoader;
import fr.crefop.stages.content.ReviewDates;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.IoFailure;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.extras.Extras;
import fr.crefop.stages.extras.SearchCollector;
import fr.crefop.stages.extras.pdf.MementoPdf;
import fr.crefop.stages.extras.pdf.PdfJob;
import fr.crefop.stages.markdown.MarkdownRenderer;
import fr.crefop.stages.markdown.SiteSettingsExtension;
import fr.crefop.stages.paths.ContainedPath;
import fr.crefop.stages.view.PageModels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The build, step by step: load, generate, bake (each page read once as it is rendered), check, publish. Each step is timed in the log; any error
 * stops the build after its step has reported all it found, and the published site is left as it was.
 */
public final class SiteBuild {

    private final BuildOptions options;
    private final BuildLog log;
    private final Clock clock;
    private final BuildScope.Planner planner;

    public SiteBuild(BuildOptions options, BuildLog log) {
        this(options, log, Clock.systemDefaultZone());
    }

    /** @param clock gives today's date, compared with the pages' {@code a_revoir} dates (fixed in tests) */
    public SiteBuild(BuildOptions options, BuildLog log, Clock clock) {
        this(options, log, clock, BuildScope::whole);
    }

    /** @param planner chooses which pages to render (the preview's {@link IncrementalBuild} may render only some) */
    SiteBuild(BuildOptions options, BuildLog log, Clock clock, BuildScope.Planner planner) {
        this.options = options;
        this.log = log;
        this.clock = clock;
        this.planner = planner;
    }

    /** Runs the build; throws {@link SiteException} carrying every finding when the site has errors. */
    public BuildResult run() {
        Findings findings = new Findings();
        Step step = new Step();

        SiteSources sources = new SiteSourcesResolver().resolve(options.source());
        requireContent(sources);
        SourceLinks.check(sources.root(), findings);
        findings.failIfErrors("load");
        SiteConfig config = new SiteConfigLoader().load(options.source());
        findings.addAll(ContactWarning.check(options.source(), config));
        PageLoader loader = new PageLoader(sources);
        Set<String> layouts = loader.layouts();
        List<SourcePage> loaded = loader.load(findings);
        log.step("load", loaded.size() + " pages, " + layouts.size() + " mises en page", step.lap());

        Generated generated = Generated.from(sources, config, layouts, loaded, options.drafts(), findings);
        List<SourcePage> pages = generated.pages();
        Set<String> drafts = loaded.stream().filter(p -> !options.drafts() && p.isDraft())
                .map(SourcePage::contentPath).collect(Collectors.toSet());
        SiteIndex index = SiteIndex.of(pages, drafts, findings);
        if (!index.aliases().isEmpty() && !layouts.contains(PageModelsLayouts.REDIRECT)) {
            findings.add(Finding.error("templates", 0, "template", "des pages ont des « aliases » mais le gabarit redirect.ftl manque",
                    "ajoutez templates/redirect.ftl (voir les gabarits du projet)"));
        }
        PublishedAddresses addresses = PublishedAddresses.read(sources.root());
        if (!options.acceptAddresses()) {
            addresses.check(index, findings);
        }
        findings.addAll(new ReviewDates(LocalDate.now(clock)).check(pages));
        OutputClaims.check(options.output(), index, generated.files(), StaticFiles.list(sources), findings);
        PageModels models = new PageModels(config, index, generated.stats().view(), findings, generated.dates(),
                generated.extras());
        findings.failIfErrors("load");
        BuildScope scope = planner.plan(index);
        log.step("generate", generated.summary()
                + (drafts.isEmpty() ? "" : ", " + drafts.size() + " brouillon(s) ignoré(s)"), step.lap());

        // the publisher locks the output and removes the staging folder on every way out, errors included; the
        // mémento PDF is made on its own thread, waited for before the staging folder is published or removed.
        // A partial preview rebuild never touches the mémento (IncrementalBuild rebuilds all when it changes):
        // the PDF of the previous build stays
        MementoPdf pdf = new MementoPdf(config, index);
        try (Publisher publisher = Publisher.open(options.output(), options.source());
             PdfJob pdfJob = pdf.prepare(options.pdf() && !scope.partial(), Optional.of(options.output()))) {
            Path staging = publisher.staging();
            MarkdownRenderer markdown = new MarkdownRenderer(index, sources.content(), config.basePath(), findings,
                    List.of(generated.stats().markdown(), new SiteSettingsExtension(config)));
            SearchCollector search = new SearchCollector();
            PagePass pass = new PagePass(staging, scope.pages(builtPages(index, sources, config)), PageChecks.standard(), search);
            new JBakeBaker().bake(new BakeRequest(sources, scope.bakeIndex(index), layouts, markdown, models, staging, findings, pass));
            findings.failIfErrors("bake");
            writeFiles(staging, generated.files());
            List<PageFacts> facts = scope.facts(pass.finish(findings));
            log.step("bake", scope.rendered() + " pages HTML (JBake, Freemarker, flexmark), " + PagePass.SUMMARY, step.lap());

            Set<String> outputs = new java.util.TreeSet<>(scope.files(files(staging)));
            outputs.addAll(pdf.plannedFiles());
            findings.addAll(SharedProblems.fold(new LinkCheck(config.basePath(), outputs).check(facts)));
            findings.failIfErrors("check");
            pdfJob.start(staging, Optional.of(options.output()));
            log.step("check", "liens, ancres, titres, images, langue", step.lap());
            log.step("extras", new Extras(config, options.source(), scope.searchMemo()).write(staging, index, scope.search(search.pages()), findings), step.lap());

            Optional<PdfJob.Made> made = pdfJob.await();
            if (made.isPresent()) {
                log.step("extras", made.get().summary().logLine(), made.get().nanos());
                log.step("extras", "attente du PDF (fait en parallèle)", step.lap());
            }

            Path published = options.output();
            if (options.publish()) {
                scope.publish(publisher, options.output());
                findings.addAll(publisher.warnings());
                log.step("publish", relative(options.output()), step.lap());
                if (options.acceptAddresses()) {
                    addresses.accept(index);
                    log.step("addresses", PublishedAddresses.FILE_NAME + " mis à jour", step.lap());
                }
            } else {
                published = staging;
            }
            return new BuildResult(published, facts.size(), findings.sorted(),
                    options.pdf() || pdf.plannedFiles().isEmpty() ? Optional.empty() : Optional.of(pdf));
        }
    }

    private static void writeFiles(Path folder, Map<String, byte[]> files) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = ContainedPath.inside(folder, file.getKey(), "data/statistiques", 0);
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw IoFailure.write(folder, e);
        }
    }

    private static void requireContent(SiteSources sources) {
        if (!Files.isDirectory(sources.content())) {
            throw new SiteException("load", Finding.error("content", 0, "content",
                    "le dossier content/ est introuvable dans " + sources.root(),
                    "lancez la commande depuis le dossier du site ou indiquez-le avec --source"));
        }
    }

    private List<BuiltPage> builtPages(SiteIndex index, SiteSources sources, SiteConfig config) {
        List<BuiltPage> built = new ArrayList<>();
        for (SourcePage page : index.pages()) {
            built.add(new BuiltPage(page.outputFile(), config.basePath() + page.address().substring(1), Optional.of(page),
                    sources.relative(sources.templates().resolve(page.frontMatter().layout() + ".ftl"))));
        }
        for (Map.Entry<String, SourcePage> alias : index.aliases().entrySet()) {
            built.add(new BuiltPage(Addresses.outputFile(alias.getKey()), config.basePath() + alias.getKey().substring(1),
                    Optional.empty(), sources.relative(sources.templates().resolve(PageModelsLayouts.REDIRECT + ".ftl"))));
        }
        return built;
    }

    private static Set<String> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw IoFailure.read(folder, e);
        }
    }

    private String relative(Path path) {
        Path base = Path.of("").toAbsolutePath();
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }

    /** Measures the time between two steps. */
    private static final class Step {
        private long last = System.nanoTime();

        long lap() {
            long now = System.nanoTime();
            long elapsed = now - last;
            last = now;
            return elapsed;
        }
    }

    /** Layout names the build relies on. */
    private static final class PageModelsLayouts {
        static final String REDIRECT = "redirect";
    }
}
