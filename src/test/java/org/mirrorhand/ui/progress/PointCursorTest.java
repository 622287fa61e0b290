package org.mirrorhand.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirrorhand.ui.progress.PointCursor.Line;
import org.mirrorhand.ui.progress.PointCursor.Point;
import org.mirrorhand.ui.progress.PointCursor.Spot;

class PointCursorTest {
    private static final Line MINUTES = new Line("Minutes", List.of(
            new Point(100, "2026-09-07: 30 minutes in 1 session"),
            new Point(101, "2026-09-08: 12 minutes in 2 sessions"),
            new Point(103, "2026-09-10: 45 minutes in 1 session\n(10 of them imagery)")));

    private static PointCursor focused(Line... lines) {
        PointCursor c = new PointCursor(List.of(lines));
        c.setActive(true);
        return c;
    }

    @Test
    void focusHighlightsTheFirstPointAndReadsItsTooltipWithItsPlace() {
        PointCursor c = new PointCursor(List.of(MINUTES));
        assertEquals(PointCursor.HINT, c.readoutProperty().get());
        assertNull(c.spotProperty().get());
        c.setActive(true);
        assertEquals(new Spot(0, 0), c.spotProperty().get());
        assertEquals("2026-09-07: 30 minutes in 1 session (point 1 of 3)", c.readoutProperty().get());
    }

    @Test
    void rightAndLeftWalkThePointsAndStopAtBothEnds() {
        PointCursor c = focused(MINUTES);
        c.next();
        assertEquals("2026-09-08: 12 minutes in 2 sessions (point 2 of 3)", c.readoutProperty().get());
        c.next();
        c.next();
        assertEquals(new Spot(0, 2), c.spotProperty().get(), "Right at the last point stays there");
        c.previous();
        c.previous();
        c.previous();
        assertEquals(new Spot(0, 0), c.spotProperty().get(), "Left at the first point stays there");
    }

    @Test
    void homeAndEndJumpToTheEndsAndATooltipsSecondLineJoinsTheReadout() {
        PointCursor c = focused(MINUTES);
        c.last();
        assertEquals("2026-09-10: 45 minutes in 1 session · (10 of them imagery) (point 3 of 3)",
                c.readoutProperty().get());
        c.first();
        assertEquals(new Spot(0, 0), c.spotProperty().get());
    }

    @Test
    void upAndDownSwitchLineAtTheNearestDateSkippingEmptyLines() {
        Line thumb = new Line("Thumb", List.of(new Point(100, "Thumb: 40°"), new Point(110, "Thumb: 50°")));
        Line empty = new Line("Index", List.of());
        Line middle = new Line("Middle", List.of(new Point(101, "Middle: 60°"), new Point(104, "Middle: 62°"),
                new Point(109, "Middle: 70°")));
        PointCursor c = focused(thumb, empty, middle);
        c.last();
        c.nextLine();
        assertEquals(new Spot(2, 2), c.spotProperty().get(), "day 110 is nearest day 109 on the middle finger's line");
        assertEquals("Middle: 70° (point 3 of 3; line 3 of 3, Up and Down change line)",
                c.readoutProperty().get());
        c.nextLine();
        assertEquals(new Spot(2, 2), c.spotProperty().get(), "Down on the last line stays");
        c.first();
        c.previousLine();
        assertEquals(new Spot(0, 0), c.spotProperty().get());
        c.previousLine();
        assertEquals(new Spot(0, 0), c.spotProperty().get(), "Up on the first line stays");
    }

    @Test
    void aChartWithNoPointsSaysSoWhenFocusedAndEveryKeyIsHarmless() {
        PointCursor c = new PointCursor(List.of(new Line("Minutes", List.of()), new Line("Reps", List.of())));
        assertTrue(c.isEmpty());
        c.setActive(true);
        assertEquals("No points in these dates.", c.readoutProperty().get());
        c.next();
        c.previous();
        c.first();
        c.last();
        c.nextLine();
        c.previousLine();
        assertNull(c.spotProperty().get());
        assertEquals("No points in these dates.", c.readoutProperty().get());
    }

    @Test
    void leavingTheChartShowsTheHintAgainAndComingBackKeepsThePoint() {
        PointCursor c = focused(MINUTES);
        c.next();
        c.setActive(false);
        assertEquals(PointCursor.HINT, c.readoutProperty().get());
        c.setActive(true);
        assertEquals(new Spot(0, 1), c.spotProperty().get());
    }
}
