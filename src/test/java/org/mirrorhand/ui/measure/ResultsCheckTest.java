package org.mirrorhand.ui.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ResultsCheckTest {

    private static OptionalDouble d(double v) {
        return OptionalDouble.of(v);
    }

    /** A healthy working hand and an affected one that opens about half as far. */
    private static List<FingerResult> plausible() {
        List<FingerResult> rows = new ArrayList<>();
        rows.add(new FingerResult("Thumb", d(5), d(120), d(30), d(60)));
        for (String f : List.of("Index finger", "Middle finger", "Ring finger", "Little finger")) {
            rows.add(new FingerResult(f, d(8), d(240), d(70), d(120)));
        }
        return rows;
    }

    private static List<FingerResult> replacing(int i, FingerResult r) {
        List<FingerResult> rows = plausible();
        rows.set(i, r);
        return rows;
    }

    @Test
    void aPlausibleMeasurementIsShown() {
        assertEquals(Optional.empty(), ResultsCheck.problem(plausible(), FingerResult.handPercent(plausible())));
    }

    @Test
    void aLittleFingerBendingFurtherThanItsJointsAllowIsRefused() {
        var rows = replacing(4, new FingerResult("Little finger", d(60), d(228), d(70), d(120)));
        assertTrue(ResultsCheck.problem(rows, FingerResult.handPercent(rows)).isPresent(), "60° short + 228° = 288°");
    }

    @Test
    void aThumbWithMoreMotionThanItsTwoJointsCanMakeIsRefused() {
        var rows = replacing(0, new FingerResult("Thumb", d(5), d(120), d(40), d(130)));
        assertTrue(ResultsCheck.problem(rows, OptionalDouble.of(60)).isPresent());
    }

    @Test
    void anAffectedHandMovingClearlyMoreThanTheWorkingOneIsRefusedAsTheSameHandSeenTwice() {
        assertTrue(ResultsCheck.problem(plausible(), OptionalDouble.of(122)).isPresent());
        assertEquals(Optional.empty(), ResultsCheck.problem(plausible(), OptionalDouble.of(105)),
                "two similar hands within the noise are fine");
    }

    @Test
    void aNegativeDeficitOrMotionIsRefused() {
        var rows = replacing(2, new FingerResult("Middle finger", d(8), d(-10), d(70), d(120)));
        assertTrue(ResultsCheck.problem(rows, OptionalDouble.of(50)).isPresent());
    }
}
