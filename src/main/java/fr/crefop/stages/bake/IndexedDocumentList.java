package fr.crefop.stages.bake;

import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * JBake's {@link DocumentList} is a {@code LinkedList} and its renderers call {@code get(i)} and {@code indexOf}
 * per document (quadratic, and {@code indexOf} compares whole maps). This read-mostly snapshot answers both in O(1).
 */
final class IndexedDocumentList extends DocumentList<DocumentModel> {

    private final List<DocumentModel> items;
    private final Map<DocumentModel, Integer> positions = new IdentityHashMap<>();

    IndexedDocumentList(Collection<DocumentModel> documents) {
        super.addAll(documents);
        this.items = new ArrayList<>(documents);
        for (int i = 0; i < items.size(); i++) {
            positions.putIfAbsent(items.get(i), i);
        }
    }

    @Override
    public DocumentModel get(int index) {
        return items.get(index);
    }

    @Override
    public int indexOf(Object o) {
        Integer position = positions.get(o);
        return position == null ? super.indexOf(o) : position;
    }

    @Override
    public DocumentModel getFirst() {
        return items.get(0);
    }

    @Override
    public DocumentModel getLast() {
        return items.get(items.size() - 1);
    }
}
