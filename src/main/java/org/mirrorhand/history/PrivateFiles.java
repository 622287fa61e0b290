package org.mirrorhand.history;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files and folders private to the user: 0600 files and 0700 folders, set as POSIX attributes when they are created (so
 * no umask can widen them), on Linux and macOS; on Windows they take the folder's permissions. Also the last step of
 * every safe write: flush and rename into place. The {@link SafeOutput} rule and the backups build on it. Any thread.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Flushes a finished temporary file to the disk and renames it over {@code target} in one step. */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Creates the missing folders on the way to {@code dir}, each 0700 from its creation; existing ones are left. */
    public static void createFolders(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p, folderAttributes(p));
        }
    }

    /** A new, empty file in {@code dir} readable and writable by this user only (0600 from its creation). */
    public static Path createFile(Path dir, String prefix, String suffix) throws IOException {
        return Files.createTempFile(dir, prefix, suffix, fileAttributes(dir));
    }

    /** Creates {@code file} empty and private unless it exists. */
    public static void createFileIfMissing(Path file) throws IOException {
        try {
            Files.createFile(file, fileAttributes(file.toAbsolutePath().getParent()));
        } catch (FileAlreadyExistsException ignored) {
            // Someone (another MirrorHand, or an earlier run) made it; its permissions are tightened elsewhere.
        }
    }

    /**
     * Takes group and other permissions away from a file or folder, leaving the owner's.
     *
     * @return true when something had to change
     */
    public static boolean makePrivate(Path p) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null || Files.isSymbolicLink(p)) {
            return false;
        }
        Set<PosixFilePermission> now = view.readAttributes().permissions();
        Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
        now.stream().filter(x -> x.name().startsWith("OWNER")).forEach(owner::add);
        if (owner.equals(now)) {
            return false;
        }
        view.setPermissions(owner);
        return true;
    }

    private static FileAttribute<?>[] fileAttributes(Path dir) {
        return posix(dir) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE_FILE)}
                : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] folderAttributes(Path dir) {
        Path parent = dir.getParent();
        return parent != null && posix(parent)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER)} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path existing) {
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}
