package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PalmDecoderTest {

    private static final float[] ANCHORS = {0.25f, 0.5f, 0.75f, 0.5f};

    private static FloatBuffer boxes(float[]... rows) {
        FloatBuffer b = FloatBuffer.allocate(rows.length * PalmDecoder.COORDS);
        for (float[] r : rows) {
            b.put(r);
        }
        return b;
    }

    @Test
    void decodesBoxAndKeypointsRelativeToTheAnchorIn192PixelUnits() {
        float[] row = new float[18];
        row[0] = 19.2f;  // x centre +0.1
        row[1] = -9.6f;  // y centre -0.05
        row[2] = 48f;    // width 0.25
        row[3] = 96f;    // height 0.5
        for (int k = 0; k < 7; k++) {
            row[4 + 2 * k] = k * 1.92f;       // x +0.01 k
            row[5 + 2 * k] = -k * 3.84f;      // y -0.02 k
        }
        List<PalmDetection> d = PalmDecoder.decode(boxes(row, new float[18]),
                FloatBuffer.wrap(new float[] {2f, -5f}), ANCHORS, 0.5);
        assertEquals(1, d.size(), "only the first anchor scores above 0.5");
        PalmDetection p = d.get(0);
        assertEquals(0.35 - 0.125, p.xmin(), 1e-6);
        assertEquals(0.45 - 0.25, p.ymin(), 1e-6);
        assertEquals(0.25, p.width(), 1e-6);
        assertEquals(0.5, p.height(), 1e-6);
        assertEquals(0.25 + 0.06, p.keypointX(6), 1e-6);
        assertEquals(0.5 - 0.12, p.keypointY(6), 1e-6);
        assertEquals(1 / (1 + Math.exp(-2)), p.score(), 1e-6);
    }

    @Test
    void clipsScoreLogitsAtOneHundredBeforeTheSigmoid() {
        List<PalmDetection> d = PalmDecoder.decode(boxes(new float[18], new float[18]),
                FloatBuffer.wrap(new float[] {1e30f, -1e30f}), ANCHORS, 0.0);
        assertEquals(2, d.size());
        assertEquals(1.0, d.get(0).score(), 1e-12);
        assertEquals(1 / (1 + Math.exp(100)), d.get(1).score(), 1e-50);
        assertTrue(d.get(1).score() > 0, "a clipped logit keeps a positive score");
    }

    @Test
    void letterboxRemovalStretchesTheUnpaddedBandBackToTheImage() {
        PalmDetection onTensor = new PalmDetection(0.4, 0.25, 0.2, 0.25, 0.9, new double[] {0.5, 0.25, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0});
        PalmDetection inImage = PalmDecoder.removeLetterbox(onTensor, new Letterbox(0, 0.25, 0, 0.25));
        assertEquals(0.4, inImage.xmin(), 1e-9);
        assertEquals(0.0, inImage.ymin(), 1e-9);
        assertEquals(0.5, inImage.height(), 1e-9);
        assertEquals(0.5, inImage.keypointX(0), 1e-9);
        assertEquals(0.0, inImage.keypointY(0), 1e-9);
    }
}
