package fr.crefop.stages.collective.plan;

/**
 * A host structure of a plan.
 *
 * @param id      the short name half-days use to point to it ({@code structure: a})
 * @param nom     its name
 * @param secteur its sector (« industrie », « santé »…)
 * @param signs   {@code role: signataire}: it signs the pupils' conventions; otherwise ({@code role: visite}) pupils
 *                only visit it, under the référent animateur
 * @param line    the line of the entry
 */
public record Host(String id, Field nom, Field secteur, boolean signs, int line) {
}
