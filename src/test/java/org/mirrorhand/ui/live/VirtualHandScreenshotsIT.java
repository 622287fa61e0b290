package org.mirrorhand.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The virtual hand photographed for each shared video at its open, closing and closed moments beside the real frame,
 * into target/virtual-hand/, by {@link VirtualHandShots} in a child JVM with JavaFX's 3D pipeline forced on (Xvfb's
 * Mesa renderer is otherwise refused). Each picture must show the hand: at least 1 % of the picture changes when the
 * virtual hand is drawn.
 */
class VirtualHandScreenshotsIT {

    private static final Path OUT = Path.of("target", "virtual-hand");

    @Test
    void showTheMovementPlaysTheBuiltInOpeningOnTheAffectedSideWithNoHandInView() throws Exception {
        Path video = Path.of("..", "shared", "media", "videos", "desk_top_view.mp4");
        assumeTrue(Files.exists(video), "shared test media not found at " + video.toAbsolutePath() + "; test skipped");
        List<String> shots = shots(video, "playback");
        assertEquals(3, shots.size(), "fist, half-open and open\n" + shots);
    }

    @Test
    void showTheMovementPlaysTheOwnOpeningRecordedFromASharedVideoOnTheAffectedSide() throws Exception {
        Path video = Path.of("..", "shared", "media", "videos", "two_hands_open_close_5fps.mp4");
        assumeTrue(Files.exists(video), "shared test media not found at " + video.toAbsolutePath() + "; test skipped");
        List<String> shots = shots(video, "own-playback");
        assertEquals(3, shots.size(), "fist, half-open and open of the recorded hand\n" + shots);
    }

    @ParameterizedTest
    @ValueSource(strings = {"open_palm_steady.mp4", "desk_top_view.mp4", "asl_fingerspelling.mp4",
            "count_fingers_back_of_hand.mp4", "face_then_thumbs_up.mp4", "two_hands_open_close_5fps.mp4"})
    void theVirtualHandIsDrawnOnTheAffectedSideAtTheOpenClosingAndClosedMoments(String name) throws Exception {
        Path video = Path.of("..", "shared", "media", "videos", name);
        assumeTrue(Files.exists(video), "shared test media not found at " + video.toAbsolutePath() + "; test skipped");
        List<String> shots = shots(video, "");
        assertEquals(3, shots.size(), name + ": open, closing and closed\n" + shots);
    }

    /** Runs {@link VirtualHandShots} on the video; checks each picture it took shows the hand; returns its lines. */
    private static List<String> shots(Path video, String mode) throws Exception {
        String name = video.getFileName().toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("virtual-hand", ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dprism.forceGPU=true", "-cp", classPath, VirtualHandShots.class.getName(),
                video.toString(), OUT.toString(), mode)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(finished, name + ": the pictures were not taken within 8 minutes\n" + output);
        assertEquals(0, p.exitValue(), name + ":\n" + output);
        List<String> shots = output.lines().filter(l -> l.startsWith("shot ")).toList();
        System.out.println(String.join("\n", shots));
        for (String shot : shots) {
            double covered = Double.parseDouble(shot.split(" ")[3]);
            assertTrue(covered > 0.01, "the virtual hand is hardly drawn: " + shot);
            assertTrue(Files.exists(OUT.resolve(shot.split(" ")[1] + ".png")), shot);
        }
        return shots;
    }
}
