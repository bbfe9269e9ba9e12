package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * Every image has a text alternative: {@code alt} is required, and may be empty only for an image marked as
 * decoration ({@code role="presentation"} or {@code aria-hidden="true"}).
 */
public final class ImageAltCheck implements PageCheck {

    @Override
    public List<Finding> check(CheckedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (PageElement image : page.outline().named("img")) {
            boolean decorative = image.attr("role").equals("presentation") || image.attr("aria-hidden").equals("true");
            if (image.has("alt") && (!image.attr("alt").isBlank() || decorative)) {
                continue;
            }
            Location location = image.location();
            findings.add(Finding.error(location.path(), location.line(), "image-alt",
                    page.about(location, "l'image « " + image.attr("src") + " » n'a pas de texte de remplacement"),
                    "décrivez l'image entre les crochets : ![ce que montre l'image](fichier.png) ;"
                            + " si elle est purement décorative, ajoutez {role=presentation} après l'image"));
        }
        return findings;
    }
}
