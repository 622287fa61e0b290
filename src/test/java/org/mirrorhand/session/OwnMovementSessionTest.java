package org.mirrorhand.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.FingerValues;
import org.mirrorhand.history.OwnMovement;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;
import org.mirrorhand.virtualhand.MovementPlayback;

/** The person's own movement kept by a mirror session, on a real history file. */
class OwnMovementSessionTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSessionThatEndsNormallyKeepsTheWorkingHandsMovementForItsPerson() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.RIGHT);
            SessionRecording s = session(store, ann, MONDAY);
            play(s, 1.0);
            assertTrue(s.reps() >= 2, "the played hand did reps: " + s.reps());
            assertTrue(store.ownMovement(ann).isEmpty(), "nothing is kept before the session ends");
            end(s);
            OwnMovement m = store.ownMovement(ann).orElseThrow();
            assertEquals(48, m.frames().size());
            assertEquals(MONDAY, m.recorded(), "dated by its session");
            assertEquals(1.0, size(m), 0.02, "the working hand's own landmarks");
            assertEquals(s.reps(), store.reps(s.sessionId()).size(), "the reps are stored as ever");
        }
    }

    @Test
    void aLaterSessionsMovementReplacesTheOldOne() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = annWithMondaysMovement(store);
            SessionRecording second = session(store, ann, TUESDAY);
            play(second, 1.1);
            end(second);
            OwnMovement m = store.ownMovement(ann).orElseThrow();
            assertEquals(TUESDAY, m.recorded());
            assertEquals(1.1, size(m), 0.02, "the newer session's hand");
        }
    }

    @Test
    void anInterruptedSessionOrOneWhoseVideoEndedEarlyKeepsTheOldMovement() throws Exception {
        Path db = dir.resolve("h.db");
        long killedId;
        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            Profile ann = annWithMondaysMovement(store);
            SessionRecording damaged = session(store, ann, TUESDAY);
            play(damaged, 1.1);
            damaged.endedEarly("the video ended early (damaged?)");
            end(damaged);
            SessionRecording killed = session(store, ann, TUESDAY.plusSeconds(3600));
            play(killed, 1.1);
            assertTrue(killed.writer().orElseThrow().awaitSaved(10_000));
            assertTrue(killed.reps() >= 2);
            killed.writer().orElseThrow().abandon(); // the program died: the session never finished
            killedId = killed.sessionId();
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            assertEquals(SessionStatus.RUNNING, store.session(killedId).orElseThrow().status(),
                    "never finished (its owner, this test's process, is still alive, so not yet marked interrupted)");
            OwnMovement m = store.ownMovement(store.requireProfile("Ann")).orElseThrow();
            assertEquals(MONDAY, m.recorded(), "the movement from the last session that ended normally");
            assertEquals(1.0, size(m), 0.02);
        }
    }

    @Test
    void aSessionWithoutAWholeRepKeepsNoMovement() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.RIGHT);
            SessionRecording s = session(store, ann, MONDAY);
            List<HandPose> hands = List.of(pose(MovementPlayback.builtIn().skeletonAt(0), 1.0));
            for (int i = 0; i < 300; i++) {
                s.onPose(i * 33.3, hands);
            }
            end(s);
            assertTrue(store.ownMovement(ann).isEmpty(), "a still fist is no movement");
        }
    }

    @Test
    void aMovementThatCannotBeKeptIsSaidInASentenceAndTheSessionsRepsAreStillStored() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = annWithMondaysMovement(store);
            List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
            SessionRecord s = store.startSession(ann, SessionMode.MIRROR, Side.RIGHT, TUESDAY, "camera");
            StoreWriter w = new StoreWriter(SessionWrites.of(store), s.id(), new StoreWriter.Listener() {
                @Override
                public void storageProblem(java.util.Optional<String> sentence) {
                    sentence.ifPresent(said::add);
                }
            });
            w.addRep(new RepRecord(1, Side.LEFT, 0, 800, 2000, 90, new FingerValues(150, 150, 150, 150, 150), 300));
            List<double[]> broken = List.of(new double[63], new double[10]);
            w.finish(2000, null, broken);
            assertTrue(w.awaitSaved(10_000));
            assertEquals(List.of("Your own movement from this session was not kept (frame 2 of the recorded movement"
                    + " has 10 numbers, not 63 (21 landmarks of x, y, z)); the session itself is saved."), said);
            assertEquals(1, store.reps(s.id()).size(), "the session's rep is stored");
            assertEquals(SessionStatus.COMPLETED, store.session(s.id()).orElseThrow().status());
            assertEquals(MONDAY, store.ownMovement(ann).orElseThrow().recorded(), "the old movement is kept");
        }
    }

    /** Ann, who practised with the mirror on Monday: her movement from then is kept. */
    private static Profile annWithMondaysMovement(SqliteSessionStore store) throws InterruptedException {
        Profile ann = store.addProfile("Ann", Side.RIGHT);
        SessionRecording monday = session(store, ann, MONDAY);
        play(monday, 1.0);
        end(monday);
        return ann;
    }

    private static SessionRecording session(SqliteSessionStore store, Profile p, Instant start) {
        SessionRecorder r = SessionRecorder.start(store, p, SessionMode.MIRROR, Side.RIGHT, "camera", start,
                SessionRecorder.View.SELFIE, null);
        return new SessionRecording(r, Side.LEFT);
    }

    private static void end(SessionRecording s) throws InterruptedException {
        s.finish();
        assertTrue(s.writer().orElseThrow().awaitSaved(10_000), "everything saved");
    }

    /** Three of the built-in open–close cycles (8 s each) at 30 frames a second, the hand {@code scale} times as big. */
    private static void play(SessionRecording s, double scale) {
        MovementPlayback played = MovementPlayback.builtIn();
        for (int i = 0; i <= 3 * 8 * 30; i++) {
            double ms = i * 1000.0 / 30;
            s.onPose(ms, List.of(pose(played.skeletonAt(ms), scale)));
        }
    }

    /** A left hand (as the built-in playback draws it) in the middle of a selfie picture. */
    private static HandPose pose(double[] skeleton, double scale) {
        List<Landmark> world = new ArrayList<>();
        List<Landmark> image = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            double x = skeleton[3 * i] * scale;
            double y = skeleton[3 * i + 1] * scale;
            double z = skeleton[3 * i + 2] * scale;
            world.add(new Landmark(x, y, z));
            image.add(new Landmark(0.5 + 2 * x, 0.6 + 2 * y, 2 * z));
        }
        return new HandPose("Left", 0.97, 0.99, image, world);
    }

    /** The kept hand's size against the built-in one: the wrist to middle knuckle, a bone that does not bend. */
    private static double size(OwnMovement m) {
        double[] own = m.frames().get(0);
        double[] model = MovementPlayback.builtIn().skeletonAt(0);
        return Math.hypot(Math.hypot(own[27] - own[0], own[28] - own[1]), own[29] - own[2])
                / Math.hypot(Math.hypot(model[27] - model[0], model[28] - model[1]), model[29] - model[2]);
    }
}
