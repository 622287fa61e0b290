package org.mirrorhand.history;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one rule for every file MirrorHand writes (exports, reports, analysis JSON, backups, settings, resume files,
 * scripts): it never writes over a history database, a backup or an input of the same command (compared as real paths,
 * through symbolic links, {@code ..} and hard links); it refuses an existing file unless the user said to replace it
 * (--force, or the app's own confirmation); it writes to a temporary file beside the target and renames it into place,
 * so a failure never leaves half a file under the real name; and what it creates is private to the user: files 0600
 * and new folders 0700, set when they are created, on file systems with POSIX permissions (Linux, macOS). On Windows
 * files take the permissions of the folder they are made in; the data folder under %APPDATA% is the user's own.
 * Any thread; the object holds no state that changes.
 */
public final class SafeOutput {

    private final boolean replace;
    private final List<Path> inputs;
    private final List<Path> dataFolders;

    private SafeOutput(boolean replace, List<Path> inputs, List<Path> dataFolders) {
        this.replace = replace;
        this.inputs = inputs;
        this.dataFolders = dataFolders;
    }

    /**
     * The rule for one command or one save.
     *
     * @param replace true when the user has said an existing file may be replaced (--force, or the app's confirmation)
     */
    public static SafeOutput replacing(boolean replace) {
        return new SafeOutput(replace, List.of(), List.of());
    }

    /** The same rule that also protects these inputs of the command. */
    public SafeOutput protectingInputs(Collection<Path> more) {
        List<Path> all = new ArrayList<>(inputs);
        more.forEach(p -> all.add(real(p)));
        return new SafeOutput(replace, List.copyOf(all), dataFolders);
    }

    /** The same rule that also protects a data folder's database, its companions and its backups. */
    public SafeOutput protecting(DataFolder folder) {
        List<Path> all = new ArrayList<>(dataFolders);
        all.add(real(folder.root()));
        return new SafeOutput(replace, inputs, List.copyOf(all));
    }

    /** Something that fills the temporary file. */
    public interface Body {
        void writeTo(Path file) throws IOException;
    }

    /**
     * Checks the target, writes it through a temporary file beside it and renames that into place.
     *
     * @return the target's absolute path
     * @throws HistoryException one sentence naming the file and what to do, when the rule refuses it or writing fails
     */
    public Path write(Path target, Body body) {
        try (Pending p = begin(target)) {
            try {
                body.writeTo(p.temporary());
            } catch (IOException e) {
                throw cannot(p.target(), e);
            }
            return p.commit();
        }
    }

    /**
     * Checks the target and makes its private temporary file, for a writer that streams over time (analyze --json).
     * Close the result without {@link Pending#commit()} to throw the temporary file away.
     */
    public Pending begin(Path target) {
        Path checked = check(target);
        try {
            Path parent = checked.getParent();
            PrivateFiles.createFolders(parent);
            return new Pending(checked, PrivateFiles.createFile(parent, "." + checked.getFileName(), ".part"));
        } catch (IOException e) {
            throw cannot(checked, e);
        }
    }

    /**
     * Whether the rule lets the program write {@code target}.
     *
     * @return where the file goes: its folder's real path (links and {@code ..} resolved as the system would) and its name
     * @throws HistoryException naming the file and the reason when it does not
     */
    public Path check(Path target) {
        Path raw = target.toAbsolutePath();
        Path absolute = raw.getParent() == null ? raw : real(raw.getParent()).resolve(raw.getFileName());
        Path real = real(target);
        String why = protectedReason(real);
        if (why == null && Files.exists(target)) {
            why = inputs.stream().anyMatch(in -> same(in, target)) ? "it is one of this command's inputs" : null;
        }
        if (why == null && isSqliteDatabase(target)) {
            why = "it is a history database or a backup";
        }
        if (why != null) {
            throw new HistoryException(absolute + ": not written, because " + why + " and MirrorHand never writes over "
                    + "it; choose another file name");
        }
        if (Files.isDirectory(target)) {
            throw new HistoryException(absolute + " is a folder; give the name of a file inside it");
        }
        if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new HistoryException(absolute + " already exists; choose another name, or add --force to replace it");
        }
        return absolute;
    }

    private String protectedReason(Path real) {
        if (inputs.contains(real)) {
            return "it is one of this command's inputs";
        }
        for (Path root : dataFolders) {
            if (real.startsWith(root.resolve(Backups.FOLDER))) {
                return "it is in the backup folder";
            }
            if (root.equals(real.getParent()) && real.getFileName().toString().startsWith(DataFolder.DATABASE_FILE)) {
                return "it is the history database (or a file that belongs to it)";
            }
        }
        return null;
    }

    /** A temporary file beside its target, private from its creation; {@link #commit()} moves it into place. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temporary;
        private boolean committed;

        private Pending(Path target, Path temporary) {
            this.target = target;
            this.temporary = temporary;
        }

        public Path target() {
            return target;
        }

        public Path temporary() {
            return temporary;
        }

        /** Flushes the temporary file to the disk and renames it to the target in one step. */
        public Path commit() {
            try {
                PrivateFiles.moveIntoPlace(temporary, target);
                committed = true;
                return target;
            } catch (IOException e) {
                throw cannot(target, e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Only a leftover temporary file; the real error, if any, is already on its way.
                }
            }
        }
    }

    // ---- comparing paths ----

    /** The path with symbolic links and {@code ..} resolved as far as it exists; the rest as written, normalised. */
    static Path real(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path rawAbsolute = p.toAbsolutePath();
        try {
            return rawAbsolute.toRealPath();
        } catch (IOException notThere) {
            // Resolve the deepest folder that exists (links included), then add the rest.
            Path parent = rawAbsolute.getParent();
            if (parent == null || parent.equals(rawAbsolute)) {
                return absolute;
            }
            return real(parent).resolve(rawAbsolute.getFileName()).normalize();
        }
    }

    /** The same file on disk (hard links too) where both exist. */
    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isSqliteDatabase(Path p) {
        return Files.isRegularFile(p) && DatabaseOpener.hasSqliteHeader(p);
    }

    static HistoryException cannot(Path target, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "a folder on the way does not exist";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            why = fse.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new HistoryException("cannot write " + target + " (" + why + "); choose a place you can write to", e);
    }
}
