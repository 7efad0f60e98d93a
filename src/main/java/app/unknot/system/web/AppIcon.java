package app.unknot.system.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Unknot's mark, drawn once as geometry on a 100-unit square: a loop of cord loosened open, its end
 * running free. The same path becomes the SVG icon and every PNG, so they cannot drift apart. The
 * colours are the stylesheet's accent and its white text on it.
 */
final class AppIcon {

    static final String ACCENT = "#1d5e63";
    static final String PAPER = "#fbfaf7";

    private static final double STROKE = 12;
    private static final double CORNER = 22;
    /** A maskable icon may be cut to a circle of 80% of its width: the mark shrinks to stay inside it. */
    private static final double MASKABLE_SCALE = 0.8;

    /** How the square is filled: rounded with a clear corner, or to the edges for a platform to cut. */
    enum Fill {
        ROUNDED, FULL_BLEED, MASKABLE
    }

    private AppIcon() {
    }

    /** The loop: most of a circle, opened at the lower right, leaving along the bottom as a straight end. */
    private static Path2D mark(double scale) {
        Path2D path = new Path2D.Double();
        path.append(new Arc2D.Double(42 - 22, 50 - 22, 44, 44, -10, 280, Arc2D.OPEN), false);
        path.lineTo(80, 72);
        AffineTransform aroundTheMiddle = AffineTransform.getTranslateInstance(50, 50);
        aroundTheMiddle.scale(scale, scale);
        aroundTheMiddle.translate(-50, -50);
        return new Path2D.Double(path, aroundTheMiddle);
    }

    static String svg() {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = mark(1).getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(points(c, 1));
                case PathIterator.SEG_LINETO -> d.append('L').append(points(c, 1));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(points(c, 2));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(points(c, 3));
                default -> d.append('Z');
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">\
            <rect width="100" height="100" rx="%s" fill="%s"/>\
            <path d="%s" fill="none" stroke="#fff" stroke-width="%s" stroke-linecap="round"/></svg>
            """.formatted(number(CORNER), ACCENT, d.toString().trim(), number(STROKE));
    }

    private static String points(double[] c, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count * 2; i++) {
            text.append(number(c[i])).append(i == count * 2 - 1 ? "" : " ");
        }
        return text.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }

    static BufferedImage image(int size, Fill fill) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 100.0, size / 100.0);
            g.setColor(Color.decode(ACCENT));
            g.fill(fill == Fill.ROUNDED ? new RoundRectangle2D.Double(0, 0, 100, 100, CORNER * 2, CORNER * 2)
                : new Rectangle2D.Double(0, 0, 100, 100));
            g.setColor(Color.WHITE);
            double scale = fill == Fill.MASKABLE ? MASKABLE_SCALE : 1;
            g.setStroke(new BasicStroke((float) (STROKE * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(mark(scale));
        }
        finally {
            g.dispose();
        }
        return image;
    }

    static byte[] png(int size, Fill fill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(size, fill), "png", out);
        }
        catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /** An ICO file holding the rounded icon as PNGs, one per size (each at most 256 px). */
    static byte[] ico(int... sizes) {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(size, Fill.ROUNDED));
        }
        int offset = 6 + 16 * sizes.length;
        int length = offset + images.stream().mapToInt(image -> image.length).sum();
        ByteBuffer ico = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            ico.put((byte) (sizes[i] % 256)).put((byte) (sizes[i] % 256)).put((byte) 0).put((byte) 0);
            ico.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(ico::put);
        return ico.array();
    }
}
