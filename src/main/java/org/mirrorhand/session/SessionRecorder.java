package org.mirrorhand.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.RomMeasurement;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.metrics.HandUpdate;
import org.mirrorhand.metrics.OwnCycleKeeper;
import org.mirrorhand.metrics.PracticeClock;
import org.mirrorhand.metrics.Rep;
import org.mirrorhand.metrics.SessionAnalyser;
import org.mirrorhand.metrics.SessionSummary;
import org.mirrorhand.pose.HandPose;

/**
 * Turns a stream of hand poses into a stored session: runs the metrics' analyser frame by frame, hands each rep to the
 * session's {@link StoreWriter} the moment it is counted (stored there in its own transaction, so a crash loses at most
 * the reps not yet committed), completes it when the hand closes again, keeps the session's duration current, and stores
 * each hand's range of motion at the end. Without a writer it only counts (nobody chosen to save for). Fed from the one
 * thread that runs pose inference, which never waits for SQLite; not thread-safe. Frame times, never the wall clock,
 * drive everything, so a recorded video replays identically.
 */
public final class SessionRecorder {
    /** How often (frame time) pending reps are completed and the session's duration written down. */
    private static final double HOUSEKEEPING_MS = 1000;
    /** Pose-estimate noise floor for a finger's extension angle when there are too few reps to measure a spread. */
    static final double NOMINAL_ANGLE_UNCERTAINTY_DEG = 5;

    /**
     * Whose view the pictures show. MediaPipe labels hands as if the picture were a mirror (selfie view); in a plain
     * camera view (an ordinary recording, an unflipped webcam frame) its "Left" is the person's right hand.
     */
    public enum View { SELFIE, CAMERA }

    private record Pending(Side side, int number) {
    }

    private final StoreWriter writer;
    private final long sessionId;
    private final View view;
    private final SessionAnalyser analyser = new SessionAnalyser();
    /** Duration is practice time: frame time with a hand in view, so a pause away from the camera is not counted. */
    private final PracticeClock practice = new PracticeClock();
    private volatile long practisedMs;
    private volatile boolean paused;
    private final Map<Side, List<RepRecord>> reps = new EnumMap<>(Side.class);
    private final Map<Side, Integer> counts = new EnumMap<>(Side.class);
    /** Key: analyser hand id and its rep number. */
    private final Map<Long, Pending> pending = new HashMap<>();
    private double firstMs = Double.NaN;
    private double lastMs;
    private double lastHousekeepingMs = Double.NEGATIVE_INFINITY;
    private boolean finished;
    /** The working hand's own open–close cycle, kept for "show the movement"; null until the working hand is known. */
    private OwnCycleKeeper ownCycle;
    private Side working;

    private SessionRecorder(StoreWriter writer, long sessionId, View view) {
        this.writer = writer;
        this.sessionId = sessionId;
        this.view = view;
    }

    /**
     * Starts a session in the store (status running, written now, on the calling thread) and returns its recorder, whose
     * writer thread stores everything after.
     *
     * @param listener told on the writer thread of each rep committed and of saving held up or working again
     */
    public static SessionRecorder start(SqliteSessionStore store, Profile profile, SessionMode mode, Side affected,
                                        String source, Instant start, View view, StoreWriter.Listener listener) {
        return start(SessionWrites.of(store), store.startSession(profile, mode, affected, start, source), view, listener);
    }

    /** As above on a session already started, writing through {@code writes} (tests inject failures here). */
    public static SessionRecorder start(SessionWrites writes, SessionRecord session, View view,
                                        StoreWriter.Listener listener) {
        return new SessionRecorder(new StoreWriter(writes, session.id(), listener), session.id(), view);
    }

    /** Counts reps and measures like a stored session, but stores nothing. */
    public static SessionRecorder countOnly(View view) {
        return new SessionRecorder(null, 0, view);
    }

    /**
     * Keeps the widest whole open–close cycle of the {@code working} hand; a session that ends normally stores it as the
     * person's own movement (replacing the one before), an interrupted one or one whose source ended early does not.
     */
    public void keepOwnMovementOf(Side working) {
        this.working = working;
        this.ownCycle = new OwnCycleKeeper();
    }

    /** The working hand's widest whole cycle so far (what the session will store), if any. */
    public Optional<OwnCycleKeeper.Cycle> ownCycle() {
        return ownCycle == null ? Optional.empty() : ownCycle.best();
    }

    /** The session's id in the history; 0 when nothing is stored. */
    public long sessionId() {
        return sessionId;
    }

    /** The writer storing this session, or empty when nothing is stored. */
    public Optional<StoreWriter> writer() {
        return Optional.ofNullable(writer);
    }

    /**
     * Feeds one frame's poses (possibly none).
     *
     * @return the reps counted at this frame (handed to the writer, stored soon after)
     */
    public List<RepRecord> accept(double timestampMs, List<HandPose> poses) {
        if (finished) {
            throw new IllegalStateException("session " + sessionId + " is already finished");
        }
        if (Double.isNaN(firstMs)) {
            firstMs = timestampMs;
        }
        lastMs = timestampMs;
        practice.accept(timestampMs, !poses.isEmpty());
        practisedMs = practice.practisedMs();
        paused = practice.paused();
        List<HandUpdate> updates = analyser.accept(timestampMs, poses);
        followOwnCycle(timestampMs, poses, updates);
        List<RepRecord> stored = new ArrayList<>();
        SessionSummary summary = null;
        for (HandUpdate u : updates) {
            if (!u.repCounted()) {
                continue;
            }
            if (summary == null) {
                summary = analyser.summary();
            }
            Rep rep = repOf(summary, u.hand(), u.repCount());
            if (rep != null) {
                stored.add(store(u.hand(), u.handedness(), rep));
            }
        }
        if (timestampMs - lastHousekeepingMs >= HOUSEKEEPING_MS) {
            lastHousekeepingMs = timestampMs;
            completePending(summary != null ? summary : pending.isEmpty() ? null : analyser.summary(), false);
            if (writer != null) {
                writer.updateDuration(practisedMs);
            }
        }
        return stored;
    }

