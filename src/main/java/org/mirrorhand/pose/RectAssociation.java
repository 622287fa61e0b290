package org.mirrorhand.pose;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * MediaPipe's AssociationNormRectCalculator (min_similarity_threshold 0.5): rects are added in order, and each new one
 * replaces every earlier one whose axis-aligned box overlaps it by IoU above the threshold. Fed palm-detection ROIs
 * first and tracked ROIs last, a tracked hand wins over a palm detection of the same hand, so one hand is never two.
 */
final class RectAssociation {

    static final double MIN_SIMILARITY = 0.5;

    private RectAssociation() {
    }

    static List<HandRoi> associate(List<HandRoi> first, List<HandRoi> later) {
        List<HandRoi> result = new ArrayList<>();
        for (List<HandRoi> source : List.of(first, later)) {
            for (HandRoi candidate : source) {
                for (Iterator<HandRoi> it = result.iterator(); it.hasNext(); ) {
                    if (similarity(it.next().rect(), candidate.rect()) > MIN_SIMILARITY) {
                        it.remove();
                    }
                }
                result.add(candidate);
            }
        }
        return result;
    }

    /** IoU of the rects' unrotated boxes, as MediaPipe compares NormalizedRects. */
    static double similarity(NormRect a, NormRect b) {
        return Geometry.iou(a.xCenter() - a.width() / 2, a.yCenter() - a.height() / 2, a.width(), a.height(),
                b.xCenter() - b.width() / 2, b.yCenter() - b.height() / 2, b.width(), b.height());
    }
}
