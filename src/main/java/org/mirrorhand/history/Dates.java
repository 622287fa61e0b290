package org.mirrorhand.history;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way dates and counts are written for people (screens and the PDF), in the user's own locale: "21 Oct 2026"
 * in Britain, "Oct 21, 2026" in the United States; the same without the year where a chart has no room; "1 minute",
 * "2 minutes". Files for programs (CSV, file names) keep ISO dates. Any thread.
 */
public final class Dates {

    private Dates() {
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** The day, with its year: the app's date format. */
    public static DateTimeFormatter dayFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
    }

    public static String day(LocalDate d) {
        return dayFormat().format(d);
    }

    /** The day without its year, for chart axes and the lines of one range: the same format, shortened. */
    public static String dayShort(LocalDate d) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale());
        String noYear = pattern.replaceAll("[\\s,./-]*y+[\\s,./-]*$", "").replaceAll("^y+[\\s,./-]*", "")
                .replaceAll("\\s*y+\\s*", " ").trim();
        return DateTimeFormatter.ofPattern(noYear.isEmpty() ? pattern : noYear, locale()).format(d);
    }

    /** A day and the time on it, for one session. */
    public static String dayAndTime(ZonedDateTime t) {
        return dayShort(t.toLocalDate()) + " "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(t);
    }

    /** "1 session", "3 sessions", "0 minutes": the word's plural is its English "s" form. */
    public static String count(long n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }
}
