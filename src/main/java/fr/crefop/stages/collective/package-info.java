/**
 * The collective-stage model (issue 9): plans read from {@code data/stages-collectifs/} ({@code plan}), the rules
 * checked against them at build time ({@code rules}), the inventory of initiatives read from {@code data/initiatives/}
 * ({@code initiatives}), and the pages generated from both ({@code pages}).
 */
package fr.crefop.stages.collective;
