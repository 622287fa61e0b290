package org.mirrorhand.metrics;

import org.mirrorhand.pose.Landmark;

/** A small immutable 3D vector for the hand geometry; pure arithmetic, any thread. */
record Vec3(double x, double y, double z) {

    static Vec3 of(Landmark l) {
        return new Vec3(l.x(), l.y(), l.z());
    }

    Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    Vec3 times(double k) {
        return new Vec3(x * k, y * k, z * k);
    }

    double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    double length() {
        return Math.sqrt(dot(this));
    }

    /** Unit vector, or null when too short to have a direction (callers turn that into "not measured"). */
    Vec3 unitOrNull() {
        double len = length();
        return len < 1e-9 ? null : times(1 / len);
    }

    /** This vector with its component along the unit vector {@code axis} removed. */
    Vec3 withoutComponent(Vec3 axis) {
        return minus(axis.times(dot(axis)));
    }

    boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z);
    }

    /** Unsigned angle in degrees between two vectors; NaN when either is too short. */
    static double angleDegrees(Vec3 u, Vec3 v) {
        double lu = u.length();
        double lv = v.length();
        if (lu < 1e-9 || lv < 1e-9) {
            return Double.NaN;
        }
        double c = Math.max(-1, Math.min(1, u.dot(v) / (lu * lv)));
        return Math.toDegrees(Math.acos(c));
    }

    /** Angle in degrees from u to v about the unit {@code axis}, after projecting both onto the plane normal to it. */
    static double signedAngleDegrees(Vec3 u, Vec3 v, Vec3 axis) {
        Vec3 pu = u.withoutComponent(axis);
        Vec3 pv = v.withoutComponent(axis);
        if (pu.length() < 1e-9 || pv.length() < 1e-9) {
            return Double.NaN;
        }
        return Math.toDegrees(Math.atan2(pu.cross(pv).dot(axis), pu.dot(pv)));
    }
}
