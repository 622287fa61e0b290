package org.mirrorhand.history;

/**
 * The practice dose a therapist asks for: so many minutes on so many days a week.
 * The default, 30 minutes on 5 days, follows common upper-limb home-programme advice.
 */
public record DoseTarget(int minutesPerDay, int daysPerWeek) {
    public static final DoseTarget DEFAULT = new DoseTarget(30, 5);

    public DoseTarget {
        if (minutesPerDay < 1 || minutesPerDay > 600) {
            throw new IllegalArgumentException("minutes per day must be 1 to 600, got " + minutesPerDay);
        }
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            throw new IllegalArgumentException("days per week must be 1 to 7, got " + daysPerWeek);
        }
    }

    public int minutesPerWeek() {
        return minutesPerDay * daysPerWeek;
    }
}
