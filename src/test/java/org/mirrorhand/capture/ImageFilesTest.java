package org.mirrorhand.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.HugePng;
import org.mirrorhand.testing.SharedMedia;

class ImageFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsPngPixelsAsRgbInRowOrder() throws IOException {
        BufferedImage picture = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, 0xff0000);
        picture.setRGB(2, 1, 0x0000ff);
        picture.setRGB(1, 0, 0x00ff00);
        Path png = dir.resolve("tiny.png");
        ImageIO.write(picture, "png", png.toFile());

        RgbImage image = ImageFiles.read(png);
        assertEquals(3, image.width());
        assertEquals(2, image.height());
        byte[] p = image.pixels();
        assertEquals(255, p[0] & 0xff, "red pixel top-left");
        assertEquals(0, p[2] & 0xff);
        assertEquals(255, p[4] & 0xff, "green pixel next to it");
        assertEquals(255, p[(1 * 3 + 2) * 3 + 2] & 0xff, "blue pixel bottom-right");
    }

    @Test
    void readsBmpAndJpeg() throws IOException {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (String format : new String[] {"bmp", "jpg"}) {
            Path file = dir.resolve("p." + format);
            ImageIO.write(picture, format, file.toFile());
            RgbImage image = ImageFiles.read(file);
            assertEquals(40, image.width(), format);
        }
    }

    @Test
    void refusesAnImageTooLargeToHoldBeforeDecodingIt() throws IOException {
        Path huge = dir.resolve("huge.png");
        HugePng.write(huge, 12000, 12000);
        MediaException e = assertThrows(MediaException.class, () -> ImageFiles.read(huge));
        assertTrue(e.getMessage().contains("12000×12000"), e.getMessage());
        assertTrue(e.getMessage().startsWith(huge.toString()), e.getMessage());
    }

    @Test
    void namesAMissingEmptyOrForeignFile() throws IOException {
        Path missing = dir.resolve("nope.jpg");
        assertTrue(assertThrows(MediaException.class, () -> MediaFiles.open(missing)).getMessage().contains("no such file"));
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        assertTrue(assertThrows(MediaException.class, () -> MediaFiles.open(empty)).getMessage().contains("empty"));
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a picture at all, just words ".repeat(50));
        assertTrue(assertThrows(MediaException.class, () -> MediaFiles.open(text)).getMessage()
                .contains("not an image or a video"));
    }

    @Test
    void readsARealPhotoAtItsFullSize() {
        RgbImage image = ImageFiles.read(SharedMedia.media("images/two_open_hands.jpg"));
        assertEquals(720, image.width());
        assertEquals(382, image.height());
    }
}
