package org.mirrorhand.history;

import java.util.List;

/** One number per finger, thumb first (angles in degrees unless said otherwise). */
public record FingerValues(double thumb, double index, double middle, double ring, double little) {

    public static FingerValues of(List<Double> fiveValues) {
        if (fiveValues.size() != 5) {
            throw new IllegalArgumentException("expected 5 finger values, got " + fiveValues.size());
        }
        return new FingerValues(fiveValues.get(0), fiveValues.get(1), fiveValues.get(2), fiveValues.get(3),
                fiveValues.get(4));
    }

    public double get(Finger finger) {
        return switch (finger) {
            case THUMB -> thumb;
            case INDEX -> index;
            case MIDDLE -> middle;
            case RING -> ring;
            case LITTLE -> little;
        };
    }

    public List<Double> asList() {
        return List.of(thumb, index, middle, ring, little);
    }
}
