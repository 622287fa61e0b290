package org.mirrorhand.history;

/**
 * The practice dose a therapist asks for: so many minutes on so many days a week.
 * The default, 30 minutes on 5 days, follows common upper-limb home-programme advice.
 */
public record DoseTarget(int minutesPerDay, int daysPerWeek) {
    public static final DoseTarget DEFAULT = new DoseTarget(30, 5);
    /** Allowed ranges, shared with the screens and commands that let people type a target. */
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 600;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 7;

    public DoseTarget {
        if (minutesPerDay < MIN_MINUTES || minutesPerDay > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes per day must be " + MIN_MINUTES + " to " + MAX_MINUTES + ", got "
                    + minutesPerDay);
        }
        if (daysPerWeek < MIN_DAYS || daysPerWeek > MAX_DAYS) {
            throw new IllegalArgumentException("days per week must be " + MIN_DAYS + " to " + MAX_DAYS + ", got "
                    + daysPerWeek);
        }
    }

    public int minutesPerWeek() {
        return minutesPerDay * daysPerWeek;
    }
}
