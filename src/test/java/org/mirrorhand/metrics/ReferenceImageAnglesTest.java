package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mirrorhand.pose.HandPose;

/** Joint angles on MediaPipe's own landmarks for the shared still images: flat hands straight, fists flexed. */
class ReferenceImageAnglesTest {

    private final HandMeasurer measurer = new HandMeasurer();

    @Test
    void flatHandsAreWithinFifteenDegreesOfStraightAtEveryJointThatPassesTheQualityFlag() throws IOException {
        Map<String, List<HandPose>> images = ReferenceData.images();
        int checked = 0;
        for (String name : List.of("images/flat_open_back_f.jpg", "images/flat_open_palm_m.jpg")) {
            assertEquals(1, images.get(name).size(), name);
            HandMeasurement m = measurer.measure(images.get(name).get(0));
            System.out.println(name + ": " + describe(m));
            for (Joint j : Joint.values()) {
                // The thumb's CMC is a saddle joint with no "straight" position; its bend is reported, not judged.
                if (j == Joint.THUMB_CMC || !m.flexion(j).isMeasured()) {
                    continue;
                }
                checked++;
                assertEquals(0, m.flexion(j).degrees(), 15, name + " " + j.label());
            }
        }
        // Not a vacuous pass: the palm-side photo has most of its joints measured.
        assertTrue(checked >= 10, "only " + checked + " joints passed the quality flag");
    }

    @Test
    void theBackOfHandPhotoWithCollapsedFingerBonesIsNotMeasuredRatherThanWrong() throws IOException {
        // MediaPipe's world landmarks for this photo put the MCP and PIP joints a few millimetres apart.
        HandMeasurement m = measurer.measure(ReferenceData.images().get("images/flat_open_back_f.jpg").get(0));
        assertTrue(m.handIssues().contains(QualityIssue.IMPLAUSIBLE_BONES), describe(m));
    }

    @Test
    void fistsMeasureClearlyFlexed() throws IOException {
        Map<String, List<HandPose>> images = ReferenceData.images();
        List<String> fists = List.of("images/val__hand__hand_001.jpg", "images/val__hand__hand_020.jpg",
                "images/gesture_none_0.jpg", "images/gesture_none_3.jpg", "images/thumb_up.jpg");
        int hands = 0;
        for (String name : fists) {
            for (HandPose pose : images.get(name)) {
                HandMeasurement m = measurer.measure(pose);
                System.out.println(name + " " + pose.handedness() + ": " + describe(m));
                hands++;
                assertTrue(m.meanFingerFlexion().isMeasured(), name);
                assertTrue(m.meanFingerFlexion().degrees() > 160, name + " mean flexion " + m.meanFingerFlexion());
                List<Double> pips = new ArrayList<>();
                for (Finger f : Finger.LONG_FINGERS) {
                    Measurement pip = m.flexion(Joint.of(f).get(1));
                    if (pip.isMeasured()) {
                        pips.add(pip.degrees());
                        assertTrue(pip.degrees() > 45, name + " " + f.label() + " PIP " + pip.degrees());
                    }
                }
                assertTrue(pips.size() >= 2, name + ": too few PIP joints measured: " + describe(m));
            }
        }
        assertEquals(7, hands);
    }

    @Test
    void aStillImageSummaryHoldsEachHandsAnglesAndNoReps() throws IOException {
        List<HandPose> hands = ReferenceData.images().get("images/val__hand__hand_001.jpg");
        SessionAnalyser a = new SessionAnalyser();
        a.accept(0, hands);
        SessionSummary s = a.summary(1);
        assertEquals(2, s.hands().size());
        for (HandSummary h : s.hands()) {
            assertEquals(0, h.repCount());
            assertEquals(1, h.rom().framesSeen());
            Double pip = h.rom().fingers().get("middle").bestFlexionDegrees().get("pip");
            assertTrue(pip != null && pip > 45, "middle PIP " + pip);
        }
        assertTrue(a.summary().hands().isEmpty(), "one frame is not a session");
    }

    static String describe(HandMeasurement m) {
        StringBuilder b = new StringBuilder("hand " + m.handIssues() + " mean "
                + m.meanFingerFlexion().value() + ":");
        for (Joint j : Joint.values()) {
            Measurement f = m.flexion(j);
            b.append(' ').append(j.label()).append('=')
                    .append(f.isMeasured() ? String.format("%.0f", f.degrees()) : "x" + f.issues().size());
        }
        return b.toString();
    }
}
