package org.mirrorhand.virtualhand.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mirrorhand.ui.FxTesting.onFx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableFloatArray;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.virtualhand.MovementPlayback;
import org.mirrorhand.virtualhand.Placement;

/**
 * The drawn hand's surfaces for the built-in movement's fist and open hand, placed as a played movement on either side
 * of the mirror: closed and facing outward (the meshes are drawn with their back faces culled), fingers ending at
 * their tips, curled fingers not folding into themselves, and the scene built once.
 */
class HandModelTest {

    private static final MovementPlayback MOVEMENT = MovementPlayback.builtIn();
    private static final double FIST_MS = 0;
    private static final double OPEN_MS = MovementPlayback.Pace.SLOW.cycleMs() / 2;

    @BeforeAll
    static void startFx() throws Exception {
        FxTesting.start();
    }

    private static Placement placed(boolean cameraFacesUser) {
        Placement p = new Placement();
        p.placeOnAffectedSide(new MirrorSettings(MirrorMode.VIRTUAL_HAND, AffectedSide.LEFT, 0.5, cameraFacesUser),
                1280, 720);
        return p;
    }

    private static HandModel drawn(double ms, Placement place) throws Exception {
        return onFx(() -> {
            HandModel m = new HandModel();
            m.update(MOVEMENT.skeletonAt(ms), place);
            return m;
        });
    }

    @ParameterizedTest
    @CsvSource({"0, true", "0, false", "4000, true", "4000, false"})
    void everySurfaceIsClosedAndFacesOutwardOnEitherSideOfTheMirror(double ms, boolean cameraFacesUser)
            throws Exception {
        HandModel model = drawn(ms, placed(cameraFacesUser));
        for (Node child : model.getChildren()) {
            TriangleMesh mesh = (TriangleMesh) ((MeshView) child).getMesh();
            assertTrue(signedVolume(mesh) > 0, "a surface is inside out (or flat) at " + ms + " ms, mirrored "
                    + cameraFacesUser + ": volume " + signedVolume(mesh));
            assertEquals(0, openEdges(mesh), "a surface has holes");
        }
    }

    @Test
    void eachFingerEndsExactlyAtItsTipLandmark() throws Exception {
        for (double ms : new double[] {FIST_MS, OPEN_MS}) {
            Placement place = placed(true);
            HandModel model = drawn(ms, place);
            double[] skeleton = MOVEMENT.skeletonAt(ms);
            double k = place.pixelsPerMetre();
            for (int f = 0; f < 5; f++) {
                RingMesh finger = model.finger(f);
                int tip = 3 * (4 * f + 4);
                double[] expected = {place.wristX() + place.xSign() * k * skeleton[tip],
                        place.wristY() + k * skeleton[tip + 1], k * skeleton[tip + 2]};
                for (int d = 0; d < 3; d++) {
                    assertEquals(expected[d], finger.get(finger.lastPole(), d), 1e-3, "finger " + f + " at " + ms);
                }
            }
        }
    }

    @Test
    void theCurledFingersOfAFistDoNotFoldIntoThemselves() throws Exception {
        HandModel model = drawn(FIST_MS, placed(true));
        for (int f = 0; f < 5; f++) {
            RingMesh finger = model.finger(f);
            for (int r = 0; r + 1 < finger.rings(); r++) {
                double[] here = centre(finger, r);
                double[] next = centre(finger, r + 1);
                for (int m = 0; m < finger.around(); m++) {
                    double step = 0;
                    for (int d = 0; d < 3; d++) {
                        step += (finger.get(finger.point(r + 1, m), d) - finger.get(finger.point(r, m), d))
                                * (next[d] - here[d]);
                    }
                    assertTrue(step > 0, "finger " + f + " folds back between rings " + r + " and " + (r + 1)
                            + " at point " + m);
                }
            }
        }
    }

