package fr.crefop.stages.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A {@link ContentStore} that keeps documents in a list: OrientDB is never started (it costs about 3 s and its
 * queries make rendering quadratic). Every query JBake's crawler and renderers use is answered from the list.
 * Not thread-safe for writes: documents are added from one thread, then only read.
 */
final class InMemoryContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator
            .comparing((DocumentModel d) -> d.getDate() == null ? new Date(0) : d.getDate()).reversed()
            .thenComparing(DocumentModel::getSourceuri);

    private final List<DocumentModel> documents = new ArrayList<>();

    InMemoryContentStore() {
        super("memory", "memento");
    }

    @Override
    public void startup() {
        // nothing to start: documents live in a list
    }

    @Override
    public void close() {
        // nothing to close
    }

    @Override
    public void shutdown() {
        // nothing to shut down
    }

    @Override
    public void drop() {
        documents.clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // every build starts from an empty store
    }

    @Override
    public void addDocument(DocumentModel document) {
        documents.add(document);
    }

    @Override
    public long getDocumentCount(String docType) {
        return documents.stream().filter(ofType(docType)).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return documents.stream().filter(ofType(docType).and(InMemoryContentStore::published)).count();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return select(d -> uri.equals(d.getSourceuri()));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(ofType("post").and(InMemoryContentStore::published).and(tagged(tag)));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return select(((Predicate<DocumentModel>) InMemoryContentStore::published).and(tagged(tag)));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(ofType(docType).and(InMemoryContentStore::published));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return select(ofType(docType));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return select(ofType(docType));
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(d -> !Boolean.TRUE.equals(d.getRendered()));
    }

    @Override
    public void deleteContent(String uri) {
        documents.removeIf(d -> uri.equals(d.getSourceuri()));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeIf(ofType(docType));
    }

    @Override
    public Set<String> getTags() {
        return tags(ofType("post").and(InMemoryContentStore::published));
    }

    @Override
    public Set<String> getAllTags() {
        return tags(InMemoryContentStore::published);
    }

    /** All documents in the order they were added. */
    List<DocumentModel> documents() {
        return List.copyOf(documents);
    }

    private Set<String> tags(Predicate<DocumentModel> filter) {
        Set<String> tags = new TreeSet<>();
        documents.stream().filter(filter).forEach(d -> {
            if (d.getTags() != null) {
                tags.addAll(Arrays.asList(d.getTags()));
            }
        });
        return tags;
    }

    private DocumentList<DocumentModel> select(Predicate<DocumentModel> filter) {
        return new IndexedDocumentList(documents.stream().filter(filter).sorted(NEWEST_FIRST).toList());
    }

    private static Predicate<DocumentModel> ofType(String docType) {
        return d -> docType.equals(d.getType());
    }

    private static Predicate<DocumentModel> tagged(String tag) {
        return d -> d.getTags() != null && Arrays.asList(d.getTags()).contains(tag);
    }

    private static boolean published(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }
}
