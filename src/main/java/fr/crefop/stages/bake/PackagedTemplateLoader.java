package fr.crefop.stages.bake;

import fr.crefop.stages.paths.ContainedPath;
import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the project's default templates straight from the jar (a folder of the jar's file system), so that no copy
 * on disk, which another user of the machine could replace, is ever read.
 */
final class PackagedTemplateLoader implements TemplateLoader {

    private final Path folder;

    PackagedTemplateLoader(Path folder) {
        this.folder = folder;
    }

    /** Freemarker's contract: the template's source, or {@code null} when there is no such template. */
    @Override
    public Object findTemplateSource(String name) {
        Optional<Path> file = ContainedPath.resolve(folder, name).filter(Files::isRegularFile);
        return file.isPresent() ? file.get() : null;
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, Charset.forName(encoding));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing is kept open between calls
    }
}
