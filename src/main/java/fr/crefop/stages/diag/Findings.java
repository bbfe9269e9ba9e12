package fr.crefop.stages.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A thread-safe collector of findings, shared by the steps of one build. */
public final class Findings {

    private final ConcurrentLinkedQueue<Finding> items = new ConcurrentLinkedQueue<>();

    public void add(Finding finding) {
        items.add(finding);
    }

    public void addAll(Collection<Finding> findings) {
        items.addAll(findings);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Finding::isError);
    }

    public long errorCount() {
        return items.stream().filter(Finding::isError).count();
    }

    /** All findings, sorted by file, line and column. */
    public List<Finding> sorted() {
        List<Finding> list = new ArrayList<>(items);
        list.sort(Finding.ORDER);
        return List.copyOf(list);
    }

    /** Throws a {@link SiteException} carrying every finding when at least one is an error. */
    public void failIfErrors(String step) {
        if (hasErrors()) {
            throw new SiteException(step, sorted());
        }
    }
}
