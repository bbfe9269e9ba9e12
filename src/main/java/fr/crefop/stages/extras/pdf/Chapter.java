package fr.crefop.stages.extras.pdf;

import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One page of the mémento, as it goes into the PDF.
 *
 * @param anchor the id of its start in the PDF (links from other pages lead there)
 * @param title  its title, its h1 on the site
 * @param date   its « Mis à jour le » date, when the page shows one
 * @param body   its text (the site page's {@code .prose}), ids and links already rewritten for the PDF
 */
record Chapter(String anchor, String title, Optional<LocalDate> date, Element body) {
}
