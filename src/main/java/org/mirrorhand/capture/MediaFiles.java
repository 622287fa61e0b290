package org.mirrorhand.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens any input the user names: a still image becomes a one-frame source, anything else is tried as a video. */
public final class MediaFiles {
    private MediaFiles() {
    }

    public static FrameSource open(Path file) {
        requireReadableNonEmpty(file);
        if (ImageFiles.isImage(file)) {
            return new StillImageSource(file.toString(), ImageFiles.read(file));
        }
        return VideoFile.open(file);
    }

    /** The checks every input gets first, so the message says exactly what is wrong. */
    static void requireReadableNonEmpty(Path file) {
        if (!Files.exists(file)) {
            throw new MediaException(file + ": no such file; check the name and folder");
        }
        if (Files.isDirectory(file)) {
            throw new MediaException(file + ": is a folder, not an image or video file");
        }
        if (!Files.isReadable(file)) {
            throw new MediaException(file + ": permission denied; make the file readable and try again");
        }
        try {
            if (Files.size(file) == 0) {
                throw new MediaException(file + ": the file is empty (0 bytes); it is not an image or video");
            }
        } catch (IOException e) {
            throw new MediaException(file + ": could not be read (" + e.getMessage() + ")", e);
        }
    }
}
