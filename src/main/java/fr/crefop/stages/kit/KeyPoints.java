package fr.crefop.stages.kit;

import fr.crefop.stages.content.FrenchText;
import fr.crefop.stages.content.TextScan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key points a flyer lists: the page's {@code points_cles:} list when its header gives one, otherwise the text
 * of its level-2 headings ({@code ## …}), at most {@value #MAX} of them.
 */
public final class KeyPoints {

    public static final int MAX = 6;
    private static final Pattern H2 = Pattern.compile("^##\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{[^}]*}\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    private KeyPoints() {
    }

    public static List<String> of(List<String> declared, String markdownBody) {
        if (!declared.isEmpty()) {
            return declared.stream().map(String::strip).filter(s -> !s.isEmpty()).map(FrenchText::typeset).toList();
        }
        List<String> points = new ArrayList<>();
        boolean fenced = false;
        for (String line : TextScan.lines(markdownBody)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || points.size() >= MAX || !line.startsWith("## ") && !line.startsWith("##\t")) {
                continue; // the expressions below only run on level-2 heading lines
            }
            Matcher heading = H2.matcher(line);
            if (heading.matches()) {
                String text = ATTRIBUTES.matcher(heading.group(1)).replaceAll("");
                text = LINK.matcher(text).replaceAll("$1").replace("**", "").replace("`", "").strip();
                if (!text.isEmpty()) {
                    points.add(FrenchText.typeset(text));
                }
            }
        }
        return points;
    }
}
