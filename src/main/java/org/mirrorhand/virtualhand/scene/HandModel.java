package org.mirrorhand.virtualhand.scene;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Shape3D;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Affine;
import org.mirrorhand.virtualhand.HandBones;
import org.mirrorhand.virtualhand.Placement;
import org.mirrorhand.virtualhand.SkinTone;

/**
 * The drawn hand: finger segments as capsules (cylinders closed by spheres at the joints, so every joint is rounded),
 * a palm of some thickness with rounded edges, and the start of the forearm, all in one skin material. Built once; each
 * frame only moves the shapes' transforms and the palm's mesh points (no allocation per frame). Coordinates are pixels
 * of the mirrored picture, z away from the viewer. JavaFX thread.
 */
public final class HandModel extends Group {

    /** Finger radii in metres, thumb first: an adult's finger is about 16–21 mm across. */
    private static final double[] RADIUS = {0.0100, 0.0089, 0.0091, 0.0086, 0.0076};
    /** Each segment's radius against the finger's, from the knuckle out. */
    private static final double[] TAPER = {1.0, 1.0, 0.93, 0.86};
    /** Half the palm's thickness. */
    private static final double PALM_HALF = 0.0115;
    private static final double FOREARM_LENGTH = 0.11;
    /** The palm's outline edges, rounded by capsules; -1 and -2 are the wrist's two sides. */
    private static final int[][] PALM_EDGES = {{-2, 1}, {1, 5}, {5, 9}, {9, 13}, {13, 17}, {17, -1}, {-1, -2}};

    private final PhongMaterial skin = new PhongMaterial();
    private final Affine[] bones = new Affine[HandBones.LANDMARKS];
    private final Affine[] joints = new Affine[HandBones.LANDMARKS];
    private final Affine[] palmEdges = new Affine[PALM_EDGES.length];
    private final Affine[] palmCorners = new Affine[2];
    private final Affine forearm = new Affine();
    private final PalmMesh palm = new PalmMesh();
    private final double[] px = new double[3 * HandBones.LANDMARKS];
    /** Scratch points: the wrist's two sides, then working vectors. */
    private final double[] v = new double[3 * 12];
    private int skinRgb = -1;

    public HandModel() {
        // Skin is matte: a faint, broad highlight, not plastic's sharp one.
        skin.setSpecularColor(Color.rgb(38, 32, 30));
        skin.setSpecularPower(8);
        setSkinTone(SkinTone.MEDIUM_LIGHT);
        for (int i = 1; i < HandBones.LANDMARKS; i++) {
            if (HandBones.parent(i) != 0 || i == 1) {
                bones[i] = add(new Cylinder(1, 1, 20));
            }
            if (i != 1 && i % 4 != 1) {
                joints[i] = add(new Sphere(1, 24));
            }
        }
        for (int e = 0; e < PALM_EDGES.length; e++) {
            palmEdges[e] = add(new Cylinder(1, 1, 20));
        }
        for (int c = 0; c < palmCorners.length; c++) {
            palmCorners[c] = add(new Sphere(1, 24));
        }
        MeshView palmView = palm.view();
        palmView.setMaterial(skin);
        getChildren().add(palmView);
        Cylinder arm = new Cylinder(1, 1, 24);
        arm.setMaterial(skin);
        arm.getTransforms().add(forearm);
        getChildren().add(arm);
        for (int i : new int[] {5, 9, 13, 17}) {
            joints[i] = add(new Sphere(1, 24));
        }
    }

    private Affine add(Shape3D shape) {
        Affine a = new Affine();
        shape.setMaterial(skin);
        shape.getTransforms().add(a);
        getChildren().add(shape);
        return a;
    }

    public void setSkinTone(SkinTone tone) {
        setSkinColour(tone.rgb());
    }

    /** @param rgb 0xRRGGBB */
    public void setSkinColour(int rgb) {
        // The sampled colour settles slowly: a new Color (and material update) only when it really changes.
        if (rgb != skinRgb) {
            skinRgb = rgb;
            skin.setDiffuseColor(Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF));
        }
    }

    /** Moves the hand to a skeleton (metres from the wrist) placed on the picture. */
    public void update(double[] skeleton, Placement place) {
        double k = place.pixelsPerMetre();
        for (int i = 0; i < HandBones.LANDMARKS; i++) {
            px[3 * i] = place.wristX() + place.xSign() * k * skeleton[3 * i];
            px[3 * i + 1] = place.wristY() + k * skeleton[3 * i + 1];
            px[3 * i + 2] = k * skeleton[3 * i + 2];
        }
        PalmFrame.of(px, v);
        for (int i = 1; i < HandBones.LANDMARKS; i++) {
            int finger = (i - 1) / 4;
            // Fingers taper toward the tip; each joint's ball is a little wider than the segments it joins, so the
            // cylinders' flat ends never show and the knuckles read as knuckles.
            double r = k * RADIUS[finger] * TAPER[(i - 1) % 4];
            if (bones[i] != null) {
                double rb = i == 1 || i == 2 ? k * PALM_HALF : r;
                Capsules.segment(bones[i], px, 3 * HandBones.parent(i), px, 3 * i, rb, rb, v);
            }
            if (joints[i] != null) {
                double rj = i % 4 == 1 ? k * PALM_HALF : i == 2 ? k * PALM_HALF : HandBones.isTip(i) ? r
                        : 1.05 * r;
                Capsules.ball(joints[i], px, 3 * i, rj);
            }
        }
        // The wrist's two sides: a wrist is about 55 mm wide, not a point.
        for (int c = 0; c < 2; c++) {
            double side = (c == 0 ? -0.024 : 0.021) * k;
            for (int d = 0; d < 3; d++) {
                v[3 * c + d] = px[d] + side * v[PalmFrame.X + d];
            }
            Capsules.ball(palmCorners[c], v, 3 * c, k * PALM_HALF);
        }
        for (int e = 0; e < PALM_EDGES.length; e++) {
            int a = PALM_EDGES[e][0];
            int b = PALM_EDGES[e][1];
            Capsules.segment(palmEdges[e], a < 0 ? v : px, a < 0 ? 3 * (-a - 1) : 3 * a,
                    b < 0 ? v : px, b < 0 ? 3 * (-b - 1) : 3 * b, k * PALM_HALF, k * PALM_HALF, v);
        }
        palm.update(px, v, k * PALM_HALF * 0.98);
        Capsules.forearm(forearm, px, v, k * FOREARM_LENGTH, k * 0.027, k * 0.019);
    }
}
