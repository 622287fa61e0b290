package org.mirrorhand.ui.settings;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.mirrorhand.capture.CameraInfo;
import org.mirrorhand.capture.Cameras;
import org.mirrorhand.capture.Resolution;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.settings.AppSettings;
import org.mirrorhand.settings.SettingsException;
import org.mirrorhand.ui.AppContext;

/** The Settings screen's state: camera, size, how the camera looks, mirror, sound. JavaFX thread. */
final class SettingsViewModel {

    private final AppContext context;
    private final ReadOnlyListWrapper<CameraInfo> cameras = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<CameraInfo> camera = new SimpleObjectProperty<>();
    private final ObjectProperty<Resolution> resolution = new SimpleObjectProperty<>();
    private final BooleanProperty cameraFacesUser = new SimpleBooleanProperty();
    private final ObjectProperty<AffectedSide> affectedSide = new SimpleObjectProperty<>();
    private final ObjectProperty<MirrorMode> mode = new SimpleObjectProperty<>();
    private final BooleanProperty sound = new SimpleBooleanProperty();
    private final BooleanProperty fullScreen = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper cameraStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cameraPrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sideLabel = new ReadOnlyStringWrapper("Affected hand");

    SettingsViewModel(AppContext context) {
        this.context = context;
        reload();
    }

    /** Reads the saved settings and looks for cameras again. */
    void reload() {
        AppSettings s = context.settings();
        List<CameraInfo> found = Cameras.list();
        cameras.setAll(found);
        camera.set(found.stream().filter(c -> c.index() == s.cameraIndex()).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0)));
        String video = context.sourceFile().map(f -> f.getFileName().toString()).orElse(null);
        cameraPrompt.set(video != null ? "Video: " + video : "No camera found");
        cameraStatus.set(video != null ? "In use now: the video " + video + ", in place of a camera."
                : found.isEmpty() ? "No camera found. Plug one in and press Look for cameras."
                : found.size() == 1 ? "One camera found." : found.size() + " cameras found.");
        resolution.set(s.resolution());
        cameraFacesUser.set(s.cameraFacesUser());
        affectedSide.set(context.people().affectedSide(context.currentPerson()).orElse(null));
        sideLabel.set(context.currentPerson().isEmpty() ? "Affected hand (choose a person on the start screen first)"
                : "Affected hand (" + context.currentPerson() + "'s profile)");
        mode.set(s.mirrorMode());
        sound.set(s.sound());
        fullScreen.set(s.fullScreen());
        message.set("");
    }

    /** Saves the settings, and the affected hand into the person's profile (the only place it is kept). */
    void save() {
        AppSettings s = context.settings()
                .withCamera(camera.get(), resolution.get())
                .withMirror(context.settings().mirror(AffectedSide.LEFT).withMode(mode.get())
                        .withCameraFacesUser(cameraFacesUser.get()))
                .withSound(sound.get())
                .withFullScreen(fullScreen.get());
        try {
            context.updateSettings(s);
        } catch (SettingsException e) {
            message.set(e.getMessage());
            return;
        }
        String person = context.currentPerson();
        if (affectedSide.get() != null && !person.isEmpty()
                && !context.people().affectedSide(person).equals(java.util.Optional.of(affectedSide.get()))) {
            var problem = context.people().setAffectedSide(person, affectedSide.get());
            if (problem.isPresent()) {
                message.set(problem.get());
                return;
            }
        }
        message.set("Saved.");
    }

    /** The affected hand's row names whose profile it changes. */
    ReadOnlyStringProperty sideLabelProperty() {
        return sideLabel.getReadOnlyProperty();
    }

    /** False when nobody is chosen: there is no profile to change. */
    boolean sideEditable() {
        return !context.currentPerson().isEmpty();
    }

    List<Resolution> resolutions() {
        return Resolution.COMMON;
    }

    ReadOnlyListProperty<CameraInfo> camerasProperty() {
        return cameras.getReadOnlyProperty();
    }

    ObjectProperty<CameraInfo> cameraProperty() {
        return camera;
    }

    ObjectProperty<Resolution> resolutionProperty() {
        return resolution;
    }

    BooleanProperty cameraFacesUserProperty() {
        return cameraFacesUser;
    }

    ObjectProperty<AffectedSide> affectedSideProperty() {
        return affectedSide;
    }

    ObjectProperty<MirrorMode> modeProperty() {
        return mode;
    }

    BooleanProperty soundProperty() {
        return sound;
    }

    BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    /** What the camera box says when no camera is chosen: the video in use, or that there is none. */
    ReadOnlyStringProperty cameraPromptProperty() {
        return cameraPrompt.getReadOnlyProperty();
    }

    ReadOnlyStringProperty cameraStatusProperty() {
        return cameraStatus.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
