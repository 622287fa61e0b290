package org.mirrorhand.capture;

import java.util.List;

/** A capture size in pixels. */
public record Resolution(int width, int height) {

    /** Sizes most webcams offer; the camera may pick the nearest one it supports. */
    public static final List<Resolution> COMMON = List.of(
            new Resolution(640, 480), new Resolution(1280, 720), new Resolution(1920, 1080));

    public static final Resolution DEFAULT = new Resolution(1280, 720);

    @Override
    public String toString() {
        return width + " × " + height;
    }
}
