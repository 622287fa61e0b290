package org.mirrorhand.ui.progress;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which point of one chart the keyboard has highlighted, and the line of words read out for it, so a person without a
 * mouse can read every point. Left/Right walk one line's points in date order, Home/End jump to its ends, Up/Down move
 * to the previous/next line at the nearest date. The words are the point's tooltip text, never formatted a second time.
 * Knows no controls. JavaFX thread only (like the properties it exposes).
 */
final class PointCursor {
    static final String EMPTY = "No points in these dates.";
    static final String HINT = "Tab to this chart, then Left and Right arrows read each point.";

    /** One point: its day (epoch day) and its tooltip text. */
    record Point(long epochDay, String tip) {
    }

    /** One series of the chart, points in date order. */
    record Line(String name, List<Point> points) {
        Line {
            points = List.copyOf(points);
        }
    }

    /** The highlighted point: index of the line in the chart, index of the point in the line. */
    record Spot(int line, int point) {
    }

    private final List<Line> lines;
    private final ReadOnlyObjectWrapper<Spot> spot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(HINT);
    private boolean active;

    PointCursor(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The highlighted point, or null before the chart first had the focus and when it has no points. */
    ReadOnlyObjectProperty<Spot> spotProperty() {
        return spot.getReadOnlyProperty();
    }

    ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    boolean isEmpty() {
        return lines.stream().allMatch(l -> l.points().isEmpty());
    }

    /** The chart took (true) or lost the focus; on first focus the first point of the first line is highlighted. */
    void setActive(boolean active) {
        this.active = active;
        if (active && !isEmpty()) {
            current();
        }
        update();
    }

    void next() {
        moveTo(isEmpty() ? 0 : current().point() + 1);
    }

    void previous() {
        moveTo(isEmpty() ? 0 : current().point() - 1);
    }

    void first() {
        moveTo(0);
    }

    void last() {
        moveTo(Integer.MAX_VALUE);
    }

    /** Down: the next line that has points, at the point nearest the current date; stays on the last line. */
    void nextLine() {
        switchLine(1);
    }

    /** Up: the previous line that has points; stays on the first. */
    void previousLine() {
        switchLine(-1);
    }

    private Spot current() {
        if (spot.get() == null) {
            spot.set(new Spot(nextNonEmpty(-1, 1), 0));
        }
        return spot.get();
    }

    private void moveTo(int index) {
        if (isEmpty()) {
            update();
            return;
        }
        Spot s = current();
        int size = lines.get(s.line()).points().size();
        spot.set(new Spot(s.line(), Math.max(0, Math.min(size - 1, index))));
        update();
    }

    private void switchLine(int step) {
        if (isEmpty()) {
            update();
            return;
        }
        Spot s = current();
        int to = nextNonEmpty(s.line(), step);
        if (to >= 0) {
            long day = lines.get(s.line()).points().get(s.point()).epochDay();
            spot.set(new Spot(to, nearest(lines.get(to).points(), day)));
        }
        update();
    }

    /** The index of the next line after {@code from} in direction {@code step} that has points, or -1. */
    private int nextNonEmpty(int from, int step) {
        for (int i = from + step; i >= 0 && i < lines.size(); i += step) {
            if (!lines.get(i).points().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int nearest(List<Point> points, long day) {
        int best = 0;
        for (int i = 1; i < points.size(); i++) {
            if (Math.abs(points.get(i).epochDay() - day) < Math.abs(points.get(best).epochDay() - day)) {
                best = i;
            }
        }
        return best;
    }

    private void update() {
        if (!active) {
            readout.set(HINT);
        } else if (isEmpty()) {
            readout.set(EMPTY);
        } else {
            readout.set(words(spot.get()));
        }
    }

    /** "Index: 45° ± 3° · Tue 4 Nov 10:05 · mirror · 22 min (point 3 of 30; line 2 of 5, Up and Down change line)". */
    private String words(Spot s) {
        Line line = lines.get(s.line());
        String where = "point " + (s.point() + 1) + " of " + line.points().size();
        long withPoints = lines.stream().filter(l -> !l.points().isEmpty()).count();
        if (withPoints > 1) {
            // The tooltip already names the line (finger, hand or score), so only its place is added.
            where += "; line " + (s.line() + 1) + " of " + lines.size() + ", Up and Down change line";
        }
        return line.points().get(s.point()).tip().replace("\n", " · ") + " (" + where + ")";
    }
}
