package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem in a layout shows on every page built with it. This folds the findings that only differ by their page
 * into one, naming a few of the pages: one broken link in a template is one error, not one per page.
 */
public final class SharedProblems {

    private static final Pattern PAGE_SUFFIX = Pattern.compile("^(.*) \\(page (\\S+)\\)$");
    private static final int PAGES_SHOWN = 3;

    private SharedProblems() {
    }

    public static List<Finding> fold(List<Finding> findings) {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        Map<String, Finding> firsts = new LinkedHashMap<>();
        List<Finding> result = new ArrayList<>();
        for (Finding finding : findings) {
            Matcher matcher = PAGE_SUFFIX.matcher(finding.message());
            if (finding.line() > 0 || !matcher.matches()) {
                result.add(finding);
                continue;
            }
            String key = finding.severity() + "|" + finding.path() + "|" + finding.rule() + "|" + matcher.group(1);
            firsts.putIfAbsent(key, finding);
            pages.computeIfAbsent(key, k -> new ArrayList<>()).add(matcher.group(2));
        }
        for (Map.Entry<String, Finding> entry : firsts.entrySet()) {
            Finding first = entry.getValue();
            List<String> urls = pages.get(entry.getKey()).stream().sorted().toList();
            Matcher matcher = PAGE_SUFFIX.matcher(first.message());
            matcher.matches();
            String where = urls.size() == 1 ? "page " + urls.get(0)
                    : urls.size() + " pages : " + String.join(", ", urls.subList(0, Math.min(PAGES_SHOWN, urls.size())))
                    + (urls.size() > PAGES_SHOWN ? "…" : "");
            result.add(new Finding(first.severity(), first.path(), first.line(), first.column(), first.rule(),
                    matcher.group(1) + " (" + where + ")", first.hint()));
        }
        return result;
    }
}
