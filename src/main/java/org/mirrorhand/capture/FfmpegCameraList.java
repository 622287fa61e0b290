package org.mirrorhand.capture;

import static org.bytedeco.ffmpeg.global.avdevice.avdevice_free_list_devices;
import static org.bytedeco.ffmpeg.global.avdevice.avdevice_list_input_sources;
import static org.bytedeco.ffmpeg.global.avdevice.avdevice_register_all;
import static org.bytedeco.ffmpeg.global.avformat.av_find_input_format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.avdevice.AVDeviceInfo;
import org.bytedeco.ffmpeg.avdevice.AVDeviceInfoList;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * The video input devices an FFmpeg capture device (dshow, video4linux2) lists, by name, without opening any of
 * them. Empty when the device cannot list (FFmpeg's avfoundation), or lists nothing. Any thread.
 */
final class FfmpegCameraList {

    private FfmpegCameraList() {
    }

    /** The cameras' names in the device's order, or empty when this device cannot list its cameras. */
    static Optional<List<String>> names(String ffmpegDevice) {
        avdevice_register_all();
        AVInputFormat format = av_find_input_format(ffmpegDevice);
        if (format == null) {
            return Optional.empty();
        }
        try (PointerPointer<AVDeviceInfoList> out = new PointerPointer<>(1)) {
            int result = avdevice_list_input_sources(format, (BytePointer) null, null, out);
            if (result < 0 || out.get(0) == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(videoNames(new AVDeviceInfoList(out.get(0))));
            } finally {
                avdevice_free_list_devices(out);
            }
        }
    }

    private static List<String> videoNames(AVDeviceInfoList list) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.nb_devices(); i++) {
            AVDeviceInfo device = list.devices(i);
            if (isVideo(device)) {
                BytePointer description = device.device_description();
                BytePointer name = description != null ? description : device.device_name();
                names.add(name == null ? "" : name.getString(java.nio.charset.StandardCharsets.UTF_8).trim());
            }
        }
        return names;
    }

    /** dshow lists microphones too; a device that gives no media types (older FFmpeg) counts as video. */
    private static boolean isVideo(AVDeviceInfo device) {
        int n = device.nb_media_types();
        if (n == 0 || device.media_types() == null) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (device.media_types().get(i) == avutil.AVMEDIA_TYPE_VIDEO) {
                return true;
            }
        }
        return false;
    }
}
