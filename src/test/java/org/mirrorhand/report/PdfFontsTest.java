package org.mirrorhand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    @Test
    void chineseLettersGoToTheFallbackFontAndEverythingElseStaysInDejaVu() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            List<PdfFonts.Run> runs = fonts.runs(PdfFonts.Weight.REGULAR, "Łukasz 王小明 Αλέξανδρος");
            assertEquals(List.of("Łukasz ", "王小明", " Αλέξανδρος"), runs.stream().map(PdfFonts.Run::text).toList());
            assertNotSame(runs.get(0).font(), runs.get(1).font());
            assertTrue(runs.get(0).font() == runs.get(2).font());
        }
    }

    @Test
    void aLetterNoFontHasLikeDevanagariAndAControlCharacterBecomeAQuestionMark() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            String shown = String.join("", fonts.runs(PdfFonts.Weight.BOLD, "a\n\u0915b").stream()
                    .map(PdfFonts.Run::text).toList());
            assertEquals("a??b", shown);
        }
    }

    @Test
    void wrappedLinesFitTheWidthAndKeepEveryLetter() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            String text = "Αλέξανδρος Παπαδόπουλος - affected hand: left - 2026-11-04 to 2026-12-01 - printed today "
                    + "王".repeat(80);
            List<String> lines = fonts.wrap(PdfFonts.Weight.REGULAR, 13, text, 300);
            assertTrue(lines.size() > 3, lines.toString());
            for (String line : lines) {
                assertTrue(fonts.width(PdfFonts.Weight.REGULAR, 13, line) <= 300, line);
            }
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
        }
    }
}
