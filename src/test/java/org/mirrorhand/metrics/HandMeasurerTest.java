package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

class HandMeasurerTest {

    private final HandMeasurer measurer = new HandMeasurer();

    @ParameterizedTest
    @ValueSource(strings = {"Left", "Right"})
    void recoversTheJointAnglesOfASyntheticHandOfEitherSide(String label) {
        SyntheticHand h = SyntheticHand.withFingers(30, 50, 20).label(label);
        h.mcp[0] = 10;
        h.pip[3] = 70;
        HandMeasurement m = measurer.measure(h.pose());

        assertTrue(m.passed(), () -> "hand issues: " + m.handIssues());
        assertEquals(10, m.flexion(Joint.INDEX_MCP).degrees(), 2);
        assertEquals(50, m.flexion(Joint.INDEX_PIP).degrees(), 2);
        assertEquals(20, m.flexion(Joint.MIDDLE_DIP).degrees(), 2);
        assertEquals(70, m.flexion(Joint.LITTLE_PIP).degrees(), 2);
        assertEquals(100, m.totalFlexion().get(Finger.MIDDLE).degrees(), 3);
    }

    @Test
    void aStraightHandMeasuresZeroAtEveryLongFingerJoint() {
        HandMeasurement m = measurer.measure(SyntheticHand.open().pose());
        for (Finger f : Finger.LONG_FINGERS) {
            for (Joint j : Joint.of(f)) {
                assertEquals(0, m.flexion(j).degrees(), 1.5, j.label());
            }
        }
    }

    @Test
    void hyperextensionIsNegative() {
        SyntheticHand h = SyntheticHand.open();
        h.mcp[1] = -25;
        h.pip[1] = 20;
        HandMeasurement m = measurer.measure(h.pose());
        assertEquals(-25, m.flexion(Joint.MIDDLE_MCP).degrees(), 2);
        assertEquals(20, m.flexion(Joint.MIDDLE_PIP).degrees(), 2);
    }

    @Test
    void anglesDoNotDependOnWhereOrHowTurnedTheHandIsInThePicture() {
        SyntheticHand a = SyntheticHand.withFingers(40, 60, 30);
        SyntheticHand b = SyntheticHand.withFingers(40, 60, 30).roll(35).yaw(-40).at(0.3, 0.6);
        HandMeasurement ma = measurer.measure(a.pose());
        HandMeasurement mb = measurer.measure(b.pose());
        for (Joint j : Joint.values()) {
            assertEquals(ma.rawFlexion().get(j), mb.rawFlexion().get(j), 1, j.label());
        }
        assertTrue(mb.passed());
    }

    @Test
    void thumbFlexionTowardThePalmIsPositive() {
        SyntheticHand h = SyntheticHand.open();
        h.thumb[1] = 35;
        h.thumb[2] = 45;
        HandMeasurement m = measurer.measure(h.pose());
        assertEquals(35, m.flexion(Joint.THUMB_MCP).degrees(), 2);
        assertEquals(45, m.flexion(Joint.THUMB_IP).degrees(), 2);
    }

    @Test
    void spreadIsTheAngleBetweenAdjacentFingersInThePalmPlane() {
        HandMeasurement m = measurer.measure(SyntheticHand.open().pose());
        assertEquals(8, m.spread().get(FingerPair.INDEX_MIDDLE).degrees(), 1.5);
        assertEquals(8, m.spread().get(FingerPair.RING_LITTLE).degrees(), 1.5);
    }

    @Test
    void spreadOfACurledFingerIsNotMeasured() {
        HandMeasurement m = measurer.measure(SyntheticHand.fist().pose());
        Measurement s = m.spread().get(FingerPair.MIDDLE_RING);
        assertFalse(s.isMeasured());
        assertTrue(s.issues().contains(QualityIssue.FINGER_CURLED));
    }

    @Test
    void meanFingerFlexionIsTheAverageTotalOfTheLongFingers() {
        HandMeasurement m = measurer.measure(SyntheticHand.fist().pose());
        assertEquals(250, m.meanFingerFlexion().degrees(), 4);
    }

    @Test
    void lowPresenceMeansNothingIsMeasured() {
        HandMeasurement m = measurer.measure(SyntheticHand.open().presence(0.2).pose());
        assertFalse(m.passed());
        assertTrue(m.handIssues().contains(QualityIssue.LOW_PRESENCE));
        for (Joint j : Joint.values()) {
            assertFalse(m.flexion(j).isMeasured());
        }
        assertFalse(m.meanFingerFlexion().isMeasured());
    }

