package org.mirrorhand.ui;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.mirrorhand.capture.CameraInfo;
import org.mirrorhand.capture.Cameras;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.JavaCvCamera;
import org.mirrorhand.capture.PacedSource;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.history.Side;
import org.mirrorhand.live.EstimatorFactory;
import org.mirrorhand.live.RecordingFactory;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.session.SessionRecorder;
import org.mirrorhand.session.SessionRecording;
import org.mirrorhand.settings.AppSettings;
import org.mirrorhand.settings.SettingsStore;

/**
 * What the screens share: settings, the frame source (camera or --source video), the pose engine, the people, and the
 * screens other features provide (guided imagery, progress). Built by the launcher before JavaFX starts; used on the
 * JavaFX thread.
 */
public final class AppContext {

    private final SettingsStore settingsStore;
    private final Path sourceFile;
    private final EstimatorFactory estimators;
    private final People people;
    private final Map<ScreenId, BiFunction<AppContext, Runnable, Screen>> extraScreens = new EnumMap<>(ScreenId.class);
    private AppSettings settings;
    private String currentPerson = "";
    /** Without a history, sessions are counted by the same rule (the working hand) but not saved. */
    private static final RecordingFactory COUNT_ONLY = (person, mode, affected, source) -> SessionRecording.countOnly(
            affected == AffectedSide.LEFT ? Side.RIGHT : Side.LEFT, SessionRecorder.View.CAMERA);
    private RecordingFactory recorders = COUNT_ONLY;
    private java.util.function.Supplier<FrameSource> sourceOpener;
    private Path mediaFolder;
    private boolean demoRunning;
    private org.mirrorhand.ui.measure.MeasurementStore measurements = org.mirrorhand.ui.measure.MeasurementStore.NOWHERE;

    public AppContext(SettingsStore settingsStore, Path sourceFile, EstimatorFactory estimators, People people) {
        this.settingsStore = settingsStore;
        this.sourceFile = sourceFile;
        this.estimators = estimators;
        this.people = people;
        this.settings = settingsStore.load();
    }

    /** Mounts a screen another feature provides (guided imagery, my progress). */
    public AppContext withScreen(ScreenId id, Function<AppContext, Screen> factory) {
        extraScreens.put(id, (c, back) -> factory.apply(c));
        return this;
    }

    /** Mounts a screen that leads back to Start itself (a Back button, Esc where its controls keep the key). */
    public AppContext withScreen(ScreenId id, BiFunction<AppContext, Runnable, Screen> factory) {
        extraScreens.put(id, factory);
        return this;
    }

    /** Replaces the camera or video with another source of frames (tests; other capture devices). */
    public AppContext withSourceOpener(java.util.function.Supplier<FrameSource> opener) {
        sourceOpener = opener;
        return this;
    }

    /** The shipped media folder (imagery scripts, spoken prompts, their audio), when the launcher found one. */
    public AppContext withMediaFolder(Path folder) {
        mediaFolder = folder;
        return this;
    }

    public Optional<Path> mediaFolder() {
        return Optional.ofNullable(mediaFolder);
    }

    /** The bundled sample clip for "Try it with a sample video", when the media folder has it. */
    public Optional<Path> demoClip() {
        return mediaFolder().map(m -> m.resolve(DEMO_CLIP)).filter(java.nio.file.Files::isRegularFile);
    }

    /** Where the sample clip ships, inside the media folder. */
    public static final String DEMO_CLIP = "demo/two_hands_open_close_5fps.mp4";

    /**
     * Until {@link #endDemo()}, the live screens play the sample clip in place of the camera and store nothing: a try,
     * not a session of anyone's.
     */
    public void startDemo() {
        demoRunning = demoClip().isPresent();
    }

    public void endDemo() {
        demoRunning = false;
    }

    public boolean demoRunning() {
        return demoRunning;
    }

    /** Where finished "Measure my hand" results are kept (the history); without it they are shown but not saved. */
    public AppContext withMeasurements(org.mirrorhand.ui.measure.MeasurementStore m) {
        measurements = m;
        return this;
    }

    public org.mirrorhand.ui.measure.MeasurementStore measurements() {
        return measurements;
    }

    public AppContext withRecorders(RecordingFactory r) {
        recorders = r;
        return this;
    }

    Optional<BiFunction<AppContext, Runnable, Screen>> extraScreen(ScreenId id) {
        return Optional.ofNullable(extraScreens.get(id));
    }

    public AppSettings settings() {
        return settings;
    }

    /** Keeps and saves new settings; throws SettingsException with a plain message when saving fails. */
    public void updateSettings(AppSettings s) {
        settings = s;
        settingsStore.save(s);
    }

    public String settingsLoadMessage() {
        return settingsStore.loadMessage();
    }

    /** The video played in place of the camera: the sample clip during a try, else the --source video, if any. */
    public Optional<Path> sourceFile() {
        return demoRunning ? demoClip() : Optional.ofNullable(sourceFile);
    }

    public EstimatorFactory estimators() {
        return estimators;
    }

    public People people() {
        return people;
    }

    public RecordingFactory recorders() {
        return demoRunning ? COUNT_ONLY : recorders;
    }

    /** The recordings that store, even during a try of the sample video: for a sample run the person chose to save. */
    public RecordingFactory savingRecorders() {
        return recorders;
    }

    public String currentPerson() {
        return currentPerson;
    }

    public void setCurrentPerson(String name) {
        currentPerson = name == null ? "" : name;
    }

    /** True when there is something to mirror: a video given with --source, or at least one camera. */
    public boolean liveAvailable() {
        return sourceOpener != null || sourceFile != null || !Cameras.list().isEmpty();
    }

    /** One plain sentence about where pictures come from. */
    public String sourceStatus() {
        if (sourceOpener != null) {
            return "Pictures come from a test source.";
        }
        if (sourceFile != null) {
            return "Playing the video " + sourceFile.getFileName() + " in place of the camera.";
        }
        var cameras = Cameras.list();
        if (cameras.isEmpty()) {
            // One line at 1600 wide: the start screen has no height to spare.
            return demoClip().isPresent() ? "No camera found. Plug one in and choose it in Settings, or try the sample video."
                    : "No camera found. Plug one in, then choose it in Settings. Guided imagery and My progress work without one.";
        }
        return "Camera: " + chosenCamera().name();
    }

    /**
     * Opens the frame source: the --source video at its own speed, or the chosen camera.
     *
     * @throws org.mirrorhand.capture.MediaException with a plain message when it cannot be opened
     */
    public FrameSource openSource() {
        if (demoRunning) {
            return new PacedSource(VideoFile.openForScreen(demoClip().orElseThrow()));
        }
        if (sourceOpener != null) {
            return sourceOpener.get();
        }
        if (sourceFile != null) {
            return new PacedSource(VideoFile.openForScreen(sourceFile));
        }
        return JavaCvCamera.open(chosenCamera(), settings.resolution());
    }

    /** True when the chosen camera is listed again (after it was unplugged). */
    public boolean cameraListed() {
        return demoRunning || sourceOpener != null || sourceFile != null
                || Cameras.list().stream().anyMatch(c -> c.index() == chosenCamera().index());
    }

    private CameraInfo chosenCamera() {
        var cameras = Cameras.list();
        for (CameraInfo c : cameras) {
            if (c.index() == settings.cameraIndex()) {
                return c;
            }
        }
        return cameras.isEmpty() ? new CameraInfo(Math.max(0, settings.cameraIndex()), "Camera 1") : cameras.get(0);
    }
}
