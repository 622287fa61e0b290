package org.mirrorhand.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a date option as YYYY-MM-DD (or "today"), with a message that shows the expected form. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        if ("today".equalsIgnoreCase(value.trim())) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("\"" + value + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31");
        }
    }
}
