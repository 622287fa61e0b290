package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RectAssociationTest {

    @Test
    void aTrackedHandReplacesAPalmDetectionOfTheSameHand() {
        HandRoi palm = new HandRoi(new NormRect(0.5, 0.5, 0.3, 0.3, 0), 7, false);
        HandRoi tracked = new HandRoi(new NormRect(0.52, 0.5, 0.3, 0.3, 0.4), 1, true);
        List<HandRoi> out = RectAssociation.associate(List.of(palm), List.of(tracked));
        assertEquals(List.of(tracked), out);
    }

    @Test
    void aNewPalmAwayFromTrackedHandsIsAdded() {
        HandRoi palm = new HandRoi(new NormRect(0.2, 0.5, 0.2, 0.2, 0), 7, false);
        HandRoi tracked = new HandRoi(new NormRect(0.7, 0.5, 0.2, 0.2, 0), 1, true);
        List<HandRoi> out = RectAssociation.associate(List.of(palm), List.of(tracked));
        assertEquals(2, out.size());
        assertTrue(out.contains(palm));
    }

    @Test
    void twoTrackedRoisThatConvergeOnOneHandBecomeOne() {
        HandRoi a = new HandRoi(new NormRect(0.5, 0.5, 0.3, 0.3, 0), 1, true);
        HandRoi b = new HandRoi(new NormRect(0.51, 0.5, 0.3, 0.3, 0), 2, true);
        assertEquals(List.of(b), RectAssociation.associate(List.of(), List.of(a, b)));
    }
}
