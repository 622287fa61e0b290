package org.mirrorhand.virtualhand.scene;

import java.util.Arrays;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * A closed surface of tube topology: a pole, rings of points, another pole, every point shared by the faces around it
 * and all faces in one smoothing group, so the shading runs smooth over the whole surface with no seams or facets. The
 * faces are built once; callers write the points each frame and {@link #commit()} them. Outward faces when each ring
 * runs counter-clockwise seen from the next ring. JavaFX thread.
 */
final class RingMesh {

    private final int rings;
    private final int around;
    private final TriangleMesh mesh = new TriangleMesh();
    private final float[] points;
    private final MeshView view = new MeshView(mesh);

    RingMesh(int rings, int around) {
        this.rings = rings;
        this.around = around;
        points = new float[3 * (rings * around + 2)];
        mesh.getPoints().setAll(points);
        // A texture runs along the rings, from the first pole (v = 0) to the last (v = 1): a material may fade it.
        float[] along = new float[2 * (rings + 2)];
        for (int r = 0; r < rings + 2; r++) {
            along[2 * r] = 0.5f;
            along[2 * r + 1] = (float) r / (rings + 1);
        }
        mesh.getTexCoords().setAll(along);
        int triangles = 2 * around * rings;
        int[] faces = new int[6 * triangles];
        int f = 0;
        for (int m = 0; m < around; m++) {
            int n = (m + 1) % around;
            f = face(faces, f, point(0, m), 0, point(0, n));
            for (int r = 0; r + 1 < rings; r++) {
                f = face(faces, f, point(r, m), point(r, n), point(r + 1, m));
                f = face(faces, f, point(r + 1, m), point(r, n), point(r + 1, n));
            }
            f = face(faces, f, point(rings - 1, m), point(rings - 1, n), lastPole());
        }
        mesh.getFaces().setAll(faces);
        int[] groups = new int[triangles];
        Arrays.fill(groups, 1);
        mesh.getFaceSmoothingGroups().setAll(groups);
        view.setCullFace(CullFace.BACK);
    }

    private int face(int[] faces, int f, int a, int b, int c) {
        faces[f] = a;
        faces[f + 1] = ring(a);
        faces[f + 2] = b;
        faces[f + 3] = ring(b);
        faces[f + 4] = c;
        faces[f + 5] = ring(c);
        return f + 6;
    }

    /** The texture row of a point: 0 for the first pole, 1 + r for ring r, rings + 1 for the last pole. */
    private int ring(int point) {
        return point == 0 ? 0 : point == lastPole() ? rings + 1 : 1 + (point - 1) / around;
    }

    int rings() {
        return rings;
    }

    int around() {
        return around;
    }

    /** The index of point {@code m} of ring {@code r}; the first pole is 0. */
    int point(int r, int m) {
        return 1 + r * around + m;
    }

    int lastPole() {
        return 1 + rings * around;
    }

    void set(int index, double x, double y, double z) {
        points[3 * index] = (float) x;
        points[3 * index + 1] = (float) y;
        points[3 * index + 2] = (float) z;
    }

    /** Point {@code index}'s coordinate {@code d} (0 x, 1 y, 2 z) as last written. */
    float get(int index, int d) {
        return points[3 * index + d];
    }

    void commit() {
        mesh.getPoints().set(0, points, 0, points.length);
    }

    MeshView view() {
        return view;
    }
}
