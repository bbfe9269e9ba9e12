package fr.crefop.stages.testing;

import fr.crefop.stages.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the command line on a site that holds hostile input, and tells what changed on disk.
 * <p>
 * Layout inside the test's temporary folder: the site in {@code site/}, published to {@code site/out/site}.
 * Every file under the temporary folder is fingerprinted before and after the command, so that a write anywhere
 * (outside the output, or into the published site after a failed build) and a staging folder left behind are seen.
 */
public final class HostileBuild {

    private final Path folder;
    private final TestSite site;

    private HostileBuild(Path folder) {
        this.folder = folder;
        this.site = TestSite.write(folder.resolve("site"), TestSite.HOME);
    }

    /** A valid one-page site in {@code folder/site}, not built yet. */
    public static HostileBuild in(Path folder) {
        return new HostileBuild(folder);
    }

    public TestSite site() {
        return site;
    }

    public Path folder() {
        return folder;
    }

    /** Builds and publishes the site as it is now (must succeed): the "previously published site". */
    public HostileBuild publish() {
        Outcome outcome = run("build");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        return this;
    }

    /** Runs {@code command --source site --output site/out/site [extra...]} in-process. */
    public Outcome run(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--source", site.root().toString()));
        if (!command.equals("check")) {
            args.addAll(List.of("--output", site.output().toString()));
        }
        args.addAll(List.of(extra));
        Map<String, String> before = snapshot();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute(args.toArray(String[]::new));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                before, snapshot(), folder.relativize(site.output()).toString().replace('\\', '/'));
    }

    /**
     * Fingerprints of the test folder, the published site seen through the output's link: the output is a symbolic
     * link to a version folder next to it, whose files are listed under the output's own path.
     */
    private Map<String, String> snapshot() {
        Map<String, String> prints = fingerprints(folder);
        Path output = site.output();
        if (!Files.isSymbolicLink(output)) {
            return prints;
        }
        try {
            Path version = output.resolveSibling(Files.readSymbolicLink(output)).normalize();
            String versionName = folder.relativize(version).toString().replace('\\', '/');
            String outputName = folder.relativize(output).toString().replace('\\', '/');
            prints.keySet().removeIf(p -> p.equals(versionName + "/") || p.startsWith(versionName + "/"));
            if (Files.isDirectory(version)) {
                fingerprints(version).forEach((path, print) -> prints.put(outputName + "/" + path, print));
            }
            return prints;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one command did. Paths are relative to the test folder, with '/' separators. */
    public record Outcome(int exitCode, String stdout, String stderr, Map<String, String> before,
                          Map<String, String> after, String output) {

        /** Files created, deleted or modified by the command, outside the output folder. */
        public Set<String> changedOutsideOutput() {
            return changed(path -> !inOutput(path));
        }

        /** Files created, deleted or modified by the command inside the output folder. */
        public Set<String> changedInOutput() {
            return changed(this::inOutput);
        }

        /** Staging or old copies left next to the output. */
        public Set<String> leftovers() {
            Set<String> left = new TreeSet<>();
            for (String path : after.keySet()) {
                String parent = output.contains("/") ? output.substring(0, output.lastIndexOf('/') + 1) : "";
                if (path.startsWith(parent) && !inOutput(path) && path.substring(parent.length()).startsWith(".")) {
                    left.add(path);
                }
            }
            return left;
        }

        /** The command refused the input: exit code, nothing changed anywhere, nothing left behind. */
        public Outcome refusedCleanly(int expectedCode) {
            assertThat(exitCode).as("exit code; stderr:%n%s", stderr).isEqualTo(expectedCode);
            assertThat(changedInOutput()).as("published site must be byte-for-byte unchanged").isEmpty();
            assertThat(changedOutsideOutput()).as("nothing outside the output may change").isEmpty();
            assertThat(leftovers()).as("no staging folder left behind").isEmpty();
            assertThat(stderr).as("no stack trace for an editor").doesNotContain("\tat ", "Exception in thread");
            return this;
        }

        /** The output, and its lock file next to it (kept between builds on purpose). */
        private boolean inOutput(String path) {
            String lock = output.contains("/")
                    ? output.substring(0, output.lastIndexOf('/') + 1) + "." + output.substring(output.lastIndexOf('/') + 1) + ".lock"
                    : "." + output + ".lock";
            return path.equals(output) || path.startsWith(output + "/") || path.equals(lock);
        }

        private Set<String> changed(java.util.function.Predicate<String> where) {
            Set<String> all = new TreeSet<>(before.keySet());
            all.addAll(after.keySet());
            Set<String> changed = new TreeSet<>();
            for (String path : all) {
                if (where.test(path) && !java.util.Objects.equals(before.get(path), after.get(path))) {
                    changed.add(path);
                }
            }
            return changed;
        }
    }

    /** Path → SHA-256 of every regular file (symbolic links: their target text) under {@code root}. */
    public static Map<String, String> fingerprints(Path root) {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    prints.put(name, "link:" + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    prints.put(name, sha256(Files.readAllBytes(path)));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && !name.isEmpty()) {
                    prints.put(name + "/", "dir");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prints;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