    @Test
    void aPalmSeenEdgeOnIsFlagged() {
        HandMeasurement m = measurer.measure(SyntheticHand.open().yaw(88).pose());
        assertTrue(m.handIssues().contains(QualityIssue.PALM_EDGE_ON));
        assertFalse(m.flexion(Joint.INDEX_PIP).isMeasured());
    }

    @Test
    void aFingerOutsideThePictureIsNotMeasuredButTheOthersAre() {
        // High in the picture: the longest finger's tip is cut off by the top edge, the little finger is not.
        SyntheticHand h = SyntheticHand.open().at(0.5, 0.25);
        HandMeasurement m = measurer.measure(h.pose());
        assertTrue(m.flexion(Joint.MIDDLE_PIP).issues().contains(QualityIssue.FINGER_OUT_OF_VIEW),
                () -> "middle: " + m.flexion(Joint.MIDDLE_PIP));
        assertTrue(m.flexion(Joint.LITTLE_PIP).isMeasured(), () -> "little: " + m.flexion(Joint.LITTLE_PIP));
    }

    @Test
    void aBendSeenOnlyInDepthIsWithheldButStillFeedsTheOpeningSignal() {
        // Palm straight at the camera: a PIP bend of 40 degrees toward the camera leaves the finger collinear in
        // the picture.
        SyntheticHand h = SyntheticHand.withFingers(0, 40, 0).yaw(0);
        HandMeasurement m = measurer.measure(h.pose());
        assertTrue(m.flexion(Joint.MIDDLE_PIP).issues().contains(QualityIssue.BEND_ALONG_LINE_OF_SIGHT));
        assertEquals(40, m.meanFingerFlexion().degrees(), 2);
    }

    @Test
    void theWrongNumberOfLandmarksIsAClearError() {
        HandPose good = SyntheticHand.open().pose();
        HandPose bad = new HandPose("Left", 0.9, 0.9, good.landmarks().subList(0, 20),
                good.worldLandmarks().subList(0, 20));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> measurer.measure(bad));
        assertTrue(e.getMessage().contains("21") && e.getMessage().contains("20"), e.getMessage());
    }

    @Test
    void notANumberLandmarksAreNotMeasuredRatherThanACrash() {
        HandPose good = SyntheticHand.open().pose();
        List<Landmark> world = new ArrayList<>(good.worldLandmarks());
        world.set(7, new Landmark(Double.NaN, 0, 0));
        HandMeasurement m = measurer.measure(new HandPose("Left", 0.9, 0.9, good.landmarks(), world));
        assertTrue(m.handIssues().contains(QualityIssue.INVALID_LANDMARKS));
        assertFalse(m.flexion(Joint.INDEX_PIP).isMeasured());
        assertFalse(m.meanFingerFlexion().isMeasured());
    }

    @Test
    void aZeroLengthBoneIsNotMeasuredRatherThanAMadeUpAngle() {
        HandPose good = SyntheticHand.open().pose();
        List<Landmark> world = new ArrayList<>(good.worldLandmarks());
        world.set(11, world.get(10));
        HandMeasurement m = measurer.measure(new HandPose("Left", 0.9, 0.9, good.landmarks(), world));
        assertFalse(m.flexion(Joint.MIDDLE_PIP).isMeasured());
        assertFalse(m.flexion(Joint.MIDDLE_DIP).isMeasured());
        assertTrue(m.flexion(Joint.MIDDLE_PIP).issues().contains(QualityIssue.IMPLAUSIBLE_BONES));
        assertTrue(m.flexion(Joint.INDEX_PIP).isMeasured());
    }

    @Test
    void allPointsInOnePlaceIsNotMeasured() {
        List<Landmark> same = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            same.add(new Landmark(0.5, 0.5, 0));
        }
        HandMeasurement m = measurer.measure(new HandPose("Left", 0.9, 0.9, same, same));
        assertTrue(m.handIssues().contains(QualityIssue.IMPLAUSIBLE_BONES));
        assertFalse(m.meanFingerFlexion().isMeasured());
    }

    @Test
    void anUnknownHandednessLabelFallsBackToTheGeometry() {
        SyntheticHand h = SyntheticHand.withFingers(30, 50, 20).label("Right");
        HandPose p = h.pose();
        HandPose unlabelled = new HandPose("", 0, p.presence(), p.landmarks(), p.worldLandmarks());
        assertEquals(50, measurer.measure(unlabelled).flexion(Joint.INDEX_PIP).degrees(), 2);
    }
}
