package org.mirrorhand.virtualhand.scene;

import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import org.mirrorhand.virtualhand.HandBones;
import org.mirrorhand.virtualhand.Placement;
import org.mirrorhand.virtualhand.SkinTone;

/**
 * The drawn hand: each finger one smooth tube swept along its joints (tapering to a rounded tip, its corners rounded
 * where it bends), the thumb's tube starting deep in the palm so its base swells out of the palm's side, a cushioned
 * palm, and a short wrist, all in one matte skin material. Built once; each frame only rewrites the meshes' points (no
 * new nodes, no allocation). Coordinates are pixels of the mirrored picture, z away from the viewer. JavaFX thread.
 */
public final class HandModel extends Group {

    /** Finger radii in metres, thumb first: an adult's finger is about 16–21 mm across. */
    private static final double[] RADIUS = {0.0110, 0.0100, 0.0102, 0.0096, 0.0086};
    /** The radius at each joint of a finger's chain against the finger's, from inside the palm to the tip. */
    private static final double[][] TAPER = {{0.8, 1.15, 1.0, 0.9, 0.82}, {1.0, 1.02, 0.92, 0.84, 0.78}};
    /** Fingers are a little flatter than wide. */
    private static final double FLAT = 0.92;
    /** How far the thumb's tube reaches back into the palm past its base joint, against its first bone's length. */
    private static final double THENAR = 0.6;
    /** Half the palm's thickness at its rim. */
    private static final double PALM_HALF = 0.012;
    /** The wrist's chain along the arm (metres from the wrist landmark toward the fingers) and its radii. */
    private static final double[] WRIST_AT = {0.008, -0.02, -0.05};
    private static final double[] WRIST_ACROSS = {0.026, 0.0245, 0.0235};
    private static final double[] WRIST_DEEP = {0.0115, 0.013, 0.0135};
    /** Where along the wrist (0 its start in the palm, 1 its end) it begins to fade. */
    private static final double FADE_FROM = 0.15;
    private static final int AROUND = 20;
    private static final int JOINTS = 5;

    private final PhongMaterial skin = new PhongMaterial();
    /** The wrist's skin, fading out along the arm so the hand does not end in a cut. */
    private final PhongMaterial forearm = new PhongMaterial();
    private final Tube[] fingers = new Tube[5];
    private final Tube wrist = new Tube(ChainPath.stations(WRIST_AT.length), 2 * AROUND);
    private final PalmMesh palm = new PalmMesh();
    private final double[] px = new double[3 * HandBones.LANDMARKS];
    /** Scratch: the wrist's two sides, the palm's middle, then the palm frame at {@link PalmFrame}. */
    private final double[] v = new double[3 * 9];
    private final double[] chain = new double[3 * JOINTS];
    private final double[] across = new double[JOINTS];
    private final double[] deep = new double[JOINTS];
    private final double[] path = new double[5 * JOINTS];
    private int skinRgb = -1;

    public HandModel() {
        // Skin is matte: a faint, broad highlight, not plastic's sharp one.
        skin.setSpecularColor(Color.rgb(30, 26, 24));
        skin.setSpecularPower(6);
        // No highlight on the wrist: a highlight does not fade with the skin and would float where the arm has gone.
        forearm.setSpecularColor(Color.BLACK);
        forearm.setDiffuseMap(fade());
        setSkinTone(SkinTone.MEDIUM_LIGHT);
        // The wrist first: a fading surface shows what was drawn before it, and nothing is behind it.
        add(wrist.mesh().view());
        wrist.mesh().view().setMaterial(forearm);
        add(palm.view());
        for (int f = 0; f < fingers.length; f++) {
            fingers[f] = new Tube(ChainPath.stations(JOINTS), AROUND);
            add(fingers[f].mesh().view());
        }
    }

    private void add(MeshView view) {
        view.setMaterial(skin);
        getChildren().add(view);
    }

    /** Finger f's surface (0 the thumb), for tests. */
    RingMesh finger(int f) {
        return fingers[f].mesh();
    }

