package org.mirrorhand.ui;

/** The screens of the app, with the words on their buttons. */
public enum ScreenId {
    START("Start"),
    THERAPY("Mirror therapy"),
    MEASURE("Measure my hand"),
    IMAGERY("Guided imagery"),
    PROGRESS("My progress"),
    SETTINGS("Settings");

    private final String title;

    ScreenId(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
