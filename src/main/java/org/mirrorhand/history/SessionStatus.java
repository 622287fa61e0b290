package org.mirrorhand.history;

/**
 * Where a session stands. RUNNING is only ever seen while its program is alive: the next start of any MirrorHand
 * program turns a RUNNING session it finds into INTERRUPTED, keeping its reps.
 */
public enum SessionStatus {
    RUNNING, COMPLETED, INTERRUPTED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
