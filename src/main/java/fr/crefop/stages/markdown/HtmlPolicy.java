package fr.crefop.stages.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The raw HTML an editor may write in a Markdown page: a few inline elements that Markdown has no syntax for, and
 * {@code <details>}. Everything else has a Markdown or directive equivalent, or is refused because the site runs
 * without JavaScript, loads nothing from another site and takes its styles from its own style sheet.
 */
final class HtmlPolicy {

    /** Attributes allowed on every allowed element. */
    private static final Set<String> COMMON = Set.of("lang", "title");

    /** Allowed elements and their own attributes, besides {@link #COMMON}. */
    private static final Map<String, Set<String>> ELEMENTS = Map.ofEntries(
            Map.entry("abbr", Set.of()), Map.entry("br", Set.of()), Map.entry("cite", Set.of()),
            Map.entry("details", Set.of("open")), Map.entry("kbd", Set.of()), Map.entry("mark", Set.of()),
            Map.entry("small", Set.of()), Map.entry("span", Set.of()), Map.entry("sub", Set.of()),
            Map.entry("summary", Set.of()), Map.entry("sup", Set.of()), Map.entry("time", Set.of("datetime")));

    static final String NO_SCRIPT = "les scripts et iframes sont interdits : le site fonctionne sans JavaScript";
    private static final String IMAGE = "pour une image, écrivez ![ce que montre l'image](image.png), le fichier à côté de la page";
    private static final String LINK = "pour un lien, écrivez [texte](adresse)";
    private static final String VIDEO = "pour une vidéo : une page à la mise en page « layout: video » (fichier placé à côté "
            + "de la page, ou « external: https://… » chez un hébergeur, chargé au clic du lecteur), ou un lien [texte](adresse)";
    private static final String STYLE = "la mise en forme vient de la feuille de style du site : écrivez **gras**, *italique*,"
            + " ou un encadré (!!! attention, !!! retenir)";
    private static final String FORM = "les formulaires sont interdits : le site ne collecte rien ; pour un contact, écrivez"
            + " [nous écrire](mailto:adresse)";
    private static final String HEAD = "le titre, la description et les anciennes adresses d'une page s'écrivent dans son"
            + " en-tête (title:, description:, aliases:)";
    private static final String BLOCK = "écrivez-le en Markdown : une ligne vide entre deux paragraphes, - pour une liste,"
            + " > pour une citation ; pour un encadré, !!! attention";

    private static final Map<String, String> HINTS = hints();

    private HtmlPolicy() {
    }

    static boolean allows(String element) {
        return ELEMENTS.containsKey(element);
    }

    static boolean allows(String element, String attribute) {
        return COMMON.contains(attribute) || ELEMENTS.getOrDefault(element, Set.of()).contains(attribute);
    }

    /** What to write instead of a refused element. */
    static String hintFor(String element) {
        String hint = HINTS.get(element.toLowerCase(Locale.ROOT));
        return hint != null ? hint : "écrivez-le en Markdown ; balises HTML possibles : " + allowedList();
    }

    /** What to write instead of a refused attribute. */
    static String hintFor(String element, String attribute) {
        if (attribute.startsWith("on")) {
            return NO_SCRIPT;
        }
        if (attribute.equals("style") || attribute.equals("class")) {
            return STYLE;
        }
        Set<String> allowed = new TreeSet<>(COMMON);
        allowed.addAll(ELEMENTS.getOrDefault(element, Set.of()));
        return "attributs possibles sur <" + element + "> : " + String.join(", ", allowed);
    }

    static String allowedList() {
        return String.join(", ", new TreeSet<>(ELEMENTS.keySet()));
    }

    private static Map<String, String> hints() {
        Map<String, String> hints = new java.util.HashMap<>();
        for (String e : Set.of("script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
                "portal", "template", "slot")) {
            hints.put(e, NO_SCRIPT);
        }
        for (String e : Set.of("img", "picture", "source", "svg", "math", "canvas", "map", "area", "figure")) {
            hints.put(e, IMAGE);
        }
        for (String e : Set.of("video", "audio", "track")) {
            hints.put(e, VIDEO);
        }
        for (String e : Set.of("style", "link", "font", "center", "b", "strong", "i", "em", "u", "s", "big")) {
            hints.put(e, STYLE);
        }
        for (String e : Set.of("form", "input", "button", "select", "option", "textarea", "label", "fieldset",
                "output", "datalist")) {
            hints.put(e, FORM);
        }
        for (String e : Set.of("meta", "base", "title", "head", "body", "html")) {
            hints.put(e, HEAD);
        }
        for (String e : Set.of("div", "p", "section", "article", "aside", "header", "footer", "nav", "main",
                "blockquote", "ul", "ol", "li", "hr")) {
            hints.put(e, BLOCK);
        }
        hints.put("a", LINK);
        for (String e : Set.of("h1", "h2", "h3", "h4", "h5", "h6")) {
            hints.put(e, "pour un intertitre, écrivez ## Intertitre (### pour un sous-intertitre)");
        }
        for (String e : Set.of("table", "thead", "tbody", "tr", "th", "td", "caption")) {
            hints.put(e, "pour un tableau, écrivez un tableau Markdown : | Colonne | Colonne |, puis |---|---|");
        }
        for (String e : Set.of("pre", "code")) {
            hints.put(e, "pour du code, écrivez-le entre accents graves : `code`");
        }
        return Map.copyOf(hints);
    }
}
