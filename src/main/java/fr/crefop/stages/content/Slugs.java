package fr.crefop.stages.content;

import java.util.Locale;

/** ASCII slugs for addresses and heading ids: « Rôle du tuteur » → {@code role-du-tuteur}. */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String text) {
        String folded = TextScan.withoutMarks(text)
                .replace("œ", "oe").replace("Œ", "oe")
                .replace("æ", "ae").replace("Æ", "ae")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return slug.toString();
    }
}
