package org.mirrorhand.capture;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameGrabber;

/**
 * A webcam read through JavaCV's OpenCV grabber, through the backend {@link CameraBackend} chooses (V4L2 on Linux,
 * DirectShow on Windows, AVFoundation on macOS). Each frame is converted on the capture thread into the screen's ARGB
 * and the pose engine's RGB ({@link BgrPictures}). Used by the capture thread only; the grabber is released exactly once
 * by {@link #close()}.
 */
public final class JavaCvCamera implements FrameSource {

    private final CameraInfo camera;
    private final OpenCVFrameGrabber grabber;
    private final BgrPictures pictures = new BgrPictures();
    private final long openedNanos;
    private final SourceInfo info;
    private long index;
    private boolean closed;

    private JavaCvCamera(CameraInfo camera, OpenCVFrameGrabber grabber) {
        this.camera = camera;
        this.grabber = grabber;
        this.openedNanos = System.nanoTime();
        double fps = grabber.getFrameRate();
        this.info = new SourceInfo(camera.name(), grabber.getImageWidth(), grabber.getImageHeight(),
                Double.isFinite(fps) ? fps : 0, -1);
    }

    /**
     * Opens a camera at (or near) the asked size.
     *
     * @throws CaptureException NO_CAMERA when nothing answers at that number, CAMERA_BUSY when it exists but will not
     *                          give pictures (usually another program is using it)
     */
    public static JavaCvCamera open(CameraInfo camera, Resolution size) {
        OpenCVFrameGrabber grabber = new OpenCVFrameGrabber(CameraBackend.current().openCvIndex(camera.index()));
        grabber.setImageWidth(size.width());
        grabber.setImageHeight(size.height());
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            releaseQuietly(grabber);
            throw new CaptureException(CaptureException.Kind.NO_CAMERA,
                    "Could not open " + camera.name() + ". Check that it is plugged in, or choose another camera in Settings.", e);
        }
        JavaCvCamera opened = new JavaCvCamera(camera, grabber);
        // A camera that opens but yields no picture is almost always held by another program.
        try {
            org.bytedeco.javacv.Frame first = grabber.grab();
            if (first == null || first.image == null) {
                throw new FrameGrabber.Exception("no picture");
            }
        } catch (FrameGrabber.Exception | RuntimeException e) {
            opened.close();
            throw new CaptureException(CaptureException.Kind.CAMERA_BUSY,
                    camera.name() + " is busy or gives no picture. Close other programs that use the camera (video calls), then try again.", e);
        }
        return opened;
    }

    @Override
    public Optional<Frame> next() {
        return nextLive(FrameBuffers.NONE).map(LiveFrame::frame);
    }

    /** Converts into a pooled buffer when one is free, so a camera running for half an hour allocates little. */
    @Override
    public Optional<LiveFrame> nextLive(FrameBuffers buffers) {
        org.bytedeco.javacv.Frame grabbed;
        try {
            grabbed = grabber.grab();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw lost(e);
        }
        if (grabbed == null || grabbed.image == null) {
            throw lost(null);
        }
        double ms = (System.nanoTime() - openedNanos) / 1e6;
        return Optional.of(pictures.convert(grabbed, index++, ms, buffers));
    }

    private CaptureException lost(Throwable cause) {
        return new CaptureException(CaptureException.Kind.CAMERA_LOST,
                camera.name() + " stopped sending pictures. Your session so far is saved. Plug the camera back in to continue.", cause);
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        releaseQuietly(grabber);
        pictures.close();
    }

    private static void releaseQuietly(FrameGrabber grabber) {
        try {
            grabber.stop();
            grabber.release();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // Nothing more can be done for a device that will not close; the process exit frees it.
        }
    }
}
