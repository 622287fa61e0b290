package org.mirrorhand.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: DejaVu Sans for most scripts, Droid Sans Fallback for Chinese, Japanese and Korean, embedded as
 * subsets from the program's resources (see fonts/README.md). Text is drawn in runs, each in the first font that has its
 * letters, so a name in any of those scripts prints as typed. Used by the thread writing the report.
 */
final class PdfFonts {
    private static final String DIR = "/fonts/";

    /** Weight of a piece of text. */
    enum Weight { REGULAR, BOLD }

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private PDFont fallback;

    PdfFonts(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = load("DejaVuSans.ttf");
        this.bold = load("DejaVuSans-Bold.ttf");
    }

    /** Shows {@code text} at the current text position, switching fonts where a letter needs another one. */
    void show(PDPageContentStream cs, Weight weight, float size, String text) throws IOException {
        for (Run run : runs(weight, text)) {
            cs.setFont(run.font(), size);
            cs.showText(run.text());
        }
    }

    /** Width of {@code text} in points at {@code size}. */
    float width(Weight weight, float size, String text) throws IOException {
        float units = 0;
        for (Run run : runs(weight, text)) {
            units += run.font().getStringWidth(run.text());
        }
        return units / 1000 * size;
    }

    /**
     * The text broken at spaces into lines no wider than {@code maxWidth}; a word wider than a line is broken between
     * letters. Long names and notes stay on the page.
     */
    List<String> wrap(Weight weight, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (width(weight, size, tried) <= maxWidth) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int cp : word.codePoints().toArray()) {
                String longer = line + new String(Character.toChars(cp));
                if (line.length() > 0 && width(weight, size, longer) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Pieces of the text, each with a font that can draw it; a letter no font has becomes "?". */
    List<Run> runs(Weight weight, String text) throws IOException {
        return runs(weight == Weight.BOLD ? bold : regular, text);
    }

    private List<Run> runs(PDFont primary, String text) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFont current = null;
        StringBuilder piece = new StringBuilder();
        for (int cp : text.codePoints().toArray()) {
            String ch = new String(Character.toChars(cp));
            PDFont font = has(primary, ch) ? primary : has(fallback(), ch) ? fallback() : primary;
            if (font == primary && !has(primary, ch)) {
                ch = "?";
            }
            if (font != current && piece.length() > 0) {
                runs.add(new Run(current, piece.toString()));
                piece.setLength(0);
            }
            current = font;
            piece.append(ch);
        }
        if (piece.length() > 0) {
            runs.add(new Run(current, piece.toString()));
        }
        return runs;
    }

    /** A piece of text and the font that draws it. */
    record Run(PDFont font, String text) {
    }

    private PDFont fallback() throws IOException {
        if (fallback == null) {
            // Loaded on first need only: most reports have no CJK letter, and this font is 4 MB.
            fallback = load("DroidSansFallbackFull.ttf");
        }
        return fallback;
    }

    private static boolean has(PDFont font, String ch) {
        if (Character.isISOControl(ch.codePointAt(0))) {
            return false;
        }
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private PDFont load(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("the font " + name + " is missing from the program;"
                        + " build it again with `mvn package`"));
            }
            return PDType0Font.load(doc, in);
        }
    }
}
