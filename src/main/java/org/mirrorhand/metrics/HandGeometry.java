package org.mirrorhand.metrics;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The geometry of one hand in one frame: a palm frame (knuckle-row axis, palm direction, palmar normal) and the
 * flexion of every joint about the knuckle-row axis. Created per measurement by {@link HandMeasurer}; one thread.
 */
final class HandGeometry {

    private final Vec3[] world;
    private final Vec3[] image;
    private final Vec3[] picture;
    private final int sign;
    private final QualityLimits limits;

    HandGeometry(Vec3[] world, Vec3[] image, int sign, QualityLimits limits) {
        this.world = world;
        this.image = image;
        this.sign = sign;
        this.limits = limits;
        this.picture = pictureShape(world, image);
    }

    /**
     * The image landmarks in the picture plane with equal units on both axes. Image landmarks are normalised by
     * width and height separately, and the pose does not carry the picture's size, so each axis is rescaled to the
     * world landmarks' matching axis (a least-squares fit over all 21 points).
     */
    private static Vec3[] pictureShape(Vec3[] world, Vec3[] image) {
        double ix = 0, iy = 0, wx = 0, wy = 0;
        for (int i = 0; i < image.length; i++) {
            ix += image[i].x();
            iy += image[i].y();
            wx += world[i].x();
            wy += world[i].y();
        }
        int n = image.length;
        double sxy = 0, sxx = 0, syy = 0, syw = 0;
        for (int i = 0; i < n; i++) {
            sxy += (image[i].x() - ix / n) * (world[i].x() - wx / n);
            sxx += Math.pow(world[i].x() - wx / n, 2);
            syw += (image[i].y() - iy / n) * (world[i].y() - wy / n);
            syy += Math.pow(world[i].y() - wy / n, 2);
        }
        double scaleX = sxy / sxx;
        double scaleY = syw / syy;
        boolean usable = scaleX > 0 && scaleY > 0 && Double.isFinite(scaleX) && Double.isFinite(scaleY);
        Vec3[] out = new Vec3[n];
        for (int i = 0; i < n; i++) {
            out[i] = usable ? new Vec3(image[i].x() / scaleX, image[i].y() / scaleY, 0)
                    : new Vec3(image[i].x(), image[i].y(), 0);
        }
        return out;
    }