    public void setSkinTone(SkinTone tone) {
        setSkinColour(tone.rgb());
    }

    /** @param rgb 0xRRGGBB */
    public void setSkinColour(int rgb) {
        // The sampled colour settles slowly: a new Color (and material update) only when it really changes.
        if (rgb != skinRgb) {
            skinRgb = rgb;
            Color colour = Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
            skin.setDiffuseColor(colour);
            forearm.setDiffuseColor(colour);
        }
    }

    /**
     * The thumb's tube starts inside the palm, on the line of its first bone carried on back past its base joint and
     * sunk into the palm's mid-plane, and its base joint is drawn half-way to that plane: so its fleshy base (the
     * thenar) swells out of the palm's side instead of lying on the palm as a separate finger.
     */
    private void thumbBase() {
        // The palm's middle, in the scratch after the wrist's sides.
        int mid = 6;
        for (int d = 0; d < 3; d++) {
            v[mid + d] = (px[d] + px[15 + d] + px[27 + d] + px[39 + d] + px[51 + d]) / 5;
        }
        for (int d = 0; d < 3; d++) {
            chain[d] = chain[3 + d] - THENAR * (px[6 + d] - chain[3 + d]);
        }
        for (int j = 0; j < 2; j++) {
            double off = 0;
            for (int d = 0; d < 3; d++) {
                off += (chain[3 * j + d] - v[mid + d]) * v[PalmFrame.Z + d];
            }
            for (int d = 0; d < 3; d++) {
                chain[3 * j + d] -= (j == 0 ? 1 : 0.5) * off * v[PalmFrame.Z + d];
            }
        }
    }

    /** White, opaque for the wrist's first half and fading smoothly to clear at the arm's end. */
    private static Image fade() {
        int rows = 64;
        WritableImage image = new WritableImage(1, rows);
        for (int y = 0; y < rows; y++) {
            double t = Math.max(0, Math.min(1, (y / (rows - 1.0) - FADE_FROM) / (1 - FADE_FROM)));
            double opacity = 1 - t * t * (3 - 2 * t);
            image.getPixelWriter().setColor(0, y, Color.gray(1, opacity));
        }
        return image;
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
        // The wrist's two sides: a wrist is about 55 mm wide, not a point.
        for (int c = 0; c < 2; c++) {
            double side = (c == 0 ? -0.024 : 0.021) * k;
            for (int d = 0; d < 3; d++) {
                v[3 * c + d] = px[d] + side * v[PalmFrame.X + d];
            }
        }
        palm.update(px, v, k * PALM_HALF);
        for (int f = 0; f < fingers.length; f++) {
            int knuckle = 4 * f + 1;
            // The tube starts inside the palm, a quarter of the way back to the wrist, and runs through the finger's
            // four joints.
            for (int d = 0; d < 3; d++) {
                chain[d] = px[3 * knuckle + d] + 0.25 * (px[d] - px[3 * knuckle + d]);
            }
            System.arraycopy(px, 3 * knuckle, chain, 3, 12);
            if (f == 0) {
                thumbBase();
            }
            double[] taper = TAPER[f == 0 ? 0 : 1];
            for (int j = 0; j < JOINTS; j++) {
                across[j] = k * RADIUS[f] * taper[j];
                deep[j] = FLAT * across[j];
            }
            ChainPath.fill(fingers[f], chain, across, deep, JOINTS, path);
            fingers[f].sweep(v, PalmFrame.X, PalmFrame.Z);
        }
        for (int j = 0; j < WRIST_AT.length; j++) {
            for (int d = 0; d < 3; d++) {
                chain[3 * j + d] = px[d] + k * (WRIST_AT[j] * v[PalmFrame.Y + d] - 0.0015 * v[PalmFrame.X + d]);
            }
            across[j] = k * WRIST_ACROSS[j];
            deep[j] = k * WRIST_DEEP[j];
        }
        ChainPath.fill(wrist, chain, across, deep, WRIST_AT.length, path);
        wrist.sweep(v, PalmFrame.X, PalmFrame.Z);
    }
}
