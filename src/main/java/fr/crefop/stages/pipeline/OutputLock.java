package fr.crefop.stages.pipeline;

import fr.crefop.stages.diag.EnvironmentException;
import fr.crefop.stages.diag.IoFailure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One build at a time per output: an exclusive lock on {@code .NAME.lock} next to the output, held for the whole
 * build. A second build (another process, or another thread of this one) waits a bounded time, then stops with a
 * French message. The lock file holds the number of the process that has it. The system releases the lock when the
 * process ends, even on {@code kill -9}; the file stays (removing it would let two builds lock two different files).
 */
final class OutputLock implements AutoCloseable {

    /** How long a second build waits for the first one. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path file(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".lock");
    }

    static OutputLock acquire(Path output, Duration wait) {
        Path file = file(output);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw IoFailure.write(file, e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                java.util.Optional<FileLock> lock = tryLock(channel);
                if (lock.isPresent()) {
                    writePid(channel);
                    return new OutputLock(channel, lock.get());
                }
                if (System.nanoTime() > deadline) {
                    throw new EnvironmentException("une autre construction" + holder(file) + " publie déjà dans " + output
                            + " (verrou " + file + ", attendu " + wait.toSeconds() + " s)",
                            "attendez qu'elle se termine (ou arrêtez « serve » sur ce dossier), puis relancez");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel);
            throw new EnvironmentException("construction interrompue en attendant le verrou " + file, "relancez", e);
        } catch (IOException e) {
            close(channel);
            throw IoFailure.write(file, e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /** The lock file says which process holds it, for the message of a build that waits. */
    private static void writePid(FileChannel channel) throws IOException {
        byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        channel.write(ByteBuffer.wrap(pid), 0);
        channel.truncate(pid.length);
    }

    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,10}") ? " (processus " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static java.util.Optional<FileLock> tryLock(FileChannel channel) throws IOException {
        try {
            return java.util.Optional.ofNullable(channel.tryLock());
        } catch (OverlappingFileLockException e) {
            return java.util.Optional.empty(); // held by another build of this process
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was locked
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
    }
}
