package fr.crefop.stages.config;

import fr.crefop.stages.diag.Finding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The law requires a way to reach the publisher of a public site (article 47 of loi n° 2005-102, décret
 * n° 2019-768): while {@code site.yaml} gives no {@code contact}, every build warns, and the accessibility
 * declaration and the contact page say « à confirmer ». A site folder without {@code site.yaml} (a test or
 * a draft) is not warned.
 */
public final class ContactWarning {

    public static final String RULE = "contact";
    public static final String MESSAGE = "aucun moyen de contact dans site.yaml (clé « contact ») : la déclaration"
            + " d'accessibilité et la page contact affichent « à confirmer », ce que la loi ne permet pas"
            + " (article 47 de la loi n° 2005-102 et décret n° 2019-768 : un moyen de contact est obligatoire)";
    public static final String HINT = "ajoutez dans site.yaml « contact: » suivi d'une adresse électronique"
            + " (contact: stages@exemple.fr), de l'adresse d'un formulaire (https://…) ou d'une adresse postale";

    private ContactWarning() {
    }

    public static List<Finding> check(Path siteDir, SiteConfig config) {
        if (!Files.isRegularFile(siteDir.resolve(SiteConfig.FILE_NAME))
                || config.declaration().contactKind() != Declaration.ContactKind.MISSING) {
            return List.of();
        }
        return List.of(Finding.warning(SiteConfig.FILE_NAME, 0, RULE, MESSAGE, HINT));
    }
}
