package fr.crefop.stages.check;

/** A link or resource address met in a built page, with where it was written. */
public record LinkUse(String href, Location location, String pageUrl) {
}