    /** Hands-in-view practice time so far (the duration stored); read from any thread. */
    public long practisedMs() {
        return practisedMs;
    }

    /** True while no hand has been seen for a few seconds of frame time; read from any thread. */
    public boolean paused() {
        return paused;
    }

    /**
     * Completes the open reps, stores each hand's range of motion and marks the session completed (through the writer,
     * which may still be saving when this returns: see {@link StoreWriter#awaitSaved}).
     */
    public SessionResult finish() {
        return finish(null);
    }

    /**
     * As {@link #finish()}, for a session whose source stopped before its end.
     *
     * @param endedEarly why, in words for the report ("the video ended early (damaged?) — 9 frames analysed"), or null
     */
    public SessionResult finish(String endedEarly) {
        if (finished) {
            throw new IllegalStateException("session " + sessionId + " is already finished");
        }
        finished = true;
        SessionSummary summary = analyser.summary();
        completePending(summary, true);
        List<RomMeasurement> rom = rom(summary);
        long duration = practisedMs;
        if (writer != null) {
            rom.forEach(writer::addRom);
            writer.finish(duration, endedEarly,
                    endedEarly == null ? ownCycle().map(OwnCycleKeeper.Cycle::frames).orElse(null) : null);
        }
        Map<Side, List<RepRecord>> copy = new EnumMap<>(Side.class);
        reps.forEach((side, list) -> copy.put(side, List.copyOf(list)));
        return new SessionResult(sessionId, copy, rom, duration);
    }

    private RepRecord store(int hand, String handedness, Rep rep) {
        Side side = side(handedness);
        int number = counts.merge(side, 1, Integer::sum);
        RepRecord r = record(rep, side, number);
        if (writer != null) {
            writer.addRep(r);
        }
        reps.computeIfAbsent(side, s -> new ArrayList<>()).add(r);
        if (rep.endMs() == null) {
            pending.put(key(hand, rep.number()), new Pending(side, number));
        }
        return r;
    }

    private void completePending(SessionSummary summary, boolean atEnd) {
        if (summary == null || pending.isEmpty()) {
            return;
        }
        for (Iterator<Map.Entry<Long, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Pending> e = it.next();
            int hand = (int) (e.getKey() >> 32);
            int number = (int) (long) e.getKey();
            Rep rep = repOf(summary, hand, number);
            if (rep == null || (rep.endMs() == null && !atEnd)) {
                continue;
            }
            Pending p = e.getValue();
            if (ownCycle != null && p.side() == working) {
                ownCycle.repEnded(hand, rep);
            }
            RepRecord done = record(rep, p.side(), p.number());
            if (writer != null) {
                writer.completeRep(done);
            }
            List<RepRecord> list = reps.get(p.side());
            list.set(p.number() - 1, done);
            it.remove();
        }
    }

    /** Hands the working hand's poses to the cycle keeper; a frame whose poses the analyser merged counts as missing. */
    private void followOwnCycle(double timestampMs, List<HandPose> poses, List<HandUpdate> updates) {
        if (ownCycle == null) {
            return;
        }
        Map<Integer, OwnCycleKeeper.Seen> seen = new HashMap<>();
        if (updates.size() == poses.size()) {
            for (int i = 0; i < poses.size(); i++) {
                HandUpdate u = updates.get(i);
                if (side(u.handedness()) == working) {
                    seen.put(u.hand(), new OwnCycleKeeper.Seen(poses.get(i), u.measurement()));
                }
            }
        }
        ownCycle.frame(timestampMs, seen);
    }

    private RepRecord record(Rep rep, Side side, int number) {
        long start = elapsed(rep.startMs());
        long open = elapsed(rep.openMs());
        long end = rep.endMs() == null ? Math.max(open, elapsed(lastMs)) : elapsed(rep.endMs());
        return new RepRecord(number, side, start, open, rep.endMs() == null ? open : end, rep.peakOpeningPercent(),
                ExtensionAngles.of(rep.peakExtensionDegrees()), Math.round(rep.holdMs()));
    }

    private List<RomMeasurement> rom(SessionSummary summary) {
        // Several tracks can map to one side (a hand left the picture and came back): keep the longest-seen one.
        Map<Side, HandSummary> best = new EnumMap<>(Side.class);
        for (HandSummary h : summary.hands()) {
            Side s = side(h.handedness());
            HandSummary old = best.get(s);
            if (old == null || h.rom().framesSeen() > old.rom().framesSeen()) {
                best.put(s, h);
            }
        }
        List<RomMeasurement> out = new ArrayList<>();
        best.forEach((side, h) -> out.add(RomFromMetrics.of(side, h, reps.getOrDefault(side, List.of()))));
        return out;
    }

    private Side side(String handedness) {
        boolean left = handedness != null && handedness.toLowerCase(java.util.Locale.ROOT).startsWith("l");
        Side labelled = left ? Side.LEFT : Side.RIGHT;
        return view == View.SELFIE ? labelled : labelled.other();
    }

    private static Rep repOf(SessionSummary summary, int hand, int number) {
        for (HandSummary h : summary.hands()) {
            if (h.hand() == hand) {
                for (Rep r : h.reps()) {
                    if (r.number() == number) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    private static long key(int hand, int number) {
        return ((long) hand << 32) | (number & 0xffffffffL);
    }

    private long elapsed(double timestampMs) {
        return Math.max(0, Math.round(timestampMs - firstMs));
    }
}
