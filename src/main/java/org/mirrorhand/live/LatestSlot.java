package org.mirrorhand.live;

/**
 * A single-place mailbox where the newest value wins: putting replaces whatever was not taken yet, so a slow reader
 * never makes a queue grow and always sees the newest frame (MediaPipe's flow limiter idea). One writer thread, one
 * reader thread; both may block or poll.
 */
public final class LatestSlot<T> {

    private T value;
    private long dropped;

    /** Puts a value and returns the one it replaced (never taken), or null. */
    public synchronized T put(T v) {
        T old = value;
        value = v;
        if (old != null) {
            dropped++;
        }
        notifyAll();
        return old;
    }

    /** Takes the newest value without waiting, or null when nothing new arrived since the last take. */
    public synchronized T poll() {
        T v = value;
        value = null;
        if (v != null) {
            notifyAll();
        }
        return v;
    }

    /** Waits up to {@code timeoutMs} for a value; null on timeout. */
    public synchronized T take(long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (value == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000L));
        }
        return poll();
    }

    /** Waits up to {@code timeoutMs} until the last value was taken; true when the slot is empty. */
    public synchronized boolean awaitEmpty(long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (value != null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000L));
        }
        return true;
    }

    /** How many values were replaced before anyone took them (frames the reader skipped). */
    public synchronized long dropped() {
        return dropped;
    }
}
