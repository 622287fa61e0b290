package org.mirrorhand.history;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The rule for a name a person types (a profile, an imported profile): printable characters only, stored in Unicode NFC,
 * compared without regard to case or to how an accent was typed. Names stored before this rule are left as they are and
 * compared through {@link #key}, so "Anna", "anna" and an NFD "Anna" all find the same profile. Any thread.
 */
public final class Names {
    /** Longest name, in characters as people count them (code points). */
    static final int MAX_LENGTH = 80;

    private Names() {
    }

    /**
     * The name as it will be stored: trimmed and NFC-normalised.
     *
     * @param what what the name is for, as the message says it ("a profile name")
     * @throws HistoryException with one plain line when the name is empty, too long or has a character that cannot be
     *                          printed (a newline, an escape, a bell)
     */
    public static String clean(String typed, String what) {
        String name = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFC).strip();
        int length = name.codePointCount(0, name.length());
        if (length == 0 || length > MAX_LENGTH) {
            throw new HistoryException(what + " must be 1 to " + MAX_LENGTH + " characters, got " + length
                    + (length == 0 ? "" : " (\"" + printable(name) + "\")"));
        }
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (!allowed(cps[i])) {
                throw new HistoryException(what + " can only have letters, digits, spaces and punctuation: \""
                        + printable(name) + "\" has " + describe(cps[i]) + " at character " + (i + 1)
                        + "; type the name again without it");
            }
        }
        return name;
    }

    /** The form two names are compared in: NFC and case-folded, so spellings that look the same compare equal. */
    public static String key(String name) {
        String nfc = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).strip();
        // Upper then lower folds the cases that lower-casing alone misses (German sharp s, Greek final sigma).
        return nfc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Whether two names are the same name under {@link #key}. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The name with any character that cannot be printed shown as a visible \\u escape, for messages and lists. */
    public static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (allowed(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", cp));
            }
        });
        return out.toString();
    }

    private static boolean allowed(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.SURROGATE && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && !isBidiControl(cp);
    }

    /** Direction overrides and isolates can make a name read backwards in a list; real names never need them. */
    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static String describe(int cp) {
        return switch (cp) {
            case '\n' -> "a line break";
            case '\r' -> "a carriage return";
            case '\t' -> "a tab";
            case 0x1B -> "an escape character (ESC)";
            case 0x07 -> "a bell character (BEL)";
            default -> String.format(Locale.ROOT, "a character that cannot be printed (U+%04X)", cp);
        };
    }
}
