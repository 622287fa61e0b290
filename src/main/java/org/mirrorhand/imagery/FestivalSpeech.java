package org.mirrorhand.imagery;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mirrorhand.history.PrivateFiles;

/**
 * Speaks text with Festival's CMU SLT HTS voice at the pace used for the shipped audio (media/tools/generate-audio.sh),
 * so a new script sounds like the shipped ones. Festival is not bundled: where {@code text2wave} is not installed
 * this says so, and the player shows the text instead. Results are cached by text, so a segment is synthesised once.
 * Off the JavaFX thread.
 */
public final class FestivalSpeech implements SpeechSynthesizer {
    /** Keep in step with VOICE_EVAL in media/tools/generate-audio.sh. */
    static final String VOICE_EVAL = "(begin (voice_cmu_us_slt_arctic_hts) "
            + "(set! hts_engine_params (append hts_engine_params '((\"-r\" 0.8)))))";
    private static final long TIMEOUT_SECONDS = 120;

    private final Path cacheFolder;
    private final Optional<Path> text2wave;
    private String reason = "";
    private Boolean works;

    /** @param cacheFolder where synthesised WAV files are kept (for example a folder in the user's data folder) */
    public FestivalSpeech(Path cacheFolder) {
        this(cacheFolder, findOnPath("text2wave"));
    }

    FestivalSpeech(Path cacheFolder, Optional<Path> text2wave) {
        this.cacheFolder = cacheFolder;
        this.text2wave = text2wave;
        if (text2wave.isEmpty()) {
            works = false;
            reason = "the computer voice (Festival, program text2wave) is not installed";
        }
    }

    @Override
    public synchronized boolean available() {
        if (works == null) {
            try {
                works = speak("Ready.").isPresent();
            } catch (IOException e) {
                works = false;
                reason = e.getMessage();
            }
        }
        return works;
    }

    @Override
    public synchronized String unavailableReason() {
        return available() ? "" : reason;
    }

    @Override
    public synchronized Optional<Path> speak(String text) throws IOException {
        if (text2wave.isEmpty()) {
            return Optional.empty();
        }
        PrivateFiles.createFolders(cacheFolder);
        Path wav = cacheFolder.resolve("festival-" + hash(text) + ".wav");
        if (Files.isRegularFile(wav) && Files.size(wav) > 44) {
            return Optional.of(wav);
        }
        // The words are the user's own script: private files (SafeOutput's rule), which Festival writes into.
        Path input = PrivateFiles.createFile(cacheFolder, "text", ".txt");
        Path partial = PrivateFiles.createFile(cacheFolder, "." + wav.getFileName(), ".part");
        try {
            Files.writeString(input, text, StandardCharsets.UTF_8);
            run(List.of(text2wave.get().toString(), "-eval", VOICE_EVAL, input.toString(), "-o",
                    partial.toString()));
            if (!Files.isRegularFile(partial) || Files.size(partial) <= 44) {
                throw new IOException("the computer voice (Festival) produced no sound; check that the voice "
                        + "festvox-us-slt-hts is installed");
            }
            Files.move(partial, wav, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(wav);
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(partial);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("the computer voice (Festival) did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String said = new String(output, StandardCharsets.UTF_8).strip();
                throw new IOException("the computer voice (Festival) failed: "
                        + (said.length() > 200 ? said.substring(0, 200) : said));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the computer voice was speaking", e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((VOICE_EVAL + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static Optional<Path> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(List.of(program));
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            names.add(program + ".exe");
            names.add(program + ".bat");
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
