package org.mirrorhand.analyze;

/** How frames are analysed: each on its own, or tracked in order as the live camera does. */
public enum RunningMode { IMAGE, VIDEO }
