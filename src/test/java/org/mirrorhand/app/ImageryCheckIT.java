package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app's {@code imagery-check} run as a child process, so each run can have its own sound setup through
 * ALSA_CONFIG_PATH: the null device (plays, silently), and a device that does not exist (like a PC without speakers).
 */
class ImageryCheckIT {
    @TempDir
    Path dir;

    private static final Path NULL_ALSA = Path.of("src/test/resources/alsa/asound-null.conf").toAbsolutePath();

    record Run(int exit, String out, String err) {
    }

    private Run run(Path alsaConfig, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", "target/mirrorhand.jar", "imagery-check"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("ALSA_CONFIG_PATH", alsaConfig.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "imagery-check finished");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theShippedScriptsCheckOutAndPlayThroughTheNullSoundDevice() throws Exception {
        Run run = run(NULL_ALSA, "--media", "media", "--sound");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals(5, run.out().lines().filter(l -> l.startsWith("ok: ") && l.contains(".json")).count(), run.out());
        assertTrue(run.out().contains("ok: sound output plays chime.mp3"), run.out());
    }

    @Test
    void withoutASoundDeviceItSaysSoInOneLineAndFails() throws Exception {
        Path noCard = Files.writeString(dir.resolve("asound-no-card.conf"), "pcm.!default { type hw card 29 }\n");
        Run run = run(noCard, "--media", "media", "--sound");
        assertEquals(1, run.exit(), run.out() + run.err());
        String line = run.err().lines().filter(l -> l.startsWith("problem: no sound")).findFirst().orElse(run.err());
        assertTrue(line.contains("no working sound output") && line.contains("speakers or headphones"), line);
        assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void aBrokenOwnScriptIsNamedWithItsSegmentAndTheOthersStillCheckOut() throws Exception {
        Path own = Files.createDirectories(dir.resolve("own/scripts"));
        Files.writeString(own.resolve("mine.json"), """
                {"id": "mine", "title": "Mine", "description": "", "language": "en-US", "totalDurationSeconds": 60,
                 "segments": [{"id": "02-imagine", "text": "Open.", "audio": "mine/02.wav",
                               "silenceAfterSeconds": 3}]}""");
        Run run = run(NULL_ALSA, "--media", "media", "--own", dir.resolve("own").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("problem: Script mine.json, segment '02-imagine': audio file mine/02.wav is "
                + "missing"), run.err());
        assertEquals(5, run.out().lines().filter(l -> l.startsWith("ok: ")).count(), run.out());
    }
}
