import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Crosscheck icon with Java2D and writes it in the three formats jpackage wants: PNG (Linux, and the
 * window icon), ICO (Windows) and ICNS (macOS), each holding PNG images. No ImageMagick needed.
 * <p>
 * Run from the project folder: {@code java installer/IconGenerator.java}. The outputs are committed; run it again
 * only when the drawing changes.
 */
public final class IconGenerator {
    private static final Color NAVY = new Color(0x26, 0x34, 0x45);
    private static final Color NAVY_LIGHT = new Color(0x3d, 0x50, 0x68);
    private static final Color TEAL = new Color(0x2a, 0xb3, 0xa6, 215);
    private static final Color AMBER = new Color(0xf2, 0xa9, 0x3b, 215);

    private IconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path icons = Path.of("installer", "icons");
        Files.createDirectories(icons);
        Files.write(icons.resolve("crosscheck.png"), png(draw(256)));
        Path windowIcon = Path.of("src", "main", "resources", "org", "crosscheck", "app", "crosscheck-icon.png");
        Files.createDirectories(windowIcon.getParent());
        Files.write(windowIcon, png(draw(64)));

        Map<Integer, byte[]> ico = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            ico.put(size, png(draw(size)));
        }
        Files.write(icons.resolve("crosscheck.ico"), ico(ico));

        // ICNS element types that hold PNG data: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x)
        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("ic07", png(draw(128)));
        icns.put("ic08", png(draw(256)));
        icns.put("ic09", png(draw(512)));
        icns.put("ic10", png(draw(1024)));
        Files.write(icons.resolve("crosscheck.icns"), icns(icns));
    }

    /** Two overlapping records (circles) on a navy tile, with a tick where they overlap: records linked, checked. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(0, 0, NAVY_LIGHT, 0, 256, NAVY));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        g.setColor(TEAL);
        g.fill(new Ellipse2D.Double(34, 62, 122, 122));
        g.setColor(AMBER);
        g.fill(new Ellipse2D.Double(100, 62, 122, 122));

        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D tick = new Path2D.Double();
        tick.moveTo(104, 124);
        tick.lineTo(122, 144);
        tick.lineTo(156, 104);
        g.draw(tick);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICONDIR + one ICONDIRENTRY per image + the PNG payloads (PNG inside ICO: Windows Vista and later). */
    private static byte[] ico(Map<Integer, byte[]> images) {
        int headerSize = 6 + 16 * images.size();
        int total = headerSize + images.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerSize;
        for (Map.Entry<Integer, byte[]> e : images.entrySet()) {
            int size = e.getKey();
            buf.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buf.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            buf.putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        images.values().forEach(buf::put);
        return buf.array();
    }

    /** 'icns' + total length, then per element: 4-char type, length (including its 8-byte header), data. */
    private static byte[] icns(Map<String, byte[]> elements) {
        int total = 8 + elements.values().stream().mapToInt(b -> b.length + 8).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        buf.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        for (Map.Entry<String, byte[]> e : elements.entrySet()) {
            buf.put(e.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(e.getValue().length + 8);
            buf.put(e.getValue());
        }
        return buf.array();
    }
}
