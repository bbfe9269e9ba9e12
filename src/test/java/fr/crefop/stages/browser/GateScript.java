package fr.crefop.stages.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A JavaScript check run in the page, read from {@code src/test/resources/browser/gate/}, preceded by the helpers
 * of {@code describe.js}. Run it with {@link Browser#script}: its {@code return} value comes back as Java maps and
 * lists.
 */
final class GateScript {

    private GateScript() {
    }

    static String load(String name) {
        return read("describe.js") + "\n" + read(name);
    }

    private static String read(String name) {
        String resource = "/browser/gate/" + name;
        try (InputStream in = GateScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
