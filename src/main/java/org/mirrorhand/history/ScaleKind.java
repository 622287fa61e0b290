package org.mirrorhand.history;

import java.util.Locale;

/** The therapist scales MirrorHand keeps, with the range each allows. */
public enum ScaleKind {
    /** Modified Ashworth for the finger flexors: 0, 1, 1+, 2, 3, 4; "1+" is stored as 1.5. */
    ASHWORTH("Modified Ashworth (finger flexors)", 0, 4),
    /** Fugl-Meyer upper extremity, hand items: 0 to 14. */
    FUGL_MEYER_HAND("Fugl-Meyer hand (0-14)", 0, 14),
    /** Box and Block test, blocks moved per minute. */
    BOX_AND_BLOCK("Box and Block (blocks/min)", 0, 150),
    /** A free note with no number. */
    NOTE("Note", 0, 0);

    private final String label;
    private final double min;
    private final double max;

    ScaleKind(String label, double min, double max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean hasValue() {
        return this != NOTE;
    }

    /** Reads a value as a therapist types it ("1+" for Ashworth), or says which values are allowed. */
    public double parse(String text) {
        String t = text.trim();
        if (this == ASHWORTH) {
            return switch (t) {
                case "0" -> 0;
                case "1" -> 1;
                case "1+", "1.5" -> 1.5;
                case "2" -> 2;
                case "3" -> 3;
                case "4" -> 4;
                default -> throw new IllegalArgumentException(
                        "Modified Ashworth score must be 0, 1, 1+, 2, 3 or 4, got \"" + text + "\"");
            };
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + ": \"" + text + "\" is not a number");
        }
        check(v);
        return v;
    }

    public void check(double v) {
        if (!hasValue()) {
            return;
        }
        if (Double.isNaN(v) || v < min || v > max) {
            throw new IllegalArgumentException(label + " must be " + fmt(min) + " to " + fmt(max) + ", got " + fmt(v));
        }
        if (this == ASHWORTH && !(v == 0 || v == 1 || v == 1.5 || v == 2 || v == 3 || v == 4)) {
            throw new IllegalArgumentException("Modified Ashworth score must be 0, 1, 1+, 2, 3 or 4, got " + fmt(v));
        }
        if (this == FUGL_MEYER_HAND && v != Math.rint(v)) {
            throw new IllegalArgumentException("Fugl-Meyer hand score must be a whole number, got " + fmt(v));
        }
    }

    /** The value as people write it ("1+" for Ashworth 1.5). */
    public String format(Double v) {
        if (v == null) {
            return "";
        }
        if (this == ASHWORTH && v == 1.5) {
            return "1+";
        }
        return fmt(v);
    }

    public static ScaleKind fromWord(String word) {
        for (ScaleKind k : values()) {
            if (k.word().equalsIgnoreCase(word.trim()) || k.name().equalsIgnoreCase(word.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown scale \"" + word + "\": use ashworth, fugl-meyer-hand, "
                + "box-and-block or note");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
