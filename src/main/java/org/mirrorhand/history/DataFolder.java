package org.mirrorhand.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder where MirrorHand keeps everything about the people who use it (history database, settings, resume files).
 * Chosen in this order: {@code --data-dir DIR}, the environment variable MIRRORHAND_DATA, then the platform's place for
 * application data. Every feature asks this class rather than building paths itself, so one switch moves the lot.
 * Any thread may call it.
 */
public final class DataFolder {
    public static final String ENV = "MIRRORHAND_DATA";
    public static final String DATABASE_FILE = "history.db";
    /** Folders of MirrorHand's own inside the data folder: backups and the imagery player's scripts and recordings. */
    private static final Set<String> OWN_FOLDERS = Set.of(Backups.FOLDER, "imagery");

    private final Path root;

    private DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder for this process: {@code override} if given (from --data-dir), else MIRRORHAND_DATA, else the default. */
    public static DataFolder locate(Path override) {
        return locate(override, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** As {@link #locate(Path)}, with the environment spelled out for tests. */
    static DataFolder locate(Path override, Map<String, String> env, String osName, Path home) {
        if (override != null) {
            return new DataFolder(override);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataFolder(Path.of(fromEnv));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return new DataFolder(base.resolve("MirrorHand"));
        }
        if (os.startsWith("mac")) {
            return new DataFolder(home.resolve("Library/Application Support/MirrorHand"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        return new DataFolder(base.resolve("mirrorhand"));
    }

    public Path root() {
        return root;
    }

    /** A file inside the folder, e.g. {@code file("imagery-resume.json")}; does not create anything. */
    public Path file(String name) {
        return root.resolve(name);
    }

    public Path database() {
        return file(DATABASE_FILE);
    }

    /**
     * Makes sure the folder exists, private to this user (POSIX 700 where the file system has permissions; an existing
     * folder and its files are tightened to that) and writable.
     *
     * @return this, for chaining
     * @throws HistoryException naming the folder when it cannot be created or written
     */
    public DataFolder ensureExists() {
        try {
            if (!Files.isDirectory(root)) {
                PrivateFiles.createFolders(root);
            }
        } catch (FileSystemException e) {
            throw new HistoryException("cannot create the data folder " + root + " (" + reason(e)
                    + "); choose another with --data-dir DIR or MIRRORHAND_DATA");
        } catch (IOException e) {
            throw new HistoryException("cannot create the data folder " + root + ": " + e.getMessage()
                    + "; choose another with --data-dir DIR or MIRRORHAND_DATA", e);
        }
        if (!Files.isWritable(root) || !canCreateFileIn(root)) {
            throw new HistoryException("the data folder " + root + " is read-only, so nothing can be saved; make it "
                    + "writable or choose another with --data-dir DIR or MIRRORHAND_DATA");
        }
        tightenPermissions();
        return this;
    }

    /** Whether the folder exists but cannot be written (a read-only disk, or a folder that is not the user's). */
    public boolean isReadOnly() {
        return Files.isDirectory(root) && (!Files.isWritable(root) || !canCreateFileIn(root));
    }

    /**
     * Makes the folder and what MirrorHand keeps in it private to the user (0700 folders, 0600 files): an older
     * MirrorHand, or a folder chosen with MIRRORHAND_DATA that already existed, may have left them readable by others.
     * Only MirrorHand's own entries are touched (another program's files in a shared folder are not ours to change);
     * symbolic links are left alone. Says so in one line when it changed anything.
     */
    private void tightenPermissions() {
        int changed = 0;
        try (Stream<Path> children = Files.list(root)) {
            changed += PrivateFiles.makePrivate(root) ? 1 : 0;
            for (Path child : (Iterable<Path>) children::iterator) {
                if (isOurs(child.getFileName().toString())) {
                    changed += makeTreePrivate(child);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("mirrorhand: could not make the data folder " + root + " private to you ("
                    + e.getMessage() + "); check its permissions");
            return;
        }
        if (changed > 0) {
            System.err.println("mirrorhand: the data folder " + root + " could be read by other users; it is now "
                    + "private to you (" + changed + (changed == 1 ? " file or folder" : " files and folders")
                    + " changed)");
        }
    }

    private static boolean isOurs(String name) {
        return name.startsWith(DATABASE_FILE) || name.startsWith("settings.json") || OWN_FOLDERS.contains(name);
    }

    private static int makeTreePrivate(Path top) throws IOException {
        int changed = 0;
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                changed += PrivateFiles.makePrivate(p) ? 1 : 0;
            }
        }
        return changed;
    }

    /** Permission bits do not bind root and some file systems refuse writes anyway, so try it. */
    private static boolean canCreateFileIn(Path dir) {
        try {
            Path probe = Files.createTempFile(dir, ".mirrorhand-write-check", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
