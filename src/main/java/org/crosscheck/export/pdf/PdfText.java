package org.crosscheck.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text down an A4 page top to bottom, wrapping at the margin and starting a continuation page when the page is
 * full. Characters the font has no glyph for are replaced by "?" rather than failing the whole document.
 */
final class PdfText implements AutoCloseable {
    static final float MARGIN = 42;
    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final String continuation;
    private PDPageContentStream cs;
    private float y;

    PdfText(PDDocument doc, PDFont regular, PDFont bold, String continuation) {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.continuation = continuation;
    }

    void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float remaining() {
        return y - MARGIN;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void gap(float points) {
        y -= points;
    }

    void heading(String text) {
        ensure(30);
        gap(6);
        paragraph(bold, 11.5f, text, 0);
        try {
            cs.setLineWidth(0.6f);
            cs.moveTo(MARGIN, y + 2);
            cs.lineTo(MARGIN + width(), y + 2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gap(3);
    }

    void title(String text, float size) {
        paragraph(bold, size, text, 0);
    }

    void line(String text) {
        paragraph(regular, 9.5f, text, 0);
    }

    void bullet(String text, float indent) {
        paragraph(regular, 9.5f, "• " + text, indent);
    }

    /** A smaller line indented under a bullet. */
    void sub(String text) {
        paragraph(regular, 8.5f, text, 14);
    }

    void label(String label, String text) {
        paragraph(regular, 9.5f, label + ": " + (text == null ? "" : text), 0);
    }

    void emphasis(String text) {
        paragraph(bold, 9.5f, text, 12);
    }

    /** Ruled lines for handwritten notes down to the bottom margin, at least {@code min} of them. */
    void noteLines(int min) {
        float step = 18;
        if (remaining() < min * step + 20) {
            newPage();
        }
        heading("Notes");
        try {
            cs.setLineWidth(0.3f);
            while (y - step > MARGIN) {
                y -= step;
                cs.moveTo(MARGIN, y);
                cs.lineTo(MARGIN + width(), y);
                cs.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void paragraph(PDFont font, float size, String text, float indent) {
        float leading = size * 1.3f;
        for (String l : wrap(font, size, clean(font, text), width() - indent)) {
            ensure(leading);
            try {
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(MARGIN + indent, y - size);
                cs.showText(l);
                cs.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= leading;
        }
    }

    private void ensure(float needed) {
        if (y - needed < MARGIN) {
            newPage();
            paragraph(regular, 8.5f, continuation, 0);
            gap(4);
        }
    }

    static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (width(font, size, candidate) <= width || current.length() == 0) {
                current.setLength(0);
                current.append(candidate);
                // a single word wider than the line is cut
                while (width(font, size, current.toString()) > width && current.length() > 1) {
                    int cut = current.length() - 1;
                    while (cut > 1 && width(font, size, current.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(current.substring(0, cut));
                    current.delete(0, cut);
                }
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        if (current.length() > 0 || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static float width(PDFont font, float size, String s) {
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Control characters become spaces; characters the font lacks become "?". */
    static String clean(PDFont font, String text) {
        String s = text == null ? "" : text.replaceAll("[\\p{Cntrl}]", " ").replaceAll(" {2,}", " ").trim();
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    @Override
    public void close() {
        try {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
