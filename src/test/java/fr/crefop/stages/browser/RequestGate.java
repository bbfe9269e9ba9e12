package fr.crefop.stages.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No request leaves 127.0.0.1 while a page loads (privacy, RGPD, and a site that works offline). Three witnesses:
 * the requests Chromium sent to its proxy (everything not for 127.0.0.1 goes there, see {@link OutboundTrap}),
 * the page's navigation and resource performance entries, and the addresses the HTML and CSS make the browser
 * load by themselves (links a reader follows are not concerned).
 * <p>
 * Chromium itself sometimes calls Google on its own (sign-in's {@code ListAccounts} to accounts.google.com, which no
 * flag turns off) while some page happens to be loading. So a request seen by the proxy only counts if it comes
 * back each time the page is loaded again (twice more): a page's requests do, the browser's own do not; these are
 * listed for review, not failed.
 */
final class RequestGate {

    private static final String HELP = "Hébergez la ressource sur le site (assets/) au lieu de la charger d'ailleurs.";

    /**
     * What the check found.
     *
     * @param findings the page's own requests and references to other sites: failures
     * @param toReview requests to other sites that did not come back when the page was loaded again
     */
    record Outcome(List<GateFinding> findings, List<GateFinding> toReview) {
    }

    static final int RELOADS = 2;

    private final Browser browser;
    private final String script = GateScript.load("requests.js");

    RequestGate(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page and lists what it fetched, or would fetch, from anywhere but {@code origin}. */
    Outcome check(String page, URI address, String origin) {
        browser.viewport(1280, 800);
        browser.open(address);
        Map<?, ?> seen = (Map<?, ?>) browser.script(script);
        List<String> outbound = browser.outboundRequests();
        Set<String> repeated = new LinkedHashSet<>(outbound);
        for (int reload = 0; reload < RELOADS && !repeated.isEmpty(); reload++) {
            browser.open(address);
            repeated.retainAll(Set.copyOf(browser.outboundRequests()));
        }
        List<GateFinding> findings = new ArrayList<>();
        List<GateFinding> toReview = new ArrayList<>();
        for (String request : new LinkedHashSet<>(outbound)) {
            if (repeated.contains(request)) {
                findings.add(new GateFinding(page, "requests", "requête sortante", request,
                        "à chaque chargement, la page fait joindre au navigateur un autre site que 127.0.0.1. " + HELP, ""));
            } else {
                toReview.add(new GateFinding(page, "requests", "requête du navigateur lui-même", request,
                        "vue une fois pendant le chargement, pas aux " + RELOADS + " rechargements suivants", ""));
            }
        }
        for (Object entry : (List<?>) seen.get("entries")) {
            String url = String.valueOf(entry);
            if (!local(url, origin)) {
                findings.add(new GateFinding(page, "requests", "ressource d'un autre site", url,
                        "la page a chargé cette ressource (performance entry). " + HELP, ""));
            }
        }
        for (Object item : (List<?>) seen.get("loaded")) {
            Map<?, ?> loaded = (Map<?, ?>) item;
            String url = String.valueOf(loaded.get("url"));
            if (!local(url, origin)) {
                findings.add(new GateFinding(page, "requests", "adresse externe chargée par la page",
                        String.valueOf(loaded.get("element")), url + " : " + HELP, ""));
            }
        }
        return new Outcome(List.copyOf(findings), List.copyOf(toReview));
    }

    static boolean local(String url, String origin) {
        return url.equals(origin) || url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")
                || url.startsWith("about:");
    }
}
