package fr.crefop.stages.bake;

/**
 * Receives each page as soon as its layout has produced it (on the rendering thread, pages in parallel) and gives
 * back what to write in its file: the post step reads the page once there, so that no page waits in memory for the
 * others.
 */
@FunctionalInterface
public interface PageSink {

    /**
     * @param outputPath the page's file, relative to the output folder
     * @param html       the page as the layout produced it
     * @return what to write in the file
     */
    String page(String outputPath, String html);
}
