package fr.crefop.stages.kit;

import java.util.List;

/**
 * What the templates know of the communication kit ({@code kit} in templates). No value is null.
 *
 * @param resource    the page is a resource (its header has {@code audience}): it shows the share block
 * @param flyer       the page is the flyer view of a resource
 * @param shareText   the ready-to-paste text for Pronote or an ENT: title, one sentence, the address
 * @param address     the page's absolute address, or « adresse à confirmer » while {@code site.yaml} has no url
 * @param addressKnown whether {@code address} is a real address
 * @param flyerUrl    the flyer's address on the site (with base path), or the resource's own address on a flyer
 * @param title       the resource's title
 * @param description the resource's one-sentence description
 * @param points      the key points printed on the flyer
 * @param qrSvg       the QR code of {@code address}, SVG to print with {@code ?no_esc}; empty while the address is
 *                    not known
 */
public record KitView(boolean resource, boolean flyer, String shareText, String address, boolean addressKnown,
                      String flyerUrl, String title, String description, List<String> points, String qrSvg) {

    public static final String UNKNOWN_ADDRESS = "adresse à confirmer";
    public static final KitView NONE = new KitView(false, false, "", "", false, "", "", "", List.of(), "");

    public KitView {
        points = List.copyOf(points);
    }
}
