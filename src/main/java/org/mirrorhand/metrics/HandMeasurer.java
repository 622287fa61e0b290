package org.mirrorhand.metrics;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirrorhand.pose.HandLandmark;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Turns one {@link HandPose} into joint angles, spreads and per-finger total flexion, each with a quality flag.
 * Angles come from the world landmarks (metres, independent of the distance to the camera).
 *
 * <p>Known uncertainty: studies comparing MediaPipe Hands with a goniometer report errors of about 5-9 degrees for
 * finger extension and larger for flexion, worst at the DIP joints and when fingers point toward the camera, because
 * depth is estimated from a single picture. On the project's reference photos MediaPipe bends a visibly straight
 * index DIP by 30-50 degrees in depth alone; that is why a bend seen only in depth is withheld
 * ({@link QualityIssue#BEND_ALONG_LINE_OF_SIGHT}). Treat single angles as +/-10 degrees and trends over weeks as the
 * meaningful signal. See docs/metrics.md.
 *
 * <p>Stateless and immutable: any thread may call it. Speed ("too fast") needs the previous frame and is judged by
 * {@link MotionCheck}.
 */
public final class HandMeasurer {

    private static final int[] PALM_POINTS = {0, 5, 9, 13, 17};

    private final QualityLimits limits;

    public HandMeasurer() {
        this(QualityLimits.DEFAULTS);
    }

    public HandMeasurer(QualityLimits limits) {
        this.limits = limits;
    }

    /** Measures with the flexion sign taken from the pose's own handedness label. */
    public HandMeasurement measure(HandPose pose) {
        return measure(pose, Chirality.fromLabel(pose.handedness()));
    }

    /**
     * Measures with a given chirality (a tracker's settled vote, which one mislabelled frame cannot flip). With null,
     * the chirality under which the long fingers are more flexed than hyperextended is used.
     *
     * @throws IllegalArgumentException when the pose does not have 21 image and 21 world landmarks
     */
    public HandMeasurement measure(HandPose pose, Chirality chirality) {
        return measure(pose, chirality, Set.of());
    }

    /**
     * Measures with a given chirality, treating {@code hiddenFingers} as hidden (found by looking at the other
     * hands of the same frame, see {@link HandOverlap}).
     */
    public HandMeasurement measure(HandPose pose, Chirality chirality, Set<Finger> hiddenFingers) {
        Vec3[] world = points(pose.worldLandmarks(), "world");
        Vec3[] image = points(pose.landmarks(), "image");
        if (!allFinite(world) || !allFinite(image)) {
            return HandGeometry.nothingMeasured(EnumSet.of(QualityIssue.INVALID_LANDMARKS));
        }
        if (chirality == null) {
            HandMeasurement left = measure(pose, Chirality.LABEL_LEFT, hiddenFingers);
            double sum = 0;
            for (Finger f : Finger.LONG_FINGERS) {
                for (Joint j : Joint.of(f)) {
                    double d = left.rawFlexion().get(j);
                    sum += Double.isFinite(d) ? d : 0;
                }
            }
            return sum >= 0 ? left : measure(pose, Chirality.LABEL_RIGHT, hiddenFingers);
        }
        Set<QualityIssue> handIssues = EnumSet.noneOf(QualityIssue.class);
        if (!(pose.presence() >= limits.minPresence())) {
            handIssues.add(QualityIssue.LOW_PRESENCE);
        }
        HandMeasurement m = new HandGeometry(world, image, chirality.sign, limits).measure(handIssues, hiddenFingers);
        return m.withPalm(palmCentre(image), image[HandLandmark.MIDDLE_FINGER_MCP.ordinal()]
                .minus(image[0]).withoutComponent(new Vec3(0, 0, 1)).length());
    }

    private static double[] palmCentre(Vec3[] image) {
        double x = 0;
        double y = 0;
        for (int i : PALM_POINTS) {
            x += image[i].x();
            y += image[i].y();
        }
        return new double[] {x / PALM_POINTS.length, y / PALM_POINTS.length};
    }

    private static Vec3[] points(List<Landmark> landmarks, String which) {
        if (landmarks == null || landmarks.size() != HandLandmark.COUNT) {
            throw new IllegalArgumentException("a hand pose needs " + HandLandmark.COUNT + " " + which
                    + " landmarks in MediaPipe order, got " + (landmarks == null ? "none" : landmarks.size()));
        }
        Vec3[] out = new Vec3[HandLandmark.COUNT];
        for (int i = 0; i < out.length; i++) {
            Landmark l = landmarks.get(i);
            if (l == null) {
                throw new IllegalArgumentException(which + " landmark " + i + " ("
                        + HandLandmark.values()[i] + ") is missing");
            }
            out[i] = Vec3.of(l);
        }
        return out;
    }

    private static boolean allFinite(Vec3[] points) {
        for (Vec3 p : points) {
            if (!p.isFinite()) {
                return false;
            }
        }
        return true;
    }

    /** Builds an empty per-joint map, for callers that need one keyed by every joint. */
    static Map<Joint, Double> nanFlexion() {
        Map<Joint, Double> out = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            out.put(j, Double.NaN);
        }
        return out;
    }
}
