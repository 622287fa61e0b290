package org.mirrorhand.virtualhand.scene;

import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * The palm as a slab: its outline (the wrist's two sides, the thumb's base and the four knuckles) lifted to the palm's
 * two faces, each closed by a fan around its centre, which stands a little proud of them. The rounded edge capsules hide the slab's sides. Each frame writes
 * the 16 points in place. JavaFX thread.
 */
final class PalmMesh {

    /** The outline: wrist little-finger side, wrist thumb side (scratch slots 0 and 1), thumb base, the knuckles. */
    private static final int[] OUTLINE = {-1, -2, 1, 5, 9, 13, 17};
    private static final int N = OUTLINE.length;
    private static final double DOME = 1.5;

    private final TriangleMesh mesh = new TriangleMesh();
    private final float[] points = new float[3 * (2 * N + 2)];
    private final MeshView view = new MeshView(mesh);

    PalmMesh() {
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(0, 0);
        int[] faces = new int[6 * 4 * N];
        int f = 0;
        int front = 2 * N;
        int back = 2 * N + 1;
        for (int i = 0; i < N; i++) {
            int j = (i + 1) % N;
            f = face(faces, f, front, i, j);
            f = face(faces, f, back, N + j, N + i);
            f = face(faces, f, i, N + i, j);
            f = face(faces, f, j, N + i, N + j);
        }
        mesh.getFaces().setAll(faces);
        // One smoothing group: the normals blend across the slab's edges, so the palm looks rounded, not cut.
        int[] groups = new int[4 * N];
        java.util.Arrays.fill(groups, 1);
        mesh.getFaceSmoothingGroups().setAll(groups);
        view.setCullFace(CullFace.NONE);
    }

    private static int face(int[] faces, int f, int a, int b, int c) {
        faces[f] = a;
        faces[f + 2] = b;
        faces[f + 4] = c;
        return f + 6;
    }

    MeshView view() {
        return view;
    }

    /** @param v scratch holding the wrist's sides at 0 and 3 and the palm frame at {@link PalmFrame} */
    void update(double[] px, double[] v, double halfThickness) {
        double cx = 0;
        double cy = 0;
        double cz = 0;
        for (int i = 0; i < N; i++) {
            int l = OUTLINE[i];
            double[] src = l < 0 ? v : px;
            int o = l < 0 ? 3 * (-l - 1) : 3 * l;
            for (int d = 0; d < 3; d++) {
                double n = halfThickness * v[PalmFrame.Z + d];
                points[3 * i + d] = (float) (src[o + d] + n);
                points[3 * (N + i) + d] = (float) (src[o + d] - n);
            }
            cx += src[o];
            cy += src[o + 1];
            cz += src[o + 2];
        }
        for (int d = 0; d < 3; d++) {
            double c = d == 0 ? cx / N : d == 1 ? cy / N : cz / N;
            // The centres stand out a little: a palm is a cushion, and the light then falls off toward its edges.
            double n = DOME * halfThickness * v[PalmFrame.Z + d];
            points[3 * 2 * N + d] = (float) (c + n);
            points[3 * (2 * N + 1) + d] = (float) (c - n);
        }
        mesh.getPoints().set(0, points, 0, points.length);
    }
}
