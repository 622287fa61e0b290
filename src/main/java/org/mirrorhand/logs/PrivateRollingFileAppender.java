package org.mirrorhand.logs;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Logback's rolling file appender that makes the folders it creates (700) and every file it opens (600) private to
 * the user before writing, where the file system has POSIX permissions. Rolled-over files are renamed, so they stay
 * private. Logback's appender thread.
 */
final class PrivateRollingFileAppender extends RollingFileAppender<ILoggingEvent> {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName);
        createPrivately(file.toAbsolutePath().getParent());
        if (Files.notExists(file)) {
            Files.createFile(file);
        }
        restrict(file, FILE);
        super.openFile(fileName);
    }

    /** Creates the folder and any missing parent (the data folder itself, on a first start), each private. */
    private static void createPrivately(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null) {
            createPrivately(parent);
        }
        Files.createDirectory(folder);
        restrict(folder, FOLDER);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(permissions);
        }
    }
}
