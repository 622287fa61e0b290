package org.mirrorhand.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Exports hold patient data: their folder is the user's alone (0700) and each file is written to a private temporary
 * file beside its target (0600, as Java makes them) and renamed into place, so a failure never leaves half a file.
 */
final class PrivateFiles {

    /** Writes a file's content to the path it is given. */
    interface Writer {
        void write(Path file) throws IOException;
    }

    private PrivateFiles() {
    }

    /** Creates the folder (and missing parents) and makes it private where the file system has POSIX permissions. */
    static Path folder(Path dir) throws IOException {
        boolean existed = Files.isDirectory(dir);
        Files.createDirectories(dir);
        PosixFileAttributeView posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (!existed && posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rwx------"));
        }
        return dir;
    }

    /** Writes {@code target} through a private temporary file beside it; the temporary file never outlives this. */
    static Path write(Path target, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".mirrorhand-", ".part");
        try {
            writer.write(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
