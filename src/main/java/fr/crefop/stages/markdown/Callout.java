package fr.crefop.stages.markdown;

import java.util.Arrays;
import java.util.Optional;

/** The callout types an editor may write after {@code !!!}, each with its French title. */
enum Callout {
    RETENIR("retenir", "À retenir"),
    ATTENTION("attention", "Attention"),
    SAVOIR("savoir", "Bon à savoir"),
    SOURCES("sources", "Sources");

    private final String keyword;
    private final String title;

    Callout(String keyword, String title) {
        this.keyword = keyword;
        this.title = title;
    }

    String keyword() {
        return keyword;
    }

    String title() {
        return title;
    }

    static Optional<Callout> of(String keyword) {
        return Arrays.stream(values()).filter(c -> c.keyword.equalsIgnoreCase(keyword)).findFirst();
    }

    static String keywords() {
        return String.join(", ", Arrays.stream(values()).map(c -> "!!! " + c.keyword).toList());
    }
}
