package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.ImageFiles;
import org.mirrorhand.capture.RgbImage;

/** The estimator takes palm detections made ahead on another thread for the frame they were made for, and only then. */
class PalmsAheadIT {

    private static final RgbImage HAND = ImageFiles.read(SharedMedia.media("images/thumb_up.jpg"));
    private static final RgbImage EMPTY = new RgbImage(HAND.width(), HAND.height(),
            new byte[HAND.width() * HAND.height() * 3]);

    @Test
    void palmsMadeAheadForThisFrameAreTheOnesUsed() {
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS);
             PalmsAhead ahead = HandPoseEngines.openPalmsAhead(PoseOptions.DEFAULTS, null)) {
            // Made from an empty picture, so no palm: had the estimator looked itself, it would find the hand.
            PalmsAhead.Palms none = ahead.prepare(EMPTY, 0);
            assertNotNull(none, "the first frame opens a window");
            assertEquals(0, engine.track(HAND, 0, none).size());
            assertEquals(1, engine.track(HAND, 40, null).size(), "looking itself, it finds the hand");
        }
    }

    @Test
    void palmsMadeForAnotherFrameAreNotUsed() {
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS);
             PalmsAhead ahead = HandPoseEngines.openPalmsAhead(PoseOptions.DEFAULTS, null)) {
            PalmsAhead.Palms none = ahead.prepare(EMPTY, 0);
            assertEquals(1, engine.track(HAND, 40, none).size());
        }
    }

    @Test
    void palmsAreMadeAheadOnlyForTheFirstFrameOfEachWindow() {
        try (PalmsAhead ahead = HandPoseEngines.openPalmsAhead(PoseOptions.DEFAULTS, null)) {
            assertNotNull(ahead.prepare(HAND, 0));
            assertNull(ahead.prepare(HAND, 100));
            assertNotNull(ahead.prepare(HAND, 200));
            assertNull(ahead.prepare(HAND, 399));
            assertNotNull(ahead.prepare(HAND, 450));
        }
    }

    @Test
    void withOneHandWantedAndNoneLookedForByLabelThereIsNothingToMakeAhead() {
        assertNull(HandPoseEngines.openPalmsAhead(PoseOptions.DEFAULTS.withMaxHands(1), null));
        assertNull(HandPoseEngines.openPalmsAhead(PoseOptions.DEFAULTS.withPalmIntervalMs(0), null));
    }
}
