package fr.crefop.stages.markdown;

import fr.crefop.stages.config.Declaration;
import fr.crefop.stages.config.SiteConfig;
import fr.crefop.stages.content.FrenchDates;
import org.jsoup.nodes.Entities;

import java.util.Optional;

/**
 * The HTML of each {@code {{site …}}} setting: {@code contact}, {@code url}, {@code editeur},
 * {@code date-declaration}, {@code schema-pluriannuel}, {@code plan-action}. A setting missing from
 * {@code site.yaml} reads « à confirmer » (or « à publier » for the schéma and the plan): never an invented value.
 */
final class SiteSettingTexts {

    static final String NAMES = "contact, url, editeur, date-declaration, schema-pluriannuel, plan-action";
    static final String TO_CONFIRM = "à confirmer";
    static final String TO_PUBLISH = "à publier";

    private final SiteConfig config;

    SiteSettingTexts(SiteConfig config) {
        this.config = config;
    }

    Optional<String> html(String name) {
        Declaration declaration = config.declaration();
        return Optional.ofNullable(switch (name) {
            case "contact" -> contact(declaration);
            case "url" -> config.url().isBlank() ? TO_CONFIRM : link(config.url(), config.url());
            case "editeur" -> config.publisher().isBlank() ? TO_CONFIRM : escape(config.publisher());
            case "date-declaration" -> declaration.date().map(FrenchDates::format).map(SiteSettingTexts::escape).orElse(TO_CONFIRM);
            case "schema-pluriannuel" -> address(declaration.schema(), "le schéma pluriannuel de mise en accessibilité");
            case "plan-action" -> address(declaration.plan(), "le plan d'action de l'année");
            default -> null;
        });
    }

    private String contact(Declaration declaration) {
        String contact = declaration.contact();
        return switch (declaration.contactKind()) {
            case MISSING -> TO_CONFIRM;
            case EMAIL -> link("mailto:" + contact, contact);
            case FORM -> link(contact, "formulaire de contact");
            case POSTAL -> escape(contact);
        };
    }

    private String address(String address, String text) {
        if (address.isBlank()) {
            return TO_PUBLISH;
        }
        String href = address.startsWith("/") ? config.basePath() + address.substring(1) : address;
        return link(href, text);
    }

    private static String link(String href, String text) {
        return "<a href=\"" + Entities.escape(href) + "\">" + escape(text) + "</a>";
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
