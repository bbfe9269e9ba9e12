package fr.crefop.stages.browser;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One problem the quality gate found on a page.
 *
 * @param page    the page's address on the site, e.g. {@code /memento/faq/}
 * @param gate    which check found it: axe, html, reflow, keyboard, requests
 * @param rule    the rule broken, e.g. {@code color-contrast (serious)} for axe
 * @param element where: a CSS selector and an HTML excerpt, or a line and column
 * @param message what is wrong, and how to fix it when known
 * @param help    a page explaining the rule (may be empty)
 */
record GateFinding(String page, String gate, String rule, String element, String message, String help) {

    @Override
    public String toString() {
        return page + " — " + gate + " " + rule + "\n    élément : " + element + "\n    " + message
                + (help.isEmpty() ? "" : "\n    aide : " + help);
    }

    /** The same finding, credited to another check (e.g. {@code axe-320}, axe at 320 px). */
    GateFinding as(String otherGate) {
        return new GateFinding(page, otherGate, rule, element, message, help);
    }

    /** The message of a failed check: how many problems, then each of them. */
    static String report(String page, String gate, List<GateFinding> findings) {
        return findings.size() + " problème(s) " + gate + " sur " + page + " :\n"
                + findings.stream().map(GateFinding::toString).collect(Collectors.joining("\n"));
    }

    /** Shortens an HTML excerpt to one readable line. */
    static String excerpt(String html) {
        String line = html.replaceAll("\\s+", " ").strip();
        return line.length() > 220 ? line.substring(0, 217) + "…" : line;
    }
}
