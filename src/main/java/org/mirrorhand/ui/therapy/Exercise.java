package org.mirrorhand.ui.therapy;

/** The mirror therapy exercises, each with the words shown (and said) to guide it and a usual number of repetitions. */
public enum Exercise {
    OPEN_HAND("Open the hand", "Open your hand wide, then close it gently.", 30),
    FINGER_BY_FINGER("Finger by finger", "Lift one finger at a time, then close the hand.", 20),
    SPREAD_FINGERS("Spread the fingers", "Spread your fingers apart, then bring them together.", 30),
    THUMB_OUT("Thumb out", "Move your thumb out to the side, then back in.", 30);

    private final String title;
    private final String prompt;
    private final int usualReps;

    Exercise(String title, String prompt, int usualReps) {
        this.title = title;
        this.prompt = prompt;
        this.usualReps = usualReps;
    }

    public String title() {
        return title;
    }

    public String prompt() {
        return prompt;
    }

    public int usualReps() {
        return usualReps;
    }
}
