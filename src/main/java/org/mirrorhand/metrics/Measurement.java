package org.mirrorhand.metrics;

import java.util.EnumSet;
import java.util.Set;
import java.util.OptionalDouble;

/**
 * One measured number, or "not measured" with the reasons. A value that failed a quality check is never kept, so no
 * caller can show it by mistake.
 *
 * @param value  the number (degrees or percent) when measured; empty when not
 * @param issues why it was not measured; empty exactly when {@code value} is present
 */
public record Measurement(OptionalDouble value, Set<QualityIssue> issues) {

    public Measurement {
        issues = issues.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(issues));
        if (value.isPresent() == !issues.isEmpty()) {
            throw new IllegalArgumentException("a measurement has a value exactly when it has no quality issues");
        }
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("a measured value must be a finite number, got " + value.getAsDouble());
        }
    }

    public static Measurement of(double value) {
        return new Measurement(OptionalDouble.of(value), Set.of());
    }

    public static Measurement notMeasured(Set<QualityIssue> issues) {
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a not-measured result needs at least one reason");
        }
        return new Measurement(OptionalDouble.empty(), issues);
    }

    public static Measurement notMeasured(QualityIssue issue) {
        return notMeasured(Set.of(issue));
    }

    public boolean isMeasured() {
        return value.isPresent();
    }

    /** The value; throws if not measured, so call {@link #isMeasured()} first. */
    public double degrees() {
        return value.orElseThrow(() -> new IllegalStateException("not measured: " + issues));
    }

    /** This measurement with more reasons against it; adding any reason removes the value. */
    public Measurement failing(Set<QualityIssue> more) {
        if (more.isEmpty()) {
            return this;
        }
        EnumSet<QualityIssue> all = EnumSet.copyOf(more);
        all.addAll(issues);
        return notMeasured(all);
    }
}
