package fr.crefop.stages.browser;

import org.openqa.selenium.Keys;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page with the keyboard only (RGAA 12.7, 10.7, 12.8; WCAG 2.4.1, 2.4.7, 2.1.1):
 * <ol>
 * <li>the first Tab lands on a skip link, the first focusable element, shown on screen once focused;</li>
 * <li>Enter on it moves the focus to the main content ({@code <main>});</li>
 * <li>Tab after Tab from the top, every element reached is interactive, is on screen and looks different when
 * focused (outline of 2 px or more, shadow, background, border, or a frame around it);</li>
 * <li>every interactive element shown on the page is reached (at most {@value #MAX_TABS} Tabs); no positive
 * tabindex disturbs the order.</li>
 * </ol>
 */
final class KeyboardGate {

    static final int MAX_TABS = 400;
    private static final String HELP_FOCUS = "https://www.w3.org/WAI/WCAG21/Understanding/focus-visible.html";
    private static final String HELP_BYPASS = "https://www.w3.org/WAI/WCAG21/Understanding/bypass-blocks.html";
    private static final String HELP_KEYBOARD = "https://www.w3.org/WAI/WCAG21/Understanding/keyboard.html";

    private final Browser browser;
    private final String start = GateScript.load("keyboard-start.js");
    private final String skip = GateScript.load("keyboard-skip.js");
    private final String main = GateScript.load("keyboard-main.js");
    private final String step = GateScript.load("keyboard-step.js");
    private final String end = GateScript.load("keyboard-end.js");

    KeyboardGate(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page at 1280 px and goes through it with the keyboard. */
    List<GateFinding> check(String page, URI address) {
        List<GateFinding> findings = new ArrayList<>();
        browser.viewport(1280, 800);
        skipLink(page, address, findings);
        tabThrough(page, address, findings);
        return List.copyOf(findings);
    }

    private void skipLink(String page, URI address, List<GateFinding> findings) {
        browser.open(address);
        browser.script(start);
        browser.press(Keys.TAB);
        Map<?, ?> first = (Map<?, ?>) browser.script(skip);
        String element = (String) first.get("element");
        if (!is(first, "first") || !is(first, "link") || !is(first, "targetIsMain")) {
            findings.add(new GateFinding(page, "keyboard", "lien d'évitement", element,
                    "le premier Tab doit arriver sur un lien « Aller au contenu » (le premier élément focalisable,"
                            + " href=\"#id\" d'un élément <main>)"
                            + (is(first, "link") ? " ; sa cible est : " + first.get("target") : ""), HELP_BYPASS));
            return;
        }
        if (!is(first, "onScreen")) {
            findings.add(new GateFinding(page, "keyboard", "lien d'évitement invisible", element,
                    "une fois focalisé, le lien d'évitement doit apparaître en entier à l'écran", HELP_BYPASS));
        }
        browser.press(Keys.ENTER);
        Map<?, ?> focused = (Map<?, ?>) browser.script(main);
        if (!is(focused, "isMain")) {
            findings.add(new GateFinding(page, "keyboard", "lien d'évitement sans effet", (String) focused.get("element"),
                    "Entrée sur le lien d'évitement doit donner le focus au contenu principal (<main tabindex=\"-1\">) ;"
                            + " il est sur l'élément ci-dessus", HELP_BYPASS));
        }
    }

    private void tabThrough(String page, URI address, List<GateFinding> findings) {
        browser.open(address);
        Map<?, ?> started = (Map<?, ?>) browser.script(start);
        for (Object element : (List<?>) started.get("positiveTabindex")) {
            findings.add(new GateFinding(page, "keyboard", "tabindex positif", String.valueOf(element),
                    "un tabindex supérieur à 0 bouleverse l'ordre de tabulation : utilisez 0 ou l'ordre du code",
                    "https://www.w3.org/WAI/WCAG21/Understanding/focus-order.html"));
        }
        int tabs = 0;
        while (tabs < MAX_TABS) {
            browser.press(Keys.TAB);
            tabs++;
            Map<?, ?> seen = (Map<?, ?>) browser.script(step);
            if (is(seen, "done")) {
                break;
            }
            String element = (String) seen.get("element");
            if (!is(seen, "interactive")) {
                findings.add(new GateFinding(page, "keyboard", "focus sur un élément non interactif", element,
                        "Tab s'arrête sur un élément qui n'est ni lien, ni bouton, ni champ : retirez son tabindex,"
                                + " ou donnez-lui un rôle et un nom", HELP_KEYBOARD));
            }
            if (!is(seen, "onScreen")) {
                findings.add(new GateFinding(page, "keyboard", "élément focalisé hors de l'écran", element,
                        "l'élément qui a le focus doit être visible", HELP_FOCUS));
            }
            if (!is(seen, "indicator")) {
                findings.add(new GateFinding(page, "keyboard", "focus invisible", element,
                        "l'élément ne change pas visiblement quand il a le focus (contour de 2 px au moins, fond,"
                                + " bordure ou ombre) ; propriétés changées : "
                                + (String.valueOf(seen.get("changed")).isEmpty() ? "aucune" : seen.get("changed")),
                        HELP_FOCUS));
            }
        }
        for (Object element : (List<?>) browser.script(end)) {
            findings.add(new GateFinding(page, "keyboard", "élément inaccessible au clavier", String.valueOf(element),
                    tabs >= MAX_TABS ? "non atteint après " + MAX_TABS + " Tab" : "aucun Tab n'atteint cet élément",
                    HELP_KEYBOARD));
        }
    }

    private static boolean is(Map<?, ?> seen, String key) {
        return Boolean.TRUE.equals(seen.get(key));
    }
}
