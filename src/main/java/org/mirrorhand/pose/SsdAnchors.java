package org.mirrorhand.pose;

/**
 * The SSD anchor centres of MediaPipe's SsdAnchorsCalculator with fixed anchor size (every anchor is 1 x 1, so only the
 * centres matter). Consecutive layers with the same stride share one feature map; each layer contributes one anchor per
 * aspect ratio plus one interpolated-scale anchor per cell.
 */
final class SsdAnchors {

    /** Palm detection: 4 layers, strides 8, 16, 16, 16, input 192 x 192, offset 0.5, one aspect ratio: 2016 anchors. */
    static final float[] PALM = generate(new int[] {8, 16, 16, 16}, 192, 192, 0.5, 1);

    private SsdAnchors() {
    }

    /** Anchor centres as x0, y0, x1, y1, ... in the order the model's outputs use. */
    static float[] generate(int[] strides, int inputWidth, int inputHeight, double offset, int aspectRatios) {
        int total = 0;
        for (int layer = 0; layer < strides.length; ) {
            int last = sameStrideEnd(strides, layer);
            int perCell = (last - layer) * (aspectRatios + 1);
            total += featureSize(inputHeight, strides[layer]) * featureSize(inputWidth, strides[layer]) * perCell;
            layer = last;
        }
        float[] centres = new float[total * 2];
        int n = 0;
        for (int layer = 0; layer < strides.length; ) {
            int last = sameStrideEnd(strides, layer);
            int perCell = (last - layer) * (aspectRatios + 1);
            int rows = featureSize(inputHeight, strides[layer]);
            int cols = featureSize(inputWidth, strides[layer]);
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < cols; x++) {
                    for (int a = 0; a < perCell; a++) {
                        centres[n++] = (float) ((x + offset) / cols);
                        centres[n++] = (float) ((y + offset) / rows);
                    }
                }
            }
            layer = last;
        }
        return centres;
    }

    private static int sameStrideEnd(int[] strides, int layer) {
        int last = layer;
        while (last < strides.length && strides[last] == strides[layer]) {
            last++;
        }
        return last;
    }

    private static int featureSize(int input, int stride) {
        return (int) Math.ceil((double) input / stride);
    }
}
