package fr.crefop.stages.kit;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * A QR code drawn as SVG at build time: ZXing's {@link QRCodeWriter} gives the modules, and the dark ones become a
 * single {@code <path>} (one unit square per module, quiet zone of 4 modules). No AWT, no network; same text, same
 * bytes.
 */
public final class QrSvg {

    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /** The module matrix of {@code text}, quiet zone included (level M, UTF-8). */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8",
                            EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }

    /**
     * The SVG of the QR code of {@code address}: {@code role="img"}, a {@code <title>} naming the address, black
     * modules on white (prints in black and white).
     */
    public static String svg(String address) {
        BitMatrix matrix = matrix(address);
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String label = "QR code menant à " + escape(address);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-labelledby=\"qr-titre\""
                + " viewBox=\"0 0 " + size + " " + matrix.getHeight() + "\" shape-rendering=\"crispEdges\">"
                + "<title id=\"qr-titre\">" + label + "</title>"
                + "<rect width=\"" + size + "\" height=\"" + matrix.getHeight() + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
