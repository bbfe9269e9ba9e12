package fr.crefop.stages.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The path of a request, decoded as a web host decodes it: only {@code %XX} escapes are decoded (as UTF-8 bytes),
 * a {@code +} stays a plus (it means a space only in a query string). A path that cannot name a file of the site is
 * refused: a bad escape, bytes that are not UTF-8, a control character ({@code %00}...), a backslash, a {@code .}
 * or {@code ..} segment.
 *
 * @param value the decoded path, starting with {@code /}
 */
record RequestPath(String value) {

    /** The decoded path, or empty when the raw path is not acceptable (answer 400). */
    static Optional<RequestPath> decode(String raw) {
        if (raw == null || !raw.startsWith("/")) {
            return Optional.empty();
        }
        return bytes(raw).flatMap(RequestPath::utf8).filter(RequestPath::acceptable).map(RequestPath::new);
    }

    /** True when the path names a folder ({@code /} or ending with {@code /}). */
    boolean isFolder() {
        return value.endsWith("/");
    }

    /** The path without its leading {@code /}, to resolve against the site folder. */
    String relative() {
        return value.substring(1);
    }

    private static Optional<byte[]> bytes(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return Optional.of(bytes.toByteArray());
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean acceptable(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
