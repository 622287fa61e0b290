package org.mirrorhand.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LatestSlotTest {

    @Test
    void aSlowReaderGetsOnlyTheNewestValueAndTheRestCountAsDropped() {
        LatestSlot<Integer> slot = new LatestSlot<>();
        for (int i = 1; i <= 5; i++) {
            slot.put(i);
        }
        assertEquals(5, slot.poll());
        assertNull(slot.poll(), "a value is taken once");
        assertEquals(4, slot.dropped());
    }

    @Test
    void takeWaitsForAValueFromAnotherThread() throws Exception {
        LatestSlot<String> slot = new LatestSlot<>();
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException ignored) {
                return;
            }
            slot.put("frame");
        });
        writer.start();
        assertEquals("frame", slot.take(5000));
        writer.join();
    }

    @Test
    void takeGivesNullWhenNothingArrivesInTime() throws Exception {
        assertNull(new LatestSlot<String>().take(20));
    }
}
