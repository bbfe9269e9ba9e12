package fr.crefop.stages.collective.rules;

/**
 * Where a rule comes from, cited on the plan page.
 *
 * @param label the source as a reader can find it
 * @param url   its address, or empty (the working group's minutes are not online)
 */
public record RuleSource(String label, String url) {

    static final RuleSource MINUTES = new RuleSource(
            "Relevé de décisions du groupe de travail Stages du 6 octobre 2025, CREFOP Normandie", "");
    static final RuleSource AC_NORMANDIE = new RuleSource(
            "Entreprise, association, service public : accueillir un élève de seconde générale et technologique — région académique Normandie",
            "https://www.ac-normandie.fr/entreprise-association-service-public-accueillir-un-eleve-de-seconde-generale-et-technologique-129153");
    static final RuleSource DATES_2026 = new RuleSource(
            "Dates 2026 (du 15 au 26 juin), à confirmer auprès du lycée, lues dans une actualité de service-public.gouv.fr du 12 février 2026", "");
    static final RuleSource MINORS = new RuleSource(
            "Règles pour les moins de 18 ans — Mon stage en ligne (règles générales, à vérifier dans la convention type)",
            "https://lyceens.monstageenligne.fr/editorial/regles-moins-de-18-ans");
    static final RuleSource D331_9 = new RuleSource("Article D.331-9 du Code de l'éducation — Lexbase",
            "https://lexbase.fr/texte-de-loi/code-de-leducationd3319/L7593MAH.html");
    static final RuleSource IDEO = new RuleSource("Les infos légales à connaître pour bien accueillir un stagiaire — Ideo, Région Bretagne",
            "https://ideo.bretagne.bzh/stages/les-infos-legales-connaitre-pour-bien-accueillir-un-stagiaire");
}
