package fr.crefop.stages.collective.plan;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.SiteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the {@code .yaml} files of a data folder (sorted, contained in it) and reads each with a reader; a file that
 * cannot be read adds its findings and is left out, so that every broken file is reported in one build.
 *
 * @param <T> what one file becomes
 */
public final class YamlFolder<T> {

    /** Reads one file: its text, its path relative to the site folder, its slug. */
    public interface Reader<T> {
        T read(String text, String path, String slug);
    }

    private final Path root;
    private final String folder;
    private final Reader<T> reader;

    /**
     * @param root   the site folder
     * @param folder the data folder relative to it, e.g. {@code data/stages-collectifs}
     */
    public YamlFolder(Path root, String folder, Reader<T> reader) {
        this.root = root.toAbsolutePath().normalize();
        this.folder = folder;
        this.reader = reader;
    }

    public static YamlFolder<StagePlan> plans(Path root) {
        PlanReader reader = new PlanReader();
        return new YamlFolder<>(root, "data/stages-collectifs", reader::read);
    }

    public List<T> load(Findings findings) {
        Path dir = root.resolve(folder).normalize();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (Path file : files(dir)) {
            String path = folder + "/" + file.getFileName();
            try {
                if (!file.toRealPath().startsWith(root.toRealPath())) {
                    findings.add(Finding.error(path, 0, PlanReader.RULE, "le fichier pointe hors du dossier du site",
                            "remplacez le lien symbolique par le fichier lui-même"));
                    continue;
                }
                String text = decode(Files.readAllBytes(file));
                String name = file.getFileName().toString();
                result.add(reader.read(text, path, name.substring(0, name.length() - ".yaml".length())));
            } catch (SiteException e) {
                findings.addAll(e.findings());
            } catch (CharacterCodingException e) {
                findings.add(Finding.error(path, 0, PlanReader.RULE, "le fichier n'est pas en UTF-8",
                        "enregistrez-le en UTF-8 depuis votre éditeur"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return result;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .sorted(java.util.Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

}
