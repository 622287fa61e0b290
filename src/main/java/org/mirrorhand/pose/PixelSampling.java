package org.mirrorhand.pose;

/**
 * How a model's input tensor samples the image. MediaPipe's CPU and GPU graphs cut the same region differently, by
 * about half a pixel and a rounding step; on hard frames (a fingertip half hidden) that is enough to tip the landmark
 * model one way or the other, so each MediaPipe result is matched only by sampling the way it was made.
 */
public enum PixelSampling {
    /**
     * As MediaPipe's CPU graphs (hand_landmark_tracking_cpu, the Python solution): OpenCV's warpPerspective on 8-bit
     * pixels, the region's corners on tensor pixel 0 and N. The default.
     */
    CPU,
    /**
     * As MediaPipe's GPU graphs, which the @mediapipe/hands web solution runs: texture lookups at pixel centres, no
     * rounding to bytes.
     */
    GPU
}
