package fr.crefop.stages.serve;

import java.util.Optional;

/**
 * One range of bytes asked by a {@code Range} header: {@code bytes=a-b}, {@code bytes=a-} or {@code bytes=-n}
 * (the last n bytes). Several ranges, another unit or a malformed header are ignored: the whole file is sent (200),
 * as the HTTP standard allows.
 *
 * @param first the first byte sent
 * @param last  the last byte sent (inclusive)
 */
record ByteRange(long first, long last) {

    /** What to do with a Range header for a file of {@code size} bytes. */
    sealed interface Answer permits Whole, Part, Unsatisfiable {
    }

    /** No usable Range header: send the whole file. */
    record Whole() implements Answer {
    }

    /** Send this part with 206. */
    record Part(ByteRange range) implements Answer {
    }

    /** The range lies outside the file: 416. */
    record Unsatisfiable() implements Answer {
    }

    long length() {
        return last - first + 1;
    }

    /** {@code bytes 0-99/1000}, for Content-Range. */
    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    static Answer of(Optional<String> header, long size) {
        if (header.isEmpty()) {
            return new Whole();
        }
        String value = header.get().strip();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6) || value.indexOf(',') >= 0) {
            return new Whole();
        }
        String spec = value.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> start = number(spec.substring(0, dash));
        Optional<Long> end = number(spec.substring(dash + 1));
        if (dash == 0) {
            if (end.isEmpty()) {
                return new Whole();
            }
            long suffix = end.get();
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        if (start.isEmpty() || (dash + 1 < spec.length() && end.isEmpty())) {
            return new Whole();
        }
        long first = start.get();
        long last = end.map(e -> Math.min(e, size - 1)).orElse(size - 1);
        if (end.isPresent() && end.get() < first) {
            return new Whole();
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(first, last));
    }

    private static Optional<Long> number(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
