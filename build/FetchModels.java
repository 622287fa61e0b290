import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Build step: obtains the MediaPipe Hands models with the npm client, extracts them into models/ and verifies them
 * against models/SHA256SUMS. Runs from Maven (generate-resources) with the JDK alone, so it works on every platform.
 * Usage: java build/FetchModels.java PACKAGE@VERSION MODELS_DIR
 */
public final class FetchModels {
    private static final String LOADER = "package/hands_solution_packed_assets_loader.js";
    private static final String PACKED = "package/hands_solution_packed_assets.data";
    private static final Pattern PACKED_ENTRY = Pattern.compile(
            "\"filename\":\\s*\"[^\"]*/([^/\"]+\\.tflite)\",\\s*\"start\":\\s*(\\d+),\\s*\"end\":\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            fail("usage: java build/FetchModels.java PACKAGE@VERSION MODELS_DIR");
        }
        String spec = args[0];
        Path modelsDir = Path.of(args[1]);
        Map<String, String> expected = readSums(modelsDir.resolve("SHA256SUMS"));
        if (allVerified(modelsDir, expected)) {
            System.out.println("models: all " + expected.size() + " models present and verified, nothing to fetch");
            return;
        }
        Map<String, byte[]> tarEntries = untar(npmPack(spec));
        Map<String, byte[]> models = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            byte[] direct = tarEntries.get("package/" + e.getKey());
            if (direct != null) {
                models.put(e.getKey(), direct);
            }
        }
        models.putAll(unpackPacked(tarEntries));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            byte[] data = models.get(e.getKey());
            if (data == null) {
                fail("models: " + spec + " has no " + e.getKey() + "; the package layout changed, update build/FetchModels.java");
            }
            String actual = sha256(data);
            if (!actual.equals(e.getValue())) {
                fail("models: checksum mismatch for " + e.getKey() + " from " + spec + ": expected " + e.getValue()
                        + ", got " + actual + ". Nothing was written; check the package version in pom.xml.");
            }
        }
        Files.createDirectories(modelsDir);
        for (String name : expected.keySet()) {
            Path tmp = modelsDir.resolve(name + ".part");
            Files.write(tmp, models.get(name));
            Files.move(tmp, modelsDir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("models: wrote and verified " + modelsDir.resolve(name));
        }
    }

    private static Map<String, String> readSums(Path sums) throws IOException {
        if (!Files.isRegularFile(sums)) {
            fail("models: " + sums + " is missing; it lists the SHA-256 of every model and is part of the repository");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split("\\s+\\*?");
            if (parts.length == 2) {
                out.put(parts[1], parts[0].toLowerCase());
            }
        }
        return out;
    }

    private static boolean allVerified(Path dir, Map<String, String> expected) throws IOException {
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                return false;
            }
            if (!sha256(Files.readAllBytes(file)).equals(e.getValue())) {
                System.out.println("models: " + file + " does not match its checksum; fetching it again");
                return false;
            }
        }
        return true;
    }

    private static byte[] npmPack(String spec) throws IOException, InterruptedException {
        String npm = System.getProperty("os.name").toLowerCase().contains("win") ? "npm.cmd" : "npm";
        Path work = Files.createTempDirectory("mirrorhand-models");
        Process process;
        try {
            process = new ProcessBuilder(npm, "pack", "--silent", spec)
                    .directory(work.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("models: the npm client was not found (" + e.getMessage() + "). Install Node.js with npm, then build again;"
                    + " npm fetches " + spec + ", which holds the MediaPipe Hands models.");
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            fail("models: 'npm pack " + spec + "' failed:\n" + output.trim());
        }
        try (var files = Files.list(work)) {
            Path tgz = files.filter(p -> p.toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new IOException("npm pack wrote no .tgz into " + work));
            byte[] data = Files.readAllBytes(tgz);
            Files.delete(tgz);
            Files.delete(work);
            return data;
        }
    }

    /** Reads a gzip'd ustar archive (what npm pack writes) into memory: name to content. */
    private static Map<String, byte[]> untar(byte[] tgz) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = cString(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                String prefix = cString(header, 345, 155);
                long size = Long.parseLong(cString(header, 124, 12).trim(), 8);
                byte[] data = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                out.put(prefix.isEmpty() ? name : prefix + "/" + name, data);
            }
        }
        return out;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.US_ASCII);
    }

    /** The palm detection models sit inside one packed file; the loader script gives their byte ranges. */
    private static Map<String, byte[]> unpackPacked(Map<String, byte[]> tar) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        byte[] loader = tar.get(LOADER);
        byte[] packed = tar.get(PACKED);
        if (loader == null || packed == null) {
            return out;
        }
        Matcher m = PACKED_ENTRY.matcher(new String(loader, StandardCharsets.UTF_8));
        while (m.find()) {
            int start = Integer.parseInt(m.group(2));
            int end = Integer.parseInt(m.group(3));
            if (start >= 0 && end <= packed.length && start < end) {
                out.put(m.group(1), java.util.Arrays.copyOfRange(packed, start, end));
            }
        }
        return out;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
