package org.mirrorhand.history;

/**
 * A person's virtual hand, kept in their profile: how far it opens (graded movement, the therapist raises it over
 * weeks) and its skin tone's name (null: the default).
 *
 * @param gradePercent 0 (it stays a fist) to 100 (it opens as far as the working hand)
 */
public record VirtualHandChoice(int gradePercent, String skinTone) {

    public static final VirtualHandChoice DEFAULT = new VirtualHandChoice(100, null);

    public VirtualHandChoice {
        if (gradePercent < 0 || gradePercent > 100) {
            throw new IllegalArgumentException("the virtual hand's grade is 0 to 100 %, not " + gradePercent);
        }
        // A name from an imported file is shown nowhere, but it is stored: keep it a short preset-like name.
        if (skinTone != null && !skinTone.matches("[A-Za-z_ ]{1,40}")) {
            throw new IllegalArgumentException("the virtual hand's skin tone must be the name of a preset");
        }
    }
}
