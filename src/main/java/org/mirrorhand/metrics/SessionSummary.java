package org.mirrorhand.metrics;

import java.util.List;

/** Per-hand results of one session or one analysed file; serialises with Jackson as {"hands":[...]}. */
public record SessionSummary(List<HandSummary> hands) {

    public SessionSummary {
        hands = List.copyOf(hands);
    }
}
