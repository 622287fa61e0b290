package org.mirrorhand.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.RomMeasurement;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.StorageTrouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one session to the history on its own thread, in the order things happened, so pose estimation never waits
 * for SQLite. When a write fails (the file locked by another program for longer than the store waits, the disk full) the
 * write and everything after it wait in memory and are tried again every second or two; the listener is told once in a
 * plain sentence, and again when saving works. Nothing counted is lost unless the process dies; each rep is reported
 * as stored only after its transaction committed. Fed from the inference thread; read from any thread.
 */
public final class StoreWriter {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    private static final long FIRST_RETRY_MS = 250;
    private static final long MAX_RETRY_MS = 2000;

    /** Told on the writer thread; both have no-op defaults. */
    public interface Listener {
        /** A rep was committed to the history. */
        default void repStored(RepRecord rep) {
        }

        /** Saving stopped (a plain sentence) or works again (empty). */
        default void storageProblem(Optional<String> sentence) {
        }
    }

    private interface Write {
        void apply(StoreWriter w);
    }

    private final SessionWrites store;
    private final long sessionId;
    private final Listener listener;
    private final BlockingDeque<Write> queue = new LinkedBlockingDeque<>();
    private final Map<String, Long> repRows = new HashMap<>();
    private final Thread thread;
    private final Object lock = new Object();
    private volatile String problem;
    private volatile boolean abandoned;
    /** Writes queued and not yet committed (guarded by lock). */
    private int waiting;
    private boolean finished;

    StoreWriter(SessionWrites store, long sessionId, Listener listener) {
        this.store = store;
        this.sessionId = sessionId;
        this.listener = listener == null ? new Listener() { } : listener;
        thread = new Thread(this::run, "mirrorhand-store-" + sessionId);
        thread.setDaemon(true);
        thread.start();
    }

    void addRep(RepRecord rep) {
        submit(w -> {
            long row = w.store.addRep(w.sessionId, rep);
            w.repRows.put(key(rep), row);
            w.listener.repStored(rep);
        });
    }

    void completeRep(RepRecord rep) {
        submit(w -> w.store.completeRep(w.sessionId, w.repRows.get(key(rep)), rep));
    }

    void updateDuration(long durationMs) {
        submit(w -> w.store.updateDuration(w.sessionId, durationMs));
    }

    void addRom(RomMeasurement rom) {
        submit(w -> w.store.addRom(w.sessionId, rom));
    }

    /** Marks the session completed after everything before it; the thread ends once that is written. */
    void finish(long durationMs, String endedEarly) {
        finish(durationMs, endedEarly, null);
    }

    /**
     * As above, then keeps the person's own movement recorded in the session (null: none), after the session is saved,
     * so a movement that cannot be kept never holds up the reps.
     */
    void finish(long durationMs, String endedEarly, List<double[]> movement) {
        submit(w -> w.store.finishSession(w.sessionId, durationMs, endedEarly));
        if (movement != null) {
            submit(w -> w.keepMovement(movement));
        }
        synchronized (lock) {
            finished = true;
            lock.notifyAll();
        }
    }

    private void keepMovement(List<double[]> movement) {
        try {
            store.keepMovement(sessionId, movement);
        } catch (IllegalArgumentException e) {
            // Not a storage trouble that trying again would mend: say so once (and in the log, as the app's screen may
            // be gone by now) and keep the movement from before.
            String sentence = "Your own movement from this session was not kept (" + e.getMessage()
                    + "); the session itself is saved.";
            LOG.warn(sentence);
            listener.storageProblem(Optional.of(sentence));
        }
    }

    private void submit(Write w) {
        synchronized (lock) {
            waiting++;
        }
        queue.add(w);
    }

    private void run() {
        long retryMs = FIRST_RETRY_MS;
        try {
            while (!abandoned) {
                Write w = queue.poll(200, TimeUnit.MILLISECONDS);
                if (w == null) {
                    if (doneWriting()) {
                        return;
                    }
                    continue;
                }
                try {
                    w.apply(this);
                    written();
                    retryMs = FIRST_RETRY_MS;
                } catch (HistoryException | IllegalStateException e) {
                    queue.addFirst(w);
                    failed(e);
                    Thread.sleep(retryMs);
                    retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean doneWriting() {
        synchronized (lock) {
            return finished && waiting == 0;
        }
    }

    private void written() {
        synchronized (lock) {
            waiting--;
            lock.notifyAll();
        }
        if (problem != null) {
            problem = null;
            listener.storageProblem(Optional.empty());
        }
    }

    private void failed(RuntimeException e) {
        String sentence = e instanceof HistoryException ? StorageTrouble.of(e).sentence() : StorageTrouble.OTHER.sentence();
        if (!sentence.equals(problem)) {
            problem = sentence;
            listener.storageProblem(Optional.of(sentence));
        }
    }

    /** Why saving is held up just now, in a plain sentence; empty while it works. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Writes queued and not yet committed (reps, times, the session's end). */
    public int waiting() {
        synchronized (lock) {
            return waiting;
        }
    }

    /** Waits up to {@code timeoutMs} until everything queued so far is committed; true when it is. */
    public boolean awaitSaved(long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        synchronized (lock) {
            while (waiting > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            return true;
        }
    }

    /** Stops trying (the program is closing); returns how many writes were never committed. */
    public int abandon() {
        abandoned = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return waiting();
    }

    private static String key(RepRecord rep) {
        Side side = rep.hand();
        return side.name() + " " + rep.number();
    }
}
