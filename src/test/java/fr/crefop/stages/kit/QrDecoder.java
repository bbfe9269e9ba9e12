package fr.crefop.stages.kit;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a QR code SVG of the site back: its path becomes modules again, decoded by ZXing (no AWT). */
final class QrDecoder {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    private QrDecoder() {
    }

    static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new AssertionError("no viewBox in " + svg);
        }
        BitMatrix matrix = new BitMatrix(Integer.parseInt(box.group(1)), Integer.parseInt(box.group(2)));
        Matcher module = MODULE.matcher(svg.substring(svg.indexOf(" d=\"")));
        while (module.find()) {
            matrix.set(Integer.parseInt(module.group(1)), Integer.parseInt(module.group(2)));
        }
        return decode(matrix);
    }

    static String decode(BitMatrix matrix) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new MatrixLuminance(matrix)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    /** The matrix as grey levels, each module drawn as SCALE × SCALE pixels. */
    private static final class MatrixLuminance extends LuminanceSource {
        private final BitMatrix matrix;

        MatrixLuminance(BitMatrix matrix) {
            super(matrix.getWidth() * SCALE, matrix.getHeight() * SCALE);
            this.matrix = matrix;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            for (int x = 0; x < getWidth(); x++) {
                out[x] = matrix.get(x / SCALE, y / SCALE) ? 0 : (byte) 255;
            }
            return out;
        }

        @Override
        public byte[] getMatrix() {
            byte[] all = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, all, y * getWidth(), getWidth());
            }
            return all;
        }
    }
}
