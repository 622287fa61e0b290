package org.mirrorhand.ui.therapy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * A soft two-note chime for each rep, made in memory (no sound files). Played on its own thread so the screen never
 * waits for the sound card. On a computer without sound it stays quiet and {@link #available()} says so.
 */
final class RepChime implements AutoCloseable {

    private static final float RATE = 44_100f;
    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mirrorhand-chime");
        t.setDaemon(true);
        return t;
    });
    private final byte[] sound = synthesize();
    private volatile boolean available = true;

    void play() {
        if (!available) {
            return;
        }
        player.execute(() -> {
            AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
            try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
                line.open(format);
                line.start();
                line.write(sound, 0, sound.length);
                line.drain();
            } catch (LineUnavailableException | RuntimeException e) {
                available = false;
            }
        });
    }

    boolean available() {
        return available;
    }

    /** 660 Hz then 880 Hz, quiet, with soft edges so it never clicks. */
    static byte[] synthesize() {
        int n = (int) (RATE * 0.35);
        byte[] out = new byte[n * 2];
        for (int i = 0; i < n; i++) {
            double t = i / RATE;
            double f = t < 0.15 ? 660 : 880;
            double envelope = Math.min(1, Math.min(i / (RATE * 0.02), (n - i) / (RATE * 0.12)));
            short s = (short) (Math.sin(2 * Math.PI * f * t) * envelope * 0.18 * Short.MAX_VALUE);
            out[i * 2] = (byte) s;
            out[i * 2 + 1] = (byte) (s >> 8);
        }
        return out;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
