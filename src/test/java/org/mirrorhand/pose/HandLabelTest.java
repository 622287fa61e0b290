package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandLabelTest {

    /** Hands as their left-hand probabilities. */
    private static List<Double> choose(HandLabel label, int max, Double... leftProbabilities) {
        return label.choose(List.of(leftProbabilities), Double::doubleValue, max);
    }

    @Test
    void anyKeepsEveryHandInItsOrderEvenBeyondTheMaximum() {
        assertEquals(List.of(0.9, 0.1, 0.8), choose(HandLabel.ANY, 1, 0.9, 0.1, 0.8));
    }

    @Test
    void aLabelKeepsOnlyTheHandsThatCarryItUpToTheMaximum() {
        assertEquals(List.of(0.1), choose(HandLabel.RIGHT, 1, 0.9, 0.1));
        assertEquals(List.of(0.9), choose(HandLabel.LEFT, 1, 0.9, 0.1));
        assertEquals(List.of(0.7), choose(HandLabel.LEFT, 1, 0.2, 0.7, 0.95));
    }

    @Test
    void withNoHandCarryingTheLabelTheOthersAreKeptSoThePersonCanBeToldWhichHandIsSeen() {
        assertEquals(List.of(0.9), choose(HandLabel.RIGHT, 1, 0.9));
        assertEquals(List.of(0.9), choose(HandLabel.RIGHT, 1, 0.9, 0.6));
        assertEquals(List.of(), choose(HandLabel.RIGHT, 1));
    }

    @Test
    void aLeftProbabilityOfOneHalfIsLeftAsTheEngineLabelsIt() {
        assertTrue(HandLabel.LEFT.accepts(0.5));
        assertFalse(HandLabel.RIGHT.accepts(0.5));
        assertTrue(HandLabel.RIGHT.accepts(0.49));
        assertTrue(HandLabel.ANY.accepts(0.0));
    }
}
