package org.mirrorhand.history;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What kind of trouble stopped a write to the history, in words for the person practising: the file busy (another
 * program holds its lock longer than the store waits), the disk full, or anything else. A session's writer keeps its
 * reps in memory and tries again in every case; this only chooses what to tell the person. Raw SQLite text never
 * appears in these sentences.
 */
public enum StorageTrouble {
    BUSY("The history file is busy — practice goes on and is saved when it can be."),
    DISK_FULL("The disk is full — practice goes on and is saved when some space is free. Delete files you do not need."),
    OTHER("The history file cannot be written just now — practice goes on and is saved when it can be.");

    private final String sentence;

    StorageTrouble(String sentence) {
        this.sentence = sentence;
    }

    /** One plain sentence to show or print. */
    public String sentence() {
        return sentence;
    }

    /** Classifies a failed write by the SQLite result code behind it. */
    public static StorageTrouble of(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int primary = sql instanceof SQLiteException se ? se.getResultCode().code & 0xff : sql.getErrorCode() & 0xff;
                if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                    return BUSY;
                }
                if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                    return DISK_FULL;
                }
                if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
                    // SQLite reports a write that found no space as an I/O error on some systems.
                    return DISK_FULL;
                }
            }
        }
        return OTHER;
    }

    /** The failure a store reports for this SQLite error, as if the database at {@code file} had raised it (tests). */
    public static HistoryException simulate(java.nio.file.Path file, SQLiteErrorCode code) {
        return DatabaseOpener.translate(file, new SQLiteException("[" + code.name() + "] simulated", code));
    }
}
