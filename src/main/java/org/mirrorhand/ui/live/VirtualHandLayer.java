package org.mirrorhand.ui.live;

import java.util.List;
import java.util.Optional;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.mirrorhand.live.PoseResult;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.virtualhand.Follower;
import org.mirrorhand.virtualhand.MovementPlayback;
import org.mirrorhand.virtualhand.Placement;
import org.mirrorhand.virtualhand.SkinSample;
import org.mirrorhand.virtualhand.SkinTone;
import org.mirrorhand.virtualhand.scene.HandModel;

/**
 * The virtual hand over the mirrored picture: a 3D sub-scene the size of the shown picture, lit softly from the upper
 * left, holding the {@link HandModel}. Each pulse it follows the newest pose (never waiting for one) and moves the
 * model; the scene graph is built once. JavaFX thread.
 */
final class VirtualHandLayer {

    private Follower follower = new Follower();
    private int gradePercent = 100;
    private int amplification = 1;
    private final HandModel model = new HandModel();
    private final Scale toView = new Scale(1, 1, 1);
    private final PointLight key = new PointLight(Color.gray(0.75));
    /** A weak, slightly cool light from the lower right, so the shadow side still has shape. */
    private final PointLight fill = new PointLight(Color.color(0.21, 0.22, 0.25));
    private final SubScene scene;
    private final boolean available = Platform.isSupported(ConditionalFeature.SCENE3D);
    private SkinSample skinSample = new SkinSample();
    private SkinTone tone = SkinTone.LIKE_OTHER_HAND;
    private double pictureWidth;
    private MovementPlayback playback;
    private List<double[]> ownMovement;
    private final Placement playbackPlace = new Placement();
    private long playbackStartNanos;

    VirtualHandLayer() {
        Group picture = new Group(model, key, fill);
        picture.getTransforms().add(toView);
        AmbientLight ambient = new AmbientLight(Color.gray(0.36));
        Group root = new Group(picture, ambient);
        scene = new SubScene(root, 1, 1, true, SceneAntialiasing.BALANCED);
        scene.setFill(Color.TRANSPARENT);
        scene.setCamera(new PerspectiveCamera());
        scene.setMouseTransparent(true);
        scene.setVisible(false);
    }

    SubScene node() {
        return scene;
    }

    /** False where the graphics cannot draw 3D (no GPU pipeline): the mode then says so instead of showing nothing. */
    boolean available() {
        return available;
    }

    void setGrade(int percent) {
        gradePercent = percent;
        follower.hand().grading().setGrade(percent / 100.0);
    }

    /** Amplified feedback: 1 (off) to 4, the affected hand's own opening made that much bigger. */
    void setAmplification(int factor) {
        amplification = factor;
        follower.setAmplification(factor);
    }

    /** True while amplified feedback is on but the affected hand is not in view, so the working hand is mirrored. */
    boolean fellBack() {
        return follower.fellBack();
    }

    /**
     * "Show the movement": plays the person's own recorded open–close cycle (else the built-in one) at this pace instead
     * of following a hand; null stops.
     */
    void setPlayback(MovementPlayback.Pace pace) {
        if (pace == null) {
            playback = null;
            return;
        }
        playback = ownMovement == null ? MovementPlayback.builtIn() : MovementPlayback.of(ownMovement);
        playback.setPace(pace);
        playbackStartNanos = System.nanoTime();
    }

    /** The person's own recorded cycle (packed world landmarks of the working hand), or null for the built-in one. */
    void setOwnMovement(List<double[]> frames) {
        ownMovement = frames;
        if (playback != null) {
            setPlayback(playback.pace());
        }
    }

    /** A new session (perhaps another person): bone lengths, fist and smoothing are learned again. */
    void startAfresh() {
        follower = new Follower();
        follower.hand().grading().setGrade(gradePercent / 100.0);
        follower.setAmplification(amplification);
        skinSample = new SkinSample();
        scene.setVisible(false);
    }

    void setSkinTone(SkinTone tone) {
        this.tone = tone;
        model.setSkinTone(tone);
    }

    /** Follows the newest pose and places the hand over the picture shown in {@code view}. */
    void show(MirrorSettings s, Optional<PoseResult> pose, int[] argb, int width, int height, Bounds view) {
        if (!s.mode().virtualHand() || !available || width == 0) {
            scene.setVisible(false);
            return;
        }
        fit(width, height, view);
        if (playback != null) {
            drawPlayback((System.nanoTime() - playbackStartNanos) / 1e6, s, width, height);
            return;
        }
        Follower.State state = pose.isEmpty() ? follower.follow(List.of(), Double.NaN, s, width, height)
                : follower.follow(pose.get().hands(), pose.get().timestampMs(), s, width, height);
        if (state == Follower.State.MOVED) {
            model.update(follower.drawn().skeleton(), follower.placement());
            if (tone == SkinTone.LIKE_OTHER_HAND) {
                follower.workingHand().ifPresent(h -> skinSample.sample(h.landmarks(), argb, width, height, s));
                if (skinSample.known()) {
                    model.setSkinColour(skinSample.rgb());
                }
            }
        }
        scene.setVisible(state != Follower.State.HIDDEN);
    }

    /** The played movement {@code elapsedMs} into playback, on the affected side (screenshots call it directly). */
    void drawPlayback(double elapsedMs, MirrorSettings s, int width, int height) {
        playbackPlace.placeOnAffectedSide(s, width, height);
        model.update(playback.skeletonAt(elapsedMs), playbackPlace);
        scene.setVisible(true);
    }

    /** Sizes the sub-scene to the shown picture and places the light, when the picture's size changed. */
    void fit(int width, int height, Bounds view) {
        if (scene.getWidth() != view.getWidth() || scene.getHeight() != view.getHeight() || pictureWidth != width) {
            scene.setWidth(Math.max(1, view.getWidth()));
            scene.setHeight(Math.max(1, view.getHeight()));
            double k = view.getWidth() / width;
            toView.setX(k);
            toView.setY(k);
            toView.setZ(k);
            // A soft key light above, left of and in front of the picture, like a window's light: from the side
            // enough that the fingers and the palm's cushion are shaded round.
            key.setTranslateX(-width * 0.2);
            key.setTranslateY(-height * 0.8);
            key.setTranslateZ(-width * 1.0);
            fill.setTranslateX(width * 1.4);
            fill.setTranslateY(height * 0.8);
            fill.setTranslateZ(-width * 0.6);
            pictureWidth = width;
        }
    }
}
