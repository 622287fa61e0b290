package org.mirrorhand.pose;

/** Border added to keep the aspect ratio, as fractions of the tensor's width (left, right) and height (top, bottom). */
record Letterbox(double left, double top, double right, double bottom) {
    static final Letterbox NONE = new Letterbox(0, 0, 0, 0);
}
