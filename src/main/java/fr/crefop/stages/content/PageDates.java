package fr.crefop.stages.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The « Mis à jour le … » date of each page: the header's {@code date} if given; otherwise the date of the last
 * git commit that touched the file (read once per build with a single {@code git log} call over {@code content/}
 * and {@code data/}); otherwise, when git is missing or the file is not committed, the file's modification date
 * (UTC day). A generated page (statistics of a département) takes the newest date of the data folder it comes
 * from. Never the build time: the same sources give the same pages.
 */
public final class PageDates {

    private static final long GIT_TIMEOUT_SECONDS = 20;

    private final Path root;
    private final Map<String, LocalDate> committed;

    private PageDates(Path root, Map<String, LocalDate> committed) {
        this.root = root.toAbsolutePath().normalize();
        this.committed = Map.copyOf(committed);
    }

    /** No git dates: header date, else the file's modification date. */
    public static PageDates withoutGit(Path root) {
        return new PageDates(root, Map.of());
    }

    /** Reads the last commit date of every file under {@code root}'s content/ and data/ (keys relative to root). */
    public static PageDates read(Path root) {
        return new PageDates(root, gitDates(root));
    }

    /**
     * The date to show for a page: header date, else last commit, else modification date. A generated page, whose
     * path reads {@code data/statistiques (page générée …)}, takes the newest date of the files of that folder.
     */
    public Optional<LocalDate> of(SourcePage page) {
        if (page.frontMatter().date().isPresent()) {
            return page.frontMatter().date();
        }
        if (Files.isRegularFile(page.file())) {
            return Optional.ofNullable(committed.get(page.path())).or(() -> modified(page.file()));
        }
        String folder = page.path().split(" \\(", 2)[0].strip();
        return committed.entrySet().stream().filter(e -> e.getKey().startsWith(folder + "/"))
                .map(Map.Entry::getValue).max(LocalDate::compareTo)
                .or(() -> newestModified(root.resolve(folder).normalize()));
    }

    private Optional<LocalDate> newestModified(Path folder) {
        if (!folder.startsWith(root) || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(PageDates::modified).flatMap(Optional::stream)
                    .max(LocalDate::compareTo);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> modified(Path file) {
        try {
            return Optional.of(LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code git log --format=@%cs --name-only --relative}: newest commit first, so the first date of a file wins. */
    static Map<String, LocalDate> parse(String log) {
        Map<String, LocalDate> dates = new HashMap<>();
        LocalDate current = null;
        for (String line : log.split("\n")) {
            String text = line.strip();
            if (text.startsWith("@")) {
                try {
                    current = LocalDate.parse(text.substring(1));
                } catch (DateTimeParseException e) {
                    current = null;
                }
            } else if (!text.isEmpty() && current != null) {
                dates.putIfAbsent(text, current);
            }
        }
        return dates;
    }

    private static Map<String, LocalDate> gitDates(Path root) {
        if (!Files.isDirectory(root)) {
            return Map.of();
        }
        ProcessBuilder builder = new ProcessBuilder("git", "-c", "core.quotePath=false", "log",
                "--format=@%cs", "--name-only", "--relative", "--no-renames", "--", "content", "data")
                .directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Map.of();
            }
            return process.exitValue() == 0 ? parse(new String(output, StandardCharsets.UTF_8)) : Map.of();
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }
}
