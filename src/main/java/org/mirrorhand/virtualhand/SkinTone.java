package org.mirrorhand.virtualhand;

import java.util.Locale;

/**
 * The virtual hand's skin colours: the working hand's own, sampled from the camera picture, or one of a few presets
 * from light to deep, as sRGB.
 */
public enum SkinTone {
    /** Sampled from the working hand's palm; its colour before the first sample is the medium-light preset's. */
    LIKE_OTHER_HAND("Your own skin", 0xD9A57F),
    LIGHT("Light", 0xEBC3A8),
    MEDIUM_LIGHT("Medium light", 0xD9A57F),
    MEDIUM("Medium", 0xB9825B),
    MEDIUM_DEEP("Medium deep", 0x8D5A3B),
    DEEP("Deep", 0x5E3B27);

    private final String label;
    private final int rgb;

    SkinTone(String label, int rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    public String label() {
        return label;
    }

    /** 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** The tone of a stored name, or the default when the name is unknown (an older or edited settings file). */
    public static SkinTone parse(String name) {
        if (name != null) {
            for (SkinTone t : values()) {
                if (t.name().equalsIgnoreCase(name.trim().replace(' ', '_').toUpperCase(Locale.ROOT))) {
                    return t;
                }
            }
        }
        return LIKE_OTHER_HAND;
    }
}
