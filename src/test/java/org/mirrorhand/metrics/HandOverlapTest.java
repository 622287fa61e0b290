package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mirrorhand.pose.HandPose;

class HandOverlapTest {

    @Test
    void handsApartHideNothing() {
        List<Set<Finger>> hidden = HandOverlap.hiddenFingers(List.of(
                SyntheticHand.open().at(0.25, 0.6).pose(), SyntheticHand.open().label("Right").at(0.75, 0.6).pose()));
        assertEquals(List.of(Set.of(), Set.of()), hidden);
    }

    @Test
    void fingersOverTheOtherHandAreHiddenAndNotMeasured() {
        // The left hand's fingers reach across the right hand's palm.
        HandPose left = SyntheticHand.open().roll(-90).at(0.62, 0.5).pose();
        HandPose right = SyntheticHand.open().label("Right").at(0.45, 0.62).pose();
        List<Set<Finger>> hidden = HandOverlap.hiddenFingers(List.of(left, right));
        assertFalse(hidden.get(0).isEmpty(), "nothing hidden");
        SessionAnalyser a = new SessionAnalyser();
        List<HandUpdate> updates = a.accept(0, List.of(left, right));
        HandMeasurement m = updates.get(0).measurement();
        Finger f = hidden.get(0).iterator().next();
        Measurement pip = m.flexion(Joint.of(f).get(1));
        assertTrue(pip.issues().contains(QualityIssue.FINGER_HIDDEN), pip.toString());
    }

    @Test
    void withTwoLongFingersHiddenTheOpeningSignalIsNotMeasured() {
        HandMeasurement m = new HandMeasurer().measure(SyntheticHand.open().pose(), Chirality.LABEL_LEFT,
                Set.of(Finger.RING, Finger.LITTLE));
        assertFalse(m.meanFingerFlexion().isMeasured());
        HandMeasurement one = new HandMeasurer().measure(SyntheticHand.open().pose(), Chirality.LABEL_LEFT,
                Set.of(Finger.LITTLE));
        assertTrue(one.meanFingerFlexion().isMeasured());
    }
}
