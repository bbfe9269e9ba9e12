package fr.crefop.stages.browser;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu) used as a library, offline: its schemas come from its
 * jar, no document or schema is fetched. Set up once (a few seconds), then checks pages one after the other
 * (not thread-safe).
 */
final class HtmlValidity {

    /**
     * What the checker says of a page.
     *
     * @param errors   the gate fails on any
     * @param warnings printed, allowed
     */
    record Outcome(List<GateFinding> errors, List<GateFinding> warnings) {
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    HtmlValidity() {
        // no log4j set-up (log4j-over-slf4j stands in), no URL logging, language detection on (lang="fr" is checked)
        validator = new SimpleDocumentValidator(false, false, true);
        try {
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML Checker could not be set up: " + e.getMessage(), e);
        }
        if (!collector.errors.isEmpty()) {
            throw new IllegalStateException("The Nu HTML Checker's schema has errors: " + collector.errors);
        }
    }

    /** Checks the HTML file behind a page of the site. */
    Outcome check(String page, Path file) {
        collector.start(page, file);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            validator.checkHtmlInputSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (SAXException e) {
            collector.errors.add(new GateFinding(page, "html", "document illisible", file.toString(), e.getMessage(), ""));
        }
        return new Outcome(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    /** Collects the checker's messages for the page being checked, with the line of HTML they point to. */
    private static final class Collector implements ErrorHandler {

        private final List<GateFinding> errors = new ArrayList<>();
        private final List<GateFinding> warnings = new ArrayList<>();
        private String page = "(schéma)";
        private List<String> lines = List.of();

        void start(String page, Path file) {
            this.page = page;
            this.errors.clear();
            this.warnings.clear();
            try {
                this.lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(finding("avertissement", e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(finding("erreur", e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(finding("erreur fatale", e));
        }

        private GateFinding finding(String level, SAXParseException e) {
            int line = e.getLineNumber();
            int column = e.getColumnNumber();
            String where = "ligne " + line + ", colonne " + column;
            if (line >= 1 && line <= lines.size()) {
                String text = lines.get(line - 1);
                int from = Math.max(0, Math.min(text.length(), column - 80));
                int to = Math.min(text.length(), Math.max(from, column + 40));
                where += " : " + GateFinding.excerpt(text.substring(from, to));
            }
            return new GateFinding(page, "html", level, where, e.getMessage(), "https://html.spec.whatwg.org/");
        }
    }
}
