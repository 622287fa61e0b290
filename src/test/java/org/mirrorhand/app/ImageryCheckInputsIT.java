package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imagery-check} through the packaged program, started from another folder as a user does: it finds the media the
 * app uses, and refuses a missing own folder, an undecodable recording and an absurd silence with plain lines.
 */
class ImageryCheckInputsIT {
    private static final Path JAR = Path.of("target", "mirrorhand.jar").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> problems() {
            return err.lines().filter(l -> l.startsWith("problem: ")).toList();
        }
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), "imagery-check"));
        command.addAll(List.of(args));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("MIRRORHAND_MEDIA");
        Process process = builder.start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "imagery-check finished");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** An own script of one segment with a recording and the given silence. */
    private Path ownScript(String recording, String silenceSeconds) throws Exception {
        Path own = dir.resolve("own");
        Files.createDirectories(own.resolve("scripts"));
        Files.createDirectories(own.resolve("recordings"));
        Files.writeString(own.resolve("scripts/mine.json"), """
                {"id": "mine", "title": "Mine", "language": "en-US", "totalDurationSeconds": 60,
                 "segments": [{"id": "01", "text": "Open your hand slowly.", "audio": "%s",
                               "silenceAfterSeconds": %s}]}
                """.formatted(recording, silenceSeconds));
        return own;
    }

    @Test
    void startedFromAnotherFolderItChecksTheMediaBesideTheProgramAsTheAppDoes() throws Exception {
        Run run = run();
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("media: " + Path.of("media").toAbsolutePath()), run.out());
        assertEquals(5, run.out().lines().filter(l -> l.startsWith("ok: ") && l.contains(".json")).count(), run.out());
    }

    @Test
    void aMissingOwnFolderIsRefusedInOneLine() throws Exception {
        Run run = run("--own", dir.resolve("no-such-folder").toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(List.of("problem: the folder " + dir.resolve("no-such-folder") + " does not exist or is not a"
                + " folder; give the folder that holds your scripts/ and recordings/"), run.problems());
    }

    @Test
    void aRecordingThatIsNotSoundIsFoundByDecodingIt() throws Exception {
        Path own = ownScript("mine/01.wav", "5");
        byte[] garbage = new byte[64_000];
        new Random(7).nextBytes(garbage);
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 4);
        System.arraycopy("WAVE".getBytes(StandardCharsets.US_ASCII), 0, garbage, 8, 4);
        Files.createDirectories(own.resolve("recordings/mine"));
        Files.write(own.resolve("recordings/mine/01.wav"), garbage);

        Run run = run("--own", own.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(1, run.problems().size(), run.err());
        assertTrue(run.problems().get(0).contains("segment '01': the recording 01.wav cannot be played"), run.err());
        assertFalse(run.err().contains("Input #0"), "no FFmpeg log: " + run.err());
    }

    @Test
    void aSilenceLongerThanTenMinutesIsRefused() throws Exception {
        Path own = ownScript("", "1e308");
        Run run = run("--own", own.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(1, run.problems().size(), run.err());
        assertTrue(run.problems().get(0).contains("a silence of 1.0E308 s is longer than 10 minutes"), run.err());
    }
}
