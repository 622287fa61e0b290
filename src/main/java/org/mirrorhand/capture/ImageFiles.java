package org.mirrorhand.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/** Reads still images (JPEG, PNG, BMP) into RGB, refusing ones too large to hold, before decoding them. */
public final class ImageFiles {
    /** 50 megapixels: an 8000×6000 phone photo fits; a 12000×12000 image (432 MB of RGB) does not. */
    public static final long MAX_PIXELS = 50_000_000L;

    private ImageFiles() {
    }

    /** Whether the file starts like an image format this class reads (reads only the header). */
    public static boolean isImage(Path file) {
        return dimensions(file) != null;
    }

    public static RgbImage read(Path file) {
        MediaFiles.requireReadableNonEmpty(file);
        int[] size = dimensions(file);
        if (size == null) {
            throw new MediaException(file + ": not a JPEG, PNG or BMP image; give a picture in one of those formats");
        }
        long pixels = (long) size[0] * size[1];
        if (pixels > MAX_PIXELS) {
            throw new MediaException(String.format(
                    "%s: the image is %d×%d pixels (%.0f megapixels), more than the %d megapixels MirrorHand reads;"
                            + " scale it down and try again", file, size[0], size[1], pixels / 1e6, MAX_PIXELS / 1_000_000));
        }
        byte[] encoded;
        try {
            encoded = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MediaException(file + ": could not be read (" + e.getMessage() + ")", e);
        }
        return decode(file, encoded);
    }

    private static RgbImage decode(Path file, byte[] encoded) {
        // OpenCV decodes like a browser does (libjpeg, EXIF orientation applied), which keeps us close to MediaPipe's web output.
        try (BytePointer data = new BytePointer(encoded);
             Mat buffer = new Mat(1, encoded.length, opencv_core.CV_8UC1, data);
             Mat bgr = opencv_imgcodecs.imdecode(buffer, opencv_imgcodecs.IMREAD_COLOR);
             Mat rgb = new Mat()) {
            if (bgr == null || bgr.empty()) {
                throw new MediaException(file + ": the image data is damaged and could not be decoded; try another copy");
            }
            opencv_imgproc.cvtColor(bgr, rgb, opencv_imgproc.COLOR_BGR2RGB);
            byte[] pixels = new byte[rgb.cols() * rgb.rows() * 3];
            rgb.data().get(pixels);
            return new RgbImage(rgb.cols(), rgb.rows(), pixels);
        }
    }

    /** Width and height from the header alone, or null when no image reader recognises the file. */
    private static int[] dimensions(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
