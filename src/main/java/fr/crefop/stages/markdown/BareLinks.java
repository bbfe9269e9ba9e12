package fr.crefop.stages.markdown;

/**
 * Whether a Markdown text may hold an address or e-mail written bare (not inside {@code [text](…)} or
 * {@code <…>}), which only flexmark's autolink pass turns into a link. A quick scan, so that the autolink pass,
 * about a third of the parsing time, runs only on the pages that need it. It may say yes wrongly, never no wrongly.
 */
final class BareLinks {

    private BareLinks() {
    }

    static boolean present(String text) {
        if (text.indexOf('@') >= 0) {
            return true;
        }
        for (int i = text.indexOf("://"); i >= 0; i = text.indexOf("://", i + 3)) {
            int start = i;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            if (before != '(' && before != '<' && before != '"') {
                return true;
            }
        }
        for (int i = text.indexOf("www."); i >= 0; i = text.indexOf("www.", i + 4)) {
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            if (before != '/' && before != '(' && before != '<' && before != '"' && before != '.') {
                return true;
            }
        }
        return false;
    }
}
