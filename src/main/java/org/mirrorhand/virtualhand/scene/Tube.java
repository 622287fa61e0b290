package org.mirrorhand.virtualhand.scene;

/**
 * A tube swept along stations: each station a centre and two radii (across and deep), the first and last stations its
 * closed ends. Rings stand square to the path, their frames carried along it without twisting (parallel transport), so
 * a bending finger keeps its shape. No allocation per sweep. JavaFX thread.
 */
final class Tube {

    private static final double[] AXES = {1, 0, 0, 0, 1, 0};

    final int stations;
    /** Filled by the caller before each {@link #sweep}: x, y, z per station. */
    final double[] centre;
    final double[] across;
    final double[] deep;
    /** The path's direction at each station (need not be of unit length). */
    final double[] tangent;
    private final RingMesh mesh;
    private final double[] cos;
    private final double[] sin;
    private final double[] t = new double[3];
    private final double[] u = new double[3];

    Tube(int stations, int around) {
        this.stations = stations;
        centre = new double[3 * stations];
        across = new double[stations];
        deep = new double[stations];
        tangent = new double[3 * stations];
        mesh = new RingMesh(stations - 2, around);
        cos = new double[around];
        sin = new double[around];
        for (int m = 0; m < around; m++) {
            cos[m] = Math.cos(2 * Math.PI * m / around);
            sin[m] = Math.sin(2 * Math.PI * m / around);
        }
    }

    RingMesh mesh() {
        return mesh;
    }

    /**
     * Writes the rings around the stations. {@code across} runs along the reference direction {@code ref} (at
     * {@code o}) as nearly as the path allows, or along {@code spare} where the path runs along {@code ref}.
     */
    void sweep(double[] ref, int o, int spare) {
        mesh.set(0, centre[0], centre[1], centre[2]);
        mesh.set(mesh.lastPole(), centre[3 * stations - 3], centre[3 * stations - 2], centre[3 * stations - 1]);
        t[0] = 0;
        t[1] = 0;
        t[2] = 0;
        for (int s = 1; s < stations - 1; s++) {
            tangent(s);
            if (s == 1 && !startFrame(ref, o) && !startFrame(ref, spare)) {
                startFrame(AXES, startFrame(AXES, 0) ? 0 : 3);
            }
            // Carry the frame along: drop the part of the last frame's u that lies along the new tangent.
            double along = u[0] * t[0] + u[1] * t[1] + u[2] * t[2];
            for (int d = 0; d < 3; d++) {
                u[d] -= along * t[d];
            }
            PalmFrame.normalise(u, 0);
            double wx = t[1] * u[2] - t[2] * u[1];
            double wy = t[2] * u[0] - t[0] * u[2];
            double wz = t[0] * u[1] - t[1] * u[0];
            int r = s - 1;
            for (int m = 0; m < cos.length; m++) {
                double a = across[s] * cos[m];
                double b = deep[s] * sin[m];
                mesh.set(mesh.point(r, m), centre[3 * s] + a * u[0] + b * wx, centre[3 * s + 1] + a * u[1] + b * wy,
                        centre[3 * s + 2] + a * u[2] + b * wz);
            }
        }
        mesh.commit();
    }

    /** The path's unit direction at station s; kept from the station before where it is not known. */
    private void tangent(int s) {
        double x = tangent[3 * s];
        double y = tangent[3 * s + 1];
        double z = tangent[3 * s + 2];
        double n = Math.sqrt(x * x + y * y + z * z);
        if (n > 1e-9) {
            t[0] = x / n;
            t[1] = y / n;
            t[2] = z / n;
        } else if (t[0] == 0 && t[1] == 0 && t[2] == 0) {
            t[2] = 1;
        }
    }

    private boolean startFrame(double[] ref, int o) {
        double along = ref[o] * t[0] + ref[o + 1] * t[1] + ref[o + 2] * t[2];
        if (Math.abs(along) > 0.9) {
            return false;
        }
        for (int d = 0; d < 3; d++) {
            u[d] = ref[o + d] - along * t[d];
        }
        PalmFrame.normalise(u, 0);
        return true;
    }
}
