package org.mirrorhand.history;

/**
 * What an imagery session adds to its session row: minutes actually listened and how vivid the survivor rated it.
 *
 * @param vividness 1 (no image) to 5 (as clear as seeing it), or null when not asked
 */
public record ImageryEntry(String script, double minutes, Integer vividness) {
    public ImageryEntry {
        if (vividness != null && (vividness < 1 || vividness > 5)) {
            throw new IllegalArgumentException("vividness must be 1 to 5, got " + vividness);
        }
        if (minutes < 0) {
            throw new IllegalArgumentException("imagery minutes cannot be negative, got " + minutes);
        }
    }
}