    @Test
    void aSkeletonCollapsedToOnePointStillGivesFinitePoints() throws Exception {
        Placement place = placed(true);
        HandModel model = onFx(() -> {
            HandModel m = new HandModel();
            m.update(new double[63], place);
            return m;
        });
        for (Node child : model.getChildren()) {
            float[] points = ((TriangleMesh) ((MeshView) child).getMesh()).getPoints().toArray(null);
            for (float p : points) {
                assertTrue(Float.isFinite(p), "a point is not a number");
            }
        }
    }

    @Test
    void movingTheHandRewritesPointsButKeepsTheSameNodesAndFaces() throws Exception {
        Placement place = placed(true);
        HandModel model = drawn(FIST_MS, place);
        List<Node> nodes = new ArrayList<>(model.getChildren());
        List<int[]> faces = new ArrayList<>();
        List<float[]> before = new ArrayList<>();
        for (Node n : nodes) {
            TriangleMesh mesh = (TriangleMesh) ((MeshView) n).getMesh();
            faces.add(mesh.getFaces().toArray(null));
            before.add(mesh.getPoints().toArray(null));
        }
        onFx(() -> model.update(MOVEMENT.skeletonAt(OPEN_MS), place));
        assertEquals(nodes, model.getChildren());
        for (int i = 0; i < nodes.size(); i++) {
            TriangleMesh mesh = (TriangleMesh) ((MeshView) model.getChildren().get(i)).getMesh();
            assertSame(((MeshView) nodes.get(i)).getMesh(), mesh);
            assertTrue(Arrays.equals(faces.get(i), mesh.getFaces().toArray(null)), "faces rebuilt");
        }
        for (int f = 0; f < 5; f++) {
            TriangleMesh mesh = (TriangleMesh) model.finger(f).view().getMesh();
            assertFalse(Arrays.equals(before.get(nodes.indexOf(model.finger(f).view())),
                    mesh.getPoints().toArray(null)), "finger " + f + " did not move");
        }
    }

    private static double[] centre(RingMesh mesh, int r) {
        double[] c = new double[3];
        for (int m = 0; m < mesh.around(); m++) {
            for (int d = 0; d < 3; d++) {
                c[d] += mesh.get(mesh.point(r, m), d) / mesh.around();
            }
        }
        return c;
    }

    /** The volume enclosed, positive when every face is wound outward (right-handed: x right, y down, z away). */
    private static double signedVolume(TriangleMesh mesh) {
        ObservableFloatArray p = mesh.getPoints();
        int[] f = mesh.getFaces().toArray(null);
        int stride = mesh.getFaceElementSize();
        double volume = 0;
        for (int i = 0; i < f.length; i += stride) {
            int a = 3 * f[i];
            int b = 3 * f[i + stride / 3];
            int c = 3 * f[i + 2 * stride / 3];
            volume += p.get(a) * (p.get(b + 1) * p.get(c + 2) - p.get(b + 2) * p.get(c + 1))
                    - p.get(a + 1) * (p.get(b) * p.get(c + 2) - p.get(b + 2) * p.get(c))
                    + p.get(a + 2) * (p.get(b) * p.get(c + 1) - p.get(b + 1) * p.get(c));
        }
        return volume / 6;
    }

    /** Edges used by only one face (or twice the same way): none on a closed, consistently wound surface. */
    private static int openEdges(TriangleMesh mesh) {
        int[] f = mesh.getFaces().toArray(null);
        int stride = mesh.getFaceElementSize();
        Map<Long, Integer> directed = new HashMap<>();
        for (int i = 0; i < f.length; i += stride) {
            for (int e = 0; e < 3; e++) {
                long from = f[i + e * stride / 3];
                long to = f[i + (e + 1) % 3 * stride / 3];
                directed.merge(from << 32 | to, 1, Integer::sum);
            }
        }
        int open = 0;
        for (var edge : directed.entrySet()) {
            long reverse = (edge.getKey() & 0xFFFFFFFFL) << 32 | edge.getKey() >>> 32;
            open += edge.getValue() != 1 || !directed.containsKey(reverse) ? 1 : 0;
        }
        return open;
    }
}
