package org.mirrorhand.imagery;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Control;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.TargetDataLine;

/** A microphone that "hears" a 440 Hz tone for a fixed number of frames and then falls silent for good. */
public final class SineLine implements TargetDataLine {
    private final AudioFormat format;
    private final long totalFrames;
    private long delivered;
    private boolean open;
    private boolean running;

    public SineLine(AudioFormat format, long totalFrames) {
        this.format = format;
        this.totalFrames = totalFrames;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        if (delivered >= totalFrames) {
            return -1;
        }
        int frames = (int) Math.min(len / 2, totalFrames - delivered);
        for (int i = 0; i < frames; i++) {
            short sample = (short) (8000 * Math.sin(2 * Math.PI * 440 * (delivered + i) / format.getSampleRate()));
            b[off + 2 * i] = (byte) sample;
            b[off + 2 * i + 1] = (byte) (sample >> 8);
        }
        delivered += frames;
        return frames * 2;
    }

    @Override public void open(AudioFormat f, int bufferSize) { open = true; }
    @Override public void open(AudioFormat f) { open = true; }
    @Override public void open() { open = true; }
    @Override public void close() { open = false; running = false; }
    @Override public boolean isOpen() { return open; }
    @Override public void start() { running = true; }
    @Override public void stop() { running = false; }
    @Override public boolean isRunning() { return running; }
    @Override public boolean isActive() { return running; }
    @Override public void drain() { }
    @Override public void flush() { }
    @Override public AudioFormat getFormat() { return format; }
    @Override public int getBufferSize() { return 4096; }
    @Override public synchronized int available() { return (int) Math.min(4096, (totalFrames - delivered) * 2); }
    @Override public int getFramePosition() { return (int) delivered; }
    @Override public long getLongFramePosition() { return delivered; }
    @Override public long getMicrosecondPosition() { return (long) (delivered * 1e6 / format.getSampleRate()); }
    @Override public float getLevel() { return AudioSystem_NOT_SPECIFIED; }
    @Override public Line.Info getLineInfo() { return new Line.Info(TargetDataLine.class); }
    @Override public Control[] getControls() { return new Control[0]; }
    @Override public boolean isControlSupported(Control.Type control) { return false; }
    @Override public Control getControl(Control.Type control) { throw new IllegalArgumentException("no controls"); }
    @Override public void addLineListener(LineListener listener) { }
    @Override public void removeLineListener(LineListener listener) { }

    private static final float AudioSystem_NOT_SPECIFIED = -1f;
}
