package org.mirrorhand.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises common video containers by their first bytes, so a damaged video is not called "not a video". */
final class ContainerSignature {
    private ContainerSignature() {
    }

    static boolean looksLikeVideo(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        } catch (IOException e) {
            return false;
        }
        if (head.length < 12) {
            return false;
        }
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        boolean isoMedia = ascii.startsWith("ftyp", 4);                         // MP4, MOV, M4V, 3GP
        boolean avi = ascii.startsWith("RIFF") && ascii.startsWith("AVI", 8);
        boolean matroska = (head[0] & 0xff) == 0x1A && (head[1] & 0xff) == 0x45
                && (head[2] & 0xff) == 0xDF && (head[3] & 0xff) == 0xA3;       // MKV, WebM
        return isoMedia || avi || matroska;
    }
}
