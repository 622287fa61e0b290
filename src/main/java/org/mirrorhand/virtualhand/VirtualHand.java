package org.mirrorhand.virtualhand;

import org.mirrorhand.pose.HandPose;

/**
 * The virtual affected hand's skeleton, driven by the working hand: its joint rotations are read from the world
 * landmarks, smoothed for a calm look, graded between the person's fist and the working hand's opening, and rebuilt
 * with the person's own fixed bone lengths, mirrored to the other side. {@link #skeleton()} holds the result: 21
 * packed positions in metres relative to the wrist, in the camera's world axes (x right, y down, z away). No
 * allocation per frame. Called by one thread (the one drawing the screen).
 */
public final class VirtualHand {

    /** Hands the tracker is less sure of than this do not teach the bone lengths or the fist. */
    static final double GOOD_PRESENCE = 0.8;

    private final BoneLengths lengths;
    private final GradedOpening grading = new GradedOpening();
    private final AmplifiedOpening amplifying = new AmplifiedOpening();
    private final RigPose pose = new RigPose();
    private final CalmFilter palmFilter;
    private final CalmFilter boneFilter;
    private final double[] world = new double[3 * HandBones.LANDMARKS];
    private final double[] palm = new double[6];
    private final double[] skeleton = new double[3 * HandBones.LANDMARKS];
    private boolean smoothing = true;
    private boolean mirrored = true;
    private boolean ready;

    public VirtualHand() {
        this(BoneLengths.DEFAULT_FRAMES);
    }

    /** @param learningFrames how many good frames teach the bone lengths */
    public VirtualHand(int learningFrames) {
        lengths = new BoneLengths(learningFrames);
        // Cut-offs for a calm look: a still hand rests (0.8 Hz), a quick opening follows (beta per radian a second).
        palmFilter = new CalmFilter(6, 0.8, 0.6, 1.0);
        boneFilter = new CalmFilter(3 * HandBones.LANDMARKS, 1.0, 0.4, 1.0);
    }

    /**
     * Moves the virtual hand to the working hand's newest pose.
     *
     * @param timeMs the pose's frame time, on which smoothing runs
     * @return false when the pose cannot drive the hand (the skeleton is left as it was)
     */
    public boolean update(HandPose working, double timeMs) {
        if (working.worldLandmarks().size() != HandBones.LANDMARKS) {
            return false;
        }
        HandBones.pack(working.worldLandmarks(), world);
        boolean good = working.presence() >= GOOD_PRESENCE;
        if (good) {
            lengths.offer(world);
        }
        if (!lengths.known()) {
            return false;
        }
        pose.solve(world);
        if (good) {
            grading.observe(pose);
        }
        if (smoothing) {
            smooth(timeMs);
        }
        if (amplifying.factor() > 1) {
            // Amplified feedback shows the hand's own movement made bigger, not graded down.
            if (grading.fistKnown()) {
                amplifying.apply(pose, grading.fist());
            }
        } else {
            grading.apply(pose);
        }
        pose.build(lengths, mirrored, skeleton);
        ready = true;
        return true;
    }

    private void smooth(double timeMs) {
        System.arraycopy(pose.palmX, 0, palm, 0, 3);
        System.arraycopy(pose.palmY, 0, palm, 3, 3);
        palmFilter.filter(palm, 0, timeMs);
        System.arraycopy(palm, 0, pose.palmX, 0, 3);
        System.arraycopy(palm, 3, pose.palmY, 0, 3);
        boneFilter.filter(pose.directions, 0, timeMs);
        pose.renormalise();
    }

    /** The skeleton last built (21 packed positions, metres from the wrist); all zero before the first pose. */
    public double[] skeleton() {
        return skeleton;
    }

    /** True once a pose has been turned into a skeleton. */
    public boolean ready() {
        return ready;
    }

    public BoneLengths boneLengths() {
        return lengths;
    }

    public GradedOpening grading() {
        return grading;
    }

    /** Amplified feedback (off by default); the fist it amplifies from is the one {@link #grading()} keeps. */
    public AmplifiedOpening amplifying() {
        return amplifying;
    }

    /** Uses the working hand's pose as the person's calibrated fist (for graded movement). */
    public void calibrateFist(HandPose fistPose) {
        double[] p = new double[3 * HandBones.LANDMARKS];
        HandBones.pack(fistPose.worldLandmarks(), p);
        RigPose fist = new RigPose();
        fist.solve(p);
        grading.calibrateFist(fist);
    }

    /** Off for measuring the rig itself; on (the default) for the screen. */
    public void setSmoothing(boolean on) {
        smoothing = on;
        if (!on) {
            palmFilter.reset();
            boneFilter.reset();
        }
    }

    /** On (the default): the affected hand is the working hand's mirror image. */
    public void setMirrored(boolean on) {
        mirrored = on;
    }
}
