package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InferenceThreadsTest {

    @Test
    void theDefaultLeavesOneCoreFreeNeverGoesBelowOneAndIsCapped() {
        assertEquals(1, InferenceThreads.defaultFor(1));
        assertEquals(1, InferenceThreads.defaultFor(2));
        assertEquals(3, InferenceThreads.defaultFor(4));
        assertEquals(4, InferenceThreads.defaultFor(5));
        assertEquals(4, InferenceThreads.defaultFor(64));
    }

    @Test
    void everyCountFromOneToTheCoresIsAllowed() {
        for (int n = 1; n <= 8; n++) {
            assertTrue(InferenceThreads.problem(n, 8).isEmpty(), "threads " + n);
        }
    }

    @Test
    void aCountOutsideOneToTheCoresIsRefusedInOneLineThatNamesTheRange() {
        assertEquals("--threads must be 1 to 2 (this computer has 2 cores), got 100000",
                InferenceThreads.problem(100_000, 2).orElseThrow());
        assertEquals("--threads must be 1 to 1 (this computer has 1 core), got 0",
                InferenceThreads.problem(0, 1).orElseThrow());
        assertTrue(InferenceThreads.problem(-3, 4).isPresent());
    }

    @Test
    void theEnginesDefaultOptionsUseTheDefaultCount() {
        assertEquals(InferenceThreads.byDefault(), PoseOptions.DEFAULTS.threads());
    }
}
