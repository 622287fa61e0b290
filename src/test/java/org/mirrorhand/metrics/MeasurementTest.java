package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void aValueWithAQualityIssueCannotExist() {
        assertThrows(IllegalArgumentException.class,
                () -> new Measurement(OptionalDouble.of(12), Set.of(QualityIssue.TOO_FAST)));
        assertThrows(IllegalArgumentException.class, () -> new Measurement(OptionalDouble.empty(), Set.of()));
    }

    @Test
    void notANumberIsNeverAMeasuredValue() {
        assertThrows(IllegalArgumentException.class, () -> Measurement.of(Double.NaN));
    }

    @Test
    void failingAMeasurementDropsItsValueAndKeepsAllReasons() {
        Measurement m = Measurement.of(20).failing(Set.of(QualityIssue.PALM_EDGE_ON));
        assertFalse(m.isMeasured());
        assertEquals(Set.of(QualityIssue.PALM_EDGE_ON), m.issues());
        Measurement more = m.failing(Set.of(QualityIssue.TOO_FAST));
        assertEquals(Set.of(QualityIssue.PALM_EDGE_ON, QualityIssue.TOO_FAST), more.issues());
        assertThrows(IllegalStateException.class, more::degrees);
    }

    @Test
    void everyQualityIssueExplainsItselfInWords() {
        for (QualityIssue q : QualityIssue.values()) {
            assertTrue(q.explanation().length() > 20, q.name());
        }
    }
}
