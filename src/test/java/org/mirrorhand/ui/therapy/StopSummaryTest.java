package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StopSummaryTest {

    @Test
    void oneOfAnythingIsSingular() {
        assertEquals("movement", new StopSummary(1, 0, OptionalDouble.empty()).countWord());
        assertEquals("movements", new StopSummary(3, 0, OptionalDouble.empty()).countWord());
        assertEquals("movements", new StopSummary(0, 0, OptionalDouble.empty()).countWord());
        assertEquals("1 minute 1 second", StopSummary.duration(61_000));
    }

    @Test
    void practiceTimeIsSaidInMinutesAndSeconds() {
        assertEquals("Practice time: 40 seconds.", new StopSummary(0, 40_400, OptionalDouble.empty()).time());
        assertEquals("2 minutes", StopSummary.duration(120_000));
        assertEquals("2 minutes 5 seconds", StopSummary.duration(125_000));
    }

    @Test
    void theWidestOpeningIsShownOnlyWhenARepWasMeasured() {
        assertEquals("", new StopSummary(0, 1000, OptionalDouble.empty()).widestOpening());
        assertEquals("Widest opening: your fingers came to 14° short of straight.",
                new StopSummary(2, 1000, OptionalDouble.of(13.6)).widestOpening());
        assertEquals("Widest opening: your fingers came fully straight.",
                new StopSummary(2, 1000, OptionalDouble.of(3)).widestOpening());
    }
}
