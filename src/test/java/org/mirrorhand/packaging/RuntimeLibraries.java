package org.mirrorhand.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jars `mvn package -Djavacpp.platform=P` copies into target/lib (the runtime scope, as the copy-runtime-libraries
 * execution takes it), resolved by a child Maven with the dependency plugin: only what the build would pack, without
 * building. The failsafe configuration passes Maven's home, local repository and offline flag.
 */
final class RuntimeLibraries {

    /** A line of the listing: group:artifact:jar[:classifier]:version:scope:/path/to.jar, maybe " -- module ...". */
    private static final Pattern JAR =
            Pattern.compile("^\\s*[^:\\s]+:[^:]+:jar:(?:[^:]+:)?[^:]+:(?:compile|runtime):(.+?\\.jar)");

    private RuntimeLibraries() {
    }

    static List<Path> forPlatform(String platform, Path workDir) throws IOException, InterruptedException {
        Path listing = workDir.resolve(platform + ".txt");
        Path log = workDir.resolve(platform + ".log");
        List<String> command = new ArrayList<>(List.of(maven(), "-B", "-q", "-f", Path.of("pom.xml").toAbsolutePath()
                .toString(), "dependency:list", "-DincludeScope=runtime", "-DoutputAbsoluteArtifactFilename=true",
                "-DoutputFile=" + listing, "-Djavacpp.platform=" + platform));
        String repo = System.getProperty("mirrorhand.maven.repo", "");
        if (!repo.isBlank() && !repo.startsWith("${")) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        if (Boolean.getBoolean("mirrorhand.maven.offline")) {
            command.add("-o");
        }
        Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!maven.waitFor(5, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError("Maven took over 5 minutes to list " + platform + "'s libraries; see " + log);
        }
        assertEquals(0, maven.exitValue(), () -> "Maven could not list " + platform + "'s libraries:\n" + read(log));
        List<Path> jars = new ArrayList<>();
        for (String line : Files.readAllLines(listing)) {
            Matcher m = JAR.matcher(line);
            if (m.find()) {
                jars.add(Path.of(m.group(1)));
            }
        }
        return jars;
    }

    private static String maven() {
        String home = System.getProperty("mirrorhand.maven.home", "");
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        String launcher = windows ? "mvn.cmd" : "mvn";
        return home.isBlank() || home.startsWith("${") ? launcher : Path.of(home, "bin", launcher).toString();
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
