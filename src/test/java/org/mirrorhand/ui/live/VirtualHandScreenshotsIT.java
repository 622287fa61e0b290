package org.mirrorhand.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirrorhand.testing.SharedMedia;
import org.mirrorhand.testing.TestClassJvm;

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
        List<String> shots = shots(SharedMedia.media("videos/desk_top_view.mp4"), "playback");
        assertEquals(3, shots.size(), "fist, half-open and open\n" + shots);
    }

    @Test
    void showTheMovementPlaysTheOwnOpeningRecordedFromASharedVideoOnTheAffectedSide() throws Exception {
        List<String> shots = shots(SharedMedia.media("videos/two_hands_open_close_5fps.mp4"), "own-playback");
        assertEquals(3, shots.size(), "fist, half-open and open of the recorded hand\n" + shots);
    }

    @ParameterizedTest
    @ValueSource(strings = {"open_palm_steady.mp4", "desk_top_view.mp4", "asl_fingerspelling.mp4",
            "count_fingers_back_of_hand.mp4", "face_then_thumbs_up.mp4", "two_hands_open_close_5fps.mp4"})
    void theVirtualHandIsDrawnOnTheAffectedSideAtTheOpenClosingAndClosedMoments(String name) throws Exception {
        List<String> shots = shots(SharedMedia.media("videos/" + name), "");
        assertEquals(3, shots.size(), name + ": open, closing and closed\n" + shots);
    }

    /** Runs {@link VirtualHandShots} on the video; checks each picture it took shows the hand; returns its lines. */
    private static List<String> shots(Path video, String mode) throws Exception {
        String name = video.getFileName().toString();
        TestClassJvm run = TestClassJvm.run(Duration.ofMinutes(8), List.of("-Xmx1g", TestClassJvm.FORCE_3D),
                VirtualHandShots.class, video.toString(), OUT.toString(), mode);
        assertTrue(run.finished, name + ": the pictures were not taken within 8 minutes\n" + run.output);
        assertEquals(0, run.exitCode, name + ":\n" + run.output);
        List<String> shots = run.output.lines().filter(l -> l.startsWith("shot ")).toList();
        System.out.println(String.join("\n", shots));
        for (String shot : shots) {
            double covered = Double.parseDouble(shot.split(" ")[3]);
            assertTrue(covered > 0.01, "the virtual hand is hardly drawn: " + shot);
            assertTrue(Files.exists(OUT.resolve(shot.split(" ")[1] + ".png")), shot);
        }
        return shots;
    }
}
