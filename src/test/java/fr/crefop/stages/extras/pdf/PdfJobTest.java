package fr.crefop.stages.extras.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PDF's own thread: its result and its failures reach the build as if made in line, and closing the job waits
 * for a PDF under way (it writes into the staging folder, which the build removes or publishes right after).
 */
class PdfJobTest {

    @TempDir
    Path folder;

    private static final PdfSummary SUMMARY = new PdfSummary(MementoPdf.FILE, 3, 2048, List.of(), false);

    @Test
    void thePdfMadeOnItsThreadIsGivenBackWithItsOwnTime() {
        AtomicReference<String> thread = new AtomicReference<>("");
        try (PdfJob job = PdfJob.start(PdfWriter::new, (writer, target, previous) -> {
            thread.set(Thread.currentThread().getName());
            return Optional.of(SUMMARY);
        })) {
            job.start(folder, Optional.empty());
            Optional<PdfJob.Made> made = job.await();
            assertThat(made).map(PdfJob.Made::summary).contains(SUMMARY);
            assertThat(made.get().nanos()).isPositive();
        }
        assertThat(thread.get()).isEqualTo("memento-pdf");
    }

    @Test
    void aFailureOnThePdfThreadIsThrownByAwaitAsItWasThrown() {
        UncheckedIOException failure = new UncheckedIOException("disque plein", new java.io.IOException("No space left on device"));
        try (PdfJob job = PdfJob.start(PdfWriter::new, (writer, target, previous) -> {
            throw failure;
        })) {
            job.start(folder, Optional.empty());
            assertThatThrownBy(job::await).isSameAs(failure);
        }
    }

    @Test
    void closingWaitsForThePdfUnderWay() {
        Path pdf = folder.resolve("memento.pdf");
        try (PdfJob job = PdfJob.start(PdfWriter::new, (writer, target, previous) -> {
            try {
                Thread.sleep(300);
                Files.writeString(pdf, "%PDF");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Optional.of(SUMMARY);
        })) {
            job.start(folder, Optional.empty());
            // the build fails here (a check, an exception): the job is closed without await
        }
        assertThat(pdf).exists();
    }

    @Test
    void aJobWithoutPdfGivesNothing() {
        try (PdfJob job = PdfJob.none()) {
            job.start(folder, Optional.empty());
            assertThat(job.await()).isEmpty();
        }
    }
}