    static HandMeasurement nothingMeasured(Set<QualityIssue> why) {
        Measurement none = Measurement.notMeasured(why);
        Map<Joint, Measurement> flex = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            flex.put(j, none);
        }
        Map<FingerPair, Measurement> spread = new EnumMap<>(FingerPair.class);
        for (FingerPair p : FingerPair.values()) {
            spread.put(p, none);
        }
        Map<Finger, Measurement> total = new EnumMap<>(Finger.class);
        for (Finger f : Finger.values()) {
            total.put(f, none);
        }
        return new HandMeasurement(why, flex, spread, total, none, HandMeasurer.nanFlexion(), new double[2], 0);
    }

    HandMeasurement measure(Set<QualityIssue> handIssues, Set<Finger> hiddenFingers) {
        Vec3 palm = world[9].minus(world[0]);
        double palmLength = palm.length();
        double palmWidth = world[5].minus(world[17]).length();
        Vec3 across = world[5].minus(world[17]).unitOrNull();
        Vec3 along = across == null ? null : palm.withoutComponent(across).unitOrNull();
        if (palmLength < 1e-6 || across == null || along == null) {
            // No palm frame at all: no angle can be computed, let alone trusted.
            EnumSet<QualityIssue> why = EnumSet.copyOf(handIssues.isEmpty()
                    ? EnumSet.of(QualityIssue.IMPLAUSIBLE_BONES) : handIssues);
            why.add(QualityIssue.IMPLAUSIBLE_BONES);
            return nothingMeasured(why);
        }
        double widthRatio = palmWidth / palmLength;
        if (widthRatio < limits.minPalmWidthRatio() || widthRatio > limits.maxPalmWidthRatio()) {
            handIssues.add(QualityIssue.IMPLAUSIBLE_BONES);
        }
        if (Math.abs(across.z()) > limits.edgeOnKnuckleAxisZ()) {
            handIssues.add(QualityIssue.PALM_EDGE_ON);
        }
        Vec3 palmar = across.cross(along).times(sign);

        Map<Finger, Set<QualityIssue>> fingerIssues = new EnumMap<>(Finger.class);
        for (Finger f : Finger.values()) {
            Set<QualityIssue> why = fingerIssues(f, palmLength);
            if (hiddenFingers.contains(f)) {
                why.add(QualityIssue.FINGER_HIDDEN);
            }
            fingerIssues.put(f, why);
        }
        Map<Joint, Double> raw = new EnumMap<>(Joint.class);
        Map<Joint, Measurement> flexion = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            Vec3 u = world[j.vertex].minus(world[j.from]);
            Vec3 v = world[j.to].minus(world[j.vertex]);
            double angle = flexionDegrees(j, u, v, across, palmar);
            raw.put(j, angle);
            flexion.put(j, checkedJoint(angle, picture[j.vertex].minus(picture[j.from]),
                    picture[j.to].minus(picture[j.vertex]), fingerIssues.get(j.finger())));
        }
        Map<Finger, Measurement> total = new EnumMap<>(Finger.class);
        for (Finger f : Finger.values()) {
            total.put(f, sum(flexion, f));
        }
        HandMeasurement m = new HandMeasurement(Set.of(), flexion, spreads(fingerIssues, raw, palmar),
                total, meanFingerFlexion(raw, fingerIssues), raw, new double[2], 0);
        return m.failing(handIssues);
    }

    private double flexionDegrees(Joint j, Vec3 u, Vec3 v, Vec3 across, Vec3 palmar) {
        if (j.finger() != Finger.THUMB) {
            // Long fingers flex about an axis parallel to the knuckle row; projecting onto the plane normal to it
            // also removes side-to-side (abduction) movement, which is reported as spread instead.
            return sign * Vec3.signedAngleDegrees(u, v, across);
        }
        double bend = Vec3.angleDegrees(u, v);
        if (j == Joint.THUMB_CMC || Double.isNaN(bend)) {
            return bend;
        }
        // The thumb flexes across the palm: toward the palmar side and toward the little finger.
        Vec3 towardPalm = palmar.minus(across);
        Vec3 uu = u.unitOrNull();
        Vec3 sideways = uu == null ? v : v.withoutComponent(uu);
        return sideways.dot(towardPalm) >= 0 ? bend : -bend;
    }

    private Measurement checkedJoint(double angle, Vec3 uPicture, Vec3 vPicture, Set<QualityIssue> fingerIssues) {
        EnumSet<QualityIssue> why = fingerIssues.isEmpty()
                ? EnumSet.noneOf(QualityIssue.class) : EnumSet.copyOf(fingerIssues);
        if (Double.isNaN(angle)) {
            why.add(QualityIssue.IMPLAUSIBLE_BONES);
        } else if (Math.abs(angle) >= limits.lineOfSightMinDegrees()) {
            // Collinear points stay collinear in a picture, so a bend that the picture does not show rests on
            // MediaPipe's depth estimate alone, its least reliable output. The picture is judged from the image
            // landmarks, which are located far more precisely than the world landmarks' x and y.
            double inPicture = Vec3.angleDegrees(uPicture, vPicture);
            if (!(inPicture >= limits.lineOfSightImageShare() * Math.abs(angle))) {
                why.add(QualityIssue.BEND_ALONG_LINE_OF_SIGHT);
            }
        }
        return why.isEmpty() ? Measurement.of(angle) : Measurement.notMeasured(why);
    }

    private Set<QualityIssue> fingerIssues(Finger f, double palmLength) {
        EnumSet<QualityIssue> why = EnumSet.noneOf(QualityIssue.class);
        for (int i = 0; i < 4; i++) {
            Vec3 p = image[f.landmark(i)];
            double m = limits.outOfViewMargin();
            if (p.x() < -m || p.x() > 1 + m || p.y() < -m || p.y() > 1 + m) {
                why.add(QualityIssue.FINGER_OUT_OF_VIEW);
            }
        }
        for (int i = 1; i < 4; i++) {
            double ratio = world[f.landmark(i)].minus(world[f.landmark(i - 1)]).length() / palmLength;
            if (ratio < limits.minBoneRatio() || ratio > limits.maxBoneRatio()) {
                why.add(QualityIssue.IMPLAUSIBLE_BONES);
            }
        }
        if (f != Finger.THUMB) {
            double metacarpal = world[f.landmark(0)].minus(world[0]).length() / palmLength;
            if (metacarpal < 0.5 || metacarpal > 1.5) {
                why.add(QualityIssue.IMPLAUSIBLE_BONES);
            }
        }
        return why;
    }

    private static Measurement sum(Map<Joint, Measurement> flexion, Finger f) {
        double total = 0;
        EnumSet<QualityIssue> why = EnumSet.noneOf(QualityIssue.class);
        for (Joint j : Joint.tamJoints(f)) {
            Measurement m = flexion.get(j);
            if (m.isMeasured()) {
                total += m.degrees();
            } else {
                why.addAll(m.issues());
            }
        }
        return why.isEmpty() ? Measurement.of(total) : Measurement.notMeasured(why);
    }

    private static Measurement meanFingerFlexion(Map<Joint, Double> raw, Map<Finger, Set<QualityIssue>> issues) {
        double sum = 0;
        int fingers = 0;
        EnumSet<QualityIssue> why = EnumSet.noneOf(QualityIssue.class);
        for (Finger f : Finger.LONG_FINGERS) {
            double total = 0;
            for (Joint j : Joint.tamJoints(f)) {
                total += raw.get(j);
            }
            if (issues.get(f).isEmpty() && Double.isFinite(total)) {
                sum += total;
                fingers++;
            } else {
                why.addAll(issues.get(f));
                if (!Double.isFinite(total)) {
                    why.add(QualityIssue.IMPLAUSIBLE_BONES);
                }
            }
        }
        // With one long finger missing the mean is still a fair opening signal; with two it is mostly guesswork.
        return fingers >= 3 ? Measurement.of(sum / fingers) : Measurement.notMeasured(why);
    }

    private Map<FingerPair, Measurement> spreads(Map<Finger, Set<QualityIssue>> issues, Map<Joint, Double> raw,
                                                 Vec3 palmar) {
        Vec3 normal = palmar.unitOrNull();
        Map<FingerPair, Measurement> out = new EnumMap<>(FingerPair.class);
        for (FingerPair pair : FingerPair.values()) {
            EnumSet<QualityIssue> why = EnumSet.noneOf(QualityIssue.class);
            why.addAll(issues.get(pair.first()));
            why.addAll(issues.get(pair.second()));
            for (Finger f : new Finger[] {pair.first(), pair.second()}) {
                if (f != Finger.THUMB && !(Math.abs(raw.get(Joint.of(f).get(0))) <= limits.maxCurlForSpreadDegrees())) {
                    why.add(QualityIssue.FINGER_CURLED);
                }
            }
            double angle;
            if (pair == FingerPair.THUMB_INDEX) {
                // The first web space: thumb ray from its base to the IP joint against the index proximal phalanx.
                angle = Vec3.angleDegrees(world[3].minus(world[1]), world[6].minus(world[5]));
            } else {
                Vec3 a = proximal(pair.first()).withoutComponent(normal);
                Vec3 b = proximal(pair.second()).withoutComponent(normal);
                angle = Vec3.angleDegrees(a, b);
            }
            if (Double.isNaN(angle)) {
                why.add(QualityIssue.IMPLAUSIBLE_BONES);
            }
            out.put(pair, why.isEmpty() ? Measurement.of(angle) : Measurement.notMeasured(why));
        }
        return out;
    }

    private Vec3 proximal(Finger f) {
        return world[f.landmark(1)].minus(world[f.landmark(0)]);
    }
}
