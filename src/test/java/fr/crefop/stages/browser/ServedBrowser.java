package fr.crefop.stages.browser;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A built site served on 127.0.0.1 and a headless Chromium to read it, opened together for a browser test class
 * and closed together (the browser first). Without Chromium, neither is opened and {@link #assumeChromium()} skips
 * the tests with the install message (or fails them when the browser tests are required).
 */
final class ServedBrowser implements AutoCloseable {

    private final Optional<BrowserInstall> install;
    private final SiteServer server;
    private final Browser browser;

    private ServedBrowser(Optional<BrowserInstall> install, SiteServer server, Browser browser) {
        this.install = install;
        this.server = server;
        this.browser = browser;
    }

    static ServedBrowser open(Path root) {
        Optional<BrowserInstall> install = BrowserInstall.lookUp();
        if (install.isEmpty()) {
            return new ServedBrowser(install, null, null);
        }
        SiteServer server = SiteServer.serve(root);
        try {
            return new ServedBrowser(install, server, Browser.launch(install.get()));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Call before each test. */
    void assumeChromium() {
        BrowserInstall.skipUnless(install);
    }

    /** The server (null without Chromium: tests are skipped then). */
    SiteServer server() {
        return server;
    }

    /** The browser (null without Chromium: tests are skipped then). */
    Browser browser() {
        return browser;
    }

    boolean isOpen() {
        return browser != null;
    }

    @Override
    public void close() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
