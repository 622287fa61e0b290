package org.mirrorhand.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.mirrorhand.capture.CameraInfo;
import org.mirrorhand.capture.Resolution;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;

/**
 * The choices the app remembers between runs (settings.json in the data folder). The affected hand is not one of them:
 * it belongs to the person's profile. Files from older versions also held the affected hand and the mirror's seam; both
 * are ignored when read (the seam now starts afresh each session) and left out when written.
 *
 * @param cameraIndex     the chosen camera's number, or -1 for "the first one found"
 * @param cameraName      its name when chosen, to notice when a different camera now has that number
 * @param width           capture width asked of the camera
 * @param height          capture height asked of the camera
 * @param mirrorMode      how to mirror
 * @param cameraFacesUser true for a webcam looking at the user, false for a camera looking down at the desk
 * @param sound           a soft sound for each rep, and the therapy prompts spoken
 * @param fullScreen      start the app full screen
 * @param lastProfile     who used it last, offered first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(int cameraIndex, String cameraName, int width, int height, MirrorMode mirrorMode,
                          boolean cameraFacesUser, boolean sound, boolean fullScreen, String lastProfile) {

    public static final AppSettings DEFAULTS = new AppSettings(-1, "", Resolution.DEFAULT.width(),
            Resolution.DEFAULT.height(), MirrorMode.MIRROR_BOX, true, true, true, "");

    public AppSettings {
        mirrorMode = mirrorMode == null ? MirrorMode.MIRROR_BOX : mirrorMode;
        cameraName = cameraName == null ? "" : cameraName;
        lastProfile = lastProfile == null ? "" : lastProfile;
        if (width <= 0 || height <= 0) {
            width = Resolution.DEFAULT.width();
            height = Resolution.DEFAULT.height();
        }
    }

    public Resolution resolution() {
        return new Resolution(width, height);
    }

    /** The mirror for a session with this affected hand, its seam in the middle. */
    public MirrorSettings mirror(AffectedSide affected) {
        return new MirrorSettings(mirrorMode, affected, 0.5, cameraFacesUser);
    }

    public AppSettings withCamera(CameraInfo camera, Resolution size) {
        return new AppSettings(camera == null ? -1 : camera.index(), camera == null ? "" : camera.name(), size.width(),
                size.height(), mirrorMode, cameraFacesUser, sound, fullScreen, lastProfile);
    }

    /** Keeps the mirror's mode and where the camera looks from (not the session's affected hand or seam). */
    public AppSettings withMirror(MirrorSettings m) {
        return new AppSettings(cameraIndex, cameraName, width, height, m.mode(), m.cameraFacesUser(), sound,
                fullScreen, lastProfile);
    }

    public AppSettings withSound(boolean on) {
        return new AppSettings(cameraIndex, cameraName, width, height, mirrorMode, cameraFacesUser,
                on, fullScreen, lastProfile);
    }

    public AppSettings withFullScreen(boolean on) {
        return new AppSettings(cameraIndex, cameraName, width, height, mirrorMode, cameraFacesUser,
                sound, on, lastProfile);
    }

    public AppSettings withLastProfile(String name) {
        return new AppSettings(cameraIndex, cameraName, width, height, mirrorMode, cameraFacesUser,
                sound, fullScreen, name);
    }
}
