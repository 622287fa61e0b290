package org.mirrorhand.history;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who is using a history file, across processes: every open store (the app, a recording session, a command) holds a
 * shared lock on {@code history.db.lock} beside the database until it closes; `database restore` and `start-fresh` need
 * the exclusive lock, so they cannot swap the file under a session that is recording. The operating system drops the
 * lock when a process dies, even by kill -9. Java allows one lock per file per process, so stores of this process share
 * one, counted. The lock file is never deleted (deleting it would let two processes lock two different files).
 * Any thread.
 */
public final class HistoryLock implements AutoCloseable {
    static final String SUFFIX = ".lock";
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path key;
    private boolean released;

    private HistoryLock(Path key) {
        this.key = key;
    }

    private record Held(FileChannel channel, FileLock lock, int users) {
    }

    /**
     * Takes a shared lock, waiting while a restore holds the exclusive one (it takes a moment).
     *
     * @return the lock, or empty when the lock file cannot be made (a read-only folder: nothing can be swapped there)
     */
    static Optional<HistoryLock> shared(Path database) {
        Path key = lockFile(database);
        synchronized (HELD) {
            Held h = HELD.get(key);
            if (h != null && h.lock().isShared()) {
                HELD.put(key, new Held(h.channel(), h.lock(), h.users() + 1));
                return Optional.of(new HistoryLock(key));
            }
            try {
                FileChannel ch = open(key);
                HELD.put(key, new Held(ch, ch.lock(0, Long.MAX_VALUE, true), 1));
                return Optional.of(new HistoryLock(key));
            } catch (IOException | OverlappingFileLockException e) {
                return Optional.empty();
            }
        }
    }

    /** The exclusive lock, or empty when anyone (this process included) has the history open. */
    public static Optional<HistoryLock> tryExclusive(Path database) {
        Path key = lockFile(database);
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                return Optional.empty();
            }
            FileChannel ch = null;
            try {
                ch = open(key);
                FileLock lock = ch.tryLock(0, Long.MAX_VALUE, false);
                if (lock == null) {
                    ch.close();
                    return Optional.empty();
                }
                HELD.put(key, new Held(ch, lock, 1));
                return Optional.of(new HistoryLock(key));
            } catch (IOException | OverlappingFileLockException e) {
                closeQuietly(ch);
                throw new HistoryException("cannot lock " + key + " (" + e.getMessage() + "); check the data folder's "
                        + "permissions", e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held h = HELD.get(key);
            if (h == null) {
                return;
            }
            if (h.users() > 1) {
                HELD.put(key, new Held(h.channel(), h.lock(), h.users() - 1));
                return;
            }
            HELD.remove(key);
            closeQuietly(h.channel());   // closing the channel releases the lock
        }
    }

    static Path lockFile(Path database) {
        Path real = SafeOutput.real(database);
        return real.resolveSibling(real.getFileName() + SUFFIX);
    }

    private static FileChannel open(Path lockFile) throws IOException {
        PrivateFiles.createFileIfMissing(lockFile);
        return FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // Closing releases the lock; nothing more can be done if it fails.
            }
        }
    }
}
