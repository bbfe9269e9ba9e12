package fr.crefop.stages.collective.pages;

import fr.crefop.stages.html.TableMarkup;

import java.util.List;

/**
 * The blank planning an organiser without a computer fills in by hand: the stage's essentials and a two-week grid
 * (a column per day, a row per half-day), on one A4 landscape page when printed.
 */
final class BlankTrame {

    static final List<String> DAYS = List.of("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi");

    private static final String FIELDS = "Les informations du stage";
    private static final String GRID = "Planning à remplir : pour chaque demi-journée, le lieu, l'activité (accueil, visite, "
            + "observation, atelier, projet ou bilan), l'adulte responsable et les horaires";

    private BlankTrame() {
    }

    static String body(String yamlLink, String trameTypeLink, String rulesLink) {
        StringBuilder md = new StringBuilder();
        md.append("Cette page est la trame type à remplir à la main : imprimez-la (une page A4 en paysage), puis notez pour chaque "
                + "demi-journée le lieu, l'activité et l'adulte responsable. La même trame existe en fichier à remplir sur "
                + "ordinateur : ").append(yamlLink).append(". Les principes et les règles sont expliqués sur la page ")
                .append(trameTypeLink).append(" et ").append(rulesLink).append(".\n\n");
        md.append("## Le stage\n\n").append(TableMarkup.open(FIELDS))
                .append("<table class=\"plan-blank plan-blank--fields\">\n<caption>" + FIELDS + "</caption>\n<tbody>\n");
        for (String[] row : new String[][] {
                {"Titre et territoire", "Dates (deux semaines consécutives)"},
                {"Nombre et âge des élèves", "Référent animateur (toute la durée)"},
                {"Structure qui porte les conventions", "Trajets entre les lieux (qui les organise)"},
                {"Structures et secteurs (signataire ou visite)", "Objectif de mixité"}}) {
            md.append("<tr><th scope=\"row\">").append(row[0]).append("</th><td></td><th scope=\"row\">").append(row[1])
                    .append("</th><td></td></tr>\n");
        }
        md.append("</tbody>\n</table>").append(TableMarkup.CLOSE).append("\n\n");
        md.append("## Le planning des deux semaines\n\n").append(TableMarkup.open(GRID))
                .append("<table class=\"plan-blank plan-blank--grid\">\n<caption>" + GRID + "</caption>\n<thead><tr><td></td>");
        for (int week = 1; week <= 2; week++) {
            for (String day : DAYS) {
                md.append("<th scope=\"col\">").append(day).append(" <span class=\"plan-blank__week\">(semaine ").append(week)
                        .append(")</span></th>");
            }
        }
        md.append("</tr></thead>\n<tbody>\n");
        for (String half : List.of("Matin", "Après-midi")) {
            md.append("<tr><th scope=\"row\">").append(half).append("</th>");
            for (int i = 0; i < 2 * DAYS.size(); i++) {
                md.append("<td><span class=\"plan-blank__label\">Lieu :</span><span class=\"plan-blank__label\">Activité :</span>"
                        + "<span class=\"plan-blank__label\">Adulte :</span><span class=\"plan-blank__label\">Horaires :</span></td>");
            }
            md.append("</tr>\n");
        }
        md.append("</tbody>\n</table>").append(TableMarkup.CLOSE).append("\n\n");
        md.append("Rappels : pas plus de 7 h de présence par jour avant 16 ans (8 h à 16-17 ans) et 35 h par semaine, une pause de "
                + "30 minutes après 4 h 30 ; les élèves observent et ne travaillent pas (article D.331-9 du Code de l'éducation) ; "
                + "la famille organise le transport jusqu'au stage.\n");
        return md.toString();
    }
}
