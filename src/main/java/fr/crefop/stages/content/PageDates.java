package fr.crefop.stages.content;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * The « Mis à jour le … » date of each page: the header's {@code date} if given; otherwise the date of the last
 * git commit that touched the file (read once per build with a single {@code git log} call over {@code content/});
 * otherwise, when git is missing or the file is not committed, the file's modification date (UTC day).
 * Never the build time: the same sources give the same pages.
 */
public final class PageDates {

    private static final long GIT_TIMEOUT_SECONDS = 20;

    private final Map<String, LocalDate> committed;

    private PageDates(Map<String, LocalDate> committed) {
        this.committed = Map.copyOf(committed);
    }

    /** No git dates: header date, else the file's modification date. */
    public static PageDates withoutGit() {
        return new PageDates(Map.of());
    }

    /** Reads the last commit date of every file under {@code content} (keys relative to it), if git answers. */
    public static PageDates read(Path content) {
        return new PageDates(gitDates(content));
    }

    /** The date to show for a page; empty only for a generated page with no header date. */
    public Optional<LocalDate> of(SourcePage page) {
        return page.frontMatter().date()
                .or(() -> Optional.ofNullable(committed.get(page.contentPath())))
                .or(() -> modified(page.file()));
    }

    private static Optional<LocalDate> modified(Path file) {
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC))
                    : Optional.empty();
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

    private static Map<String, LocalDate> gitDates(Path content) {
        if (!Files.isDirectory(content)) {
            return Map.of();
        }
        ProcessBuilder builder = new ProcessBuilder("git", "-c", "core.quotePath=false", "log",
                "--format=@%cs", "--name-only", "--relative", "--no-renames", "--", ".")
                .directory(content.toFile())
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
