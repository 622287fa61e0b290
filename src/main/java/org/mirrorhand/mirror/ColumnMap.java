package org.mirrorhand.mirror;

/**
 * For each column of the screen picture, the column of the camera picture it shows (or {@link #BLACK}). Every mirror
 * mode is a horizontal remapping, so a row-independent table makes the transform one lookup per pixel. Pure; any thread.
 */
final class ColumnMap {

    static final int BLACK = -1;

    private ColumnMap() {
    }

    /** The screen picture the user expects before any trick: a mirror view, so their left hand is on the left. */
    static int baseColumn(int x, int width, boolean cameraFacesUser) {
        return cameraFacesUser ? width - 1 - x : x;
    }

    /** The column where the mirror stands: columns left of it are the left half. */
    static int seamColumn(int width, double seam) {
        return (int) Math.round(seam * width);
    }

    /** Columns for the main picture of a mode; for HAND_ONLY this is the background (mirror box on the working side). */
    static int[] forMode(int width, MirrorSettings s) {
        int[] map = new int[width];
        switch (s.mode()) {
            case NONE, VIRTUAL_HAND, VIRTUAL_HAND_PLAIN -> {
                for (int x = 0; x < width; x++) {
                    map[x] = baseColumn(x, width, s.cameraFacesUser());
                }
            }
            case FULL_FLIP -> {
                for (int x = 0; x < width; x++) {
                    map[x] = baseColumn(width - 1 - x, width, s.cameraFacesUser());
                }
            }
            case MIRROR_BOX -> fillMirrorBox(map, width, s);
            case HAND_ONLY -> {
                for (int x = 0; x < width; x++) {
                    map[x] = baseColumn(x, width, s.cameraFacesUser());
                }
                int[] box = new int[width];
                fillMirrorBox(box, width, s);
                int seam = seamColumn(width, s.seam());
                boolean affectedLeft = s.affectedSide() == AffectedSide.LEFT;
                for (int x = 0; x < width; x++) {
                    boolean workingSide = affectedLeft ? x >= seam : x < seam;
                    if (workingSide) {
                        map[x] = box[x];
                    }
                }
            }
            default -> throw new IllegalStateException("unknown mode " + s.mode());
        }
        return map;
    }

    /** The reflection of the working side into the affected side, column by column (mirror box). */
    static void fillMirrorBox(int[] map, int width, MirrorSettings s) {
        int seam = seamColumn(width, s.seam());
        boolean affectedLeft = s.affectedSide() == AffectedSide.LEFT;
        for (int x = 0; x < width; x++) {
            boolean affectedHalf = affectedLeft ? x < seam : x >= seam;
            int shown = affectedHalf ? 2 * seam - 1 - x : x;
            map[x] = shown < 0 || shown >= width ? BLACK : baseColumn(shown, width, s.cameraFacesUser());
        }
    }
}
