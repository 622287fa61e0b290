package org.mirrorhand.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The app's colours and type in one place, turned into one stylesheet. Every colour pair used for text is listed in
 * {@link #TEXT_PAIRS} so a test can check each meets WCAG AA contrast. Text is never smaller than 18 pt.
 */
public final class Theme {

    public static final String BACKGROUND = "#14181C";
    public static final String SURFACE = "#263039";
    public static final String TEXT = "#FFFFFF";
    public static final String TEXT_SOFT = "#C9D1D9";
    public static final String FOCUS_FILL = "#FFD54F";
    public static final String FOCUS_TEXT = "#14181C";
    public static final String WARNING = "#FFB74D";
    public static final String ERROR_FILL = "#B3261E";
    /** Overlays on the live picture sit on this near-opaque black so they read over any video. */
    public static final String OVERLAY_FILL = "#000000";
    public static final double OVERLAY_OPACITY = 0.8;

    /** Base text size; headings and the live count are larger. */
    public static final double BASE_PT = 20;

    /** (text, background, where) for every text colour pair on screen. */
    public static final List<String[]> TEXT_PAIRS = List.of(
            new String[] {TEXT, BACKGROUND, "body text"},
            new String[] {TEXT_SOFT, BACKGROUND, "hints"},
            new String[] {TEXT, SURFACE, "buttons and fields"},
            new String[] {TEXT_SOFT, SURFACE, "hints on panels"},
            new String[] {FOCUS_TEXT, FOCUS_FILL, "focused button"},
            new String[] {WARNING, BACKGROUND, "warnings"},
            new String[] {WARNING, SURFACE, "warnings on panels"},
            new String[] {TEXT, ERROR_FILL, "error banner"},
            new String[] {TEXT, "#333333", "overlay over a white picture (80% black over white)"},
            new String[] {WARNING, "#333333", "overlay warning over a white picture"});

    private Theme() {
    }

    /** A stylesheet address for {@code scene.getStylesheets()}. */
    public static String stylesheet() {
        String css = css();
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** Style class on the root of each screen of this package's screens; screens of other features keep their own look. */
    public static final String SCOPE = "mh";

    static String css() {
        return scoped(rules());
    }

    /** Prefixes every rule but the root and pop-up ones with the scope, so other features' screens are untouched. */
    static String scoped(String css) {
        StringBuilder out = new StringBuilder();
        for (String rule : css.split("}")) {
            if (rule.isBlank()) {
                continue;
            }
            int brace = rule.indexOf('{');
            String selectors = rule.substring(0, brace).trim();
            String body = rule.substring(brace);
            if (!selectors.equals(".root") && !selectors.startsWith(".combo-box-popup")) {
                StringBuilder scoped = new StringBuilder();
                for (String sel : selectors.split(",")) {
                    scoped.append(scoped.length() == 0 ? "" : ", ").append('.').append(SCOPE).append(' ').append(sel.trim());
                }
                selectors = scoped.toString();
            }
            out.append(selectors).append(' ').append(body.trim()).append(" }\n");
        }
        return out.toString();
    }

    private static String rules() {
        return """
                .root { -fx-font-size: %1$spt; -fx-background-color: %2$s; -fx-text-fill: %4$s;
                        -fx-font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", sans-serif; }
                .label { -fx-text-fill: %4$s; }
                .title { -fx-font-size: 36pt; -fx-font-weight: bold; }
                .heading { -fx-font-size: 28pt; -fx-font-weight: bold; }
                .hint { -fx-text-fill: %5$s; }
                .warning { -fx-text-fill: %8$s; }
                .error-banner { -fx-background-color: %9$s; -fx-text-fill: %4$s; -fx-padding: 12 18 12 18;
                                -fx-background-radius: 8; }
                .panel { -fx-background-color: %3$s; -fx-background-radius: 12; -fx-padding: 24; }
                .button, .toggle-button, .combo-box, .text-field, .spinner, .check-box, .radio-button {
                        -fx-font-size: %1$spt; }
                .button, .toggle-button { -fx-background-color: %3$s; -fx-text-fill: %4$s; -fx-padding: 14 28 14 28;
                        -fx-background-radius: 10; -fx-border-color: %5$s; -fx-border-width: 2; -fx-border-radius: 10; }
                .button:focused, .toggle-button:focused { -fx-background-color: %6$s; -fx-text-fill: %7$s;
                        -fx-border-color: %4$s; -fx-border-width: 4; }
                .toggle-button:selected { -fx-border-color: %6$s; -fx-border-width: 4; }
                .toggle-button:selected:focused { -fx-border-color: %4$s; }
                .big-button { -fx-font-size: 26pt; -fx-min-width: 520; -fx-alignment: center-left; }
                .combo-box, .text-field, .spinner { -fx-background-color: %3$s; -fx-border-color: %5$s;
                        -fx-border-width: 2; -fx-border-radius: 8; -fx-background-radius: 8; }
                .combo-box:focused, .text-field:focused, .spinner:focused, .check-box:focused .box,
                .radio-button:focused .radio { -fx-border-color: %6$s; -fx-border-width: 4; }
                .combo-box .list-cell, .text-field, .spinner .text-field { -fx-text-fill: %4$s;
                        -fx-background-color: %3$s; }
                .combo-box-popup .list-view .list-cell { -fx-background-color: %3$s; -fx-text-fill: %4$s; }
                .combo-box-popup .list-view .list-cell:filled:hover,
                .combo-box-popup .list-view .list-cell:filled:selected { -fx-background-color: %6$s;
                        -fx-text-fill: %7$s; }
                .check-box, .radio-button { -fx-text-fill: %4$s; }
                .overlay { -fx-background-color: rgba(0,0,0,%10$s); -fx-background-radius: 12; -fx-padding: 14 22 14 22; }
                .count { -fx-font-size: 96pt; -fx-font-weight: bold; }
                .count-label { -fx-font-size: 28pt; }
                .prompt { -fx-font-size: 36pt; -fx-font-weight: bold; }
                .live-band { -fx-background-color: %2$s; -fx-padding: 8 24 8 24; }
                .live-band .count { -fx-font-size: 60pt; }
                .live-band .prompt { -fx-font-size: 28pt; }
                .band-message { -fx-font-size: 24pt; -fx-text-fill: %8$s; }
                .diagnostics { -fx-font-family: "DejaVu Sans Mono", monospace; -fx-font-size: 18pt; }
                .table-view { -fx-background-color: %3$s; }
                .table-view .column-header, .table-view .column-header-background .filler { -fx-background-color: %3$s; }
                .table-view .column-header .label { -fx-text-fill: %4$s; }
                .table-row-cell { -fx-background-color: %2$s; -fx-text-fill: %4$s; }
                .table-row-cell .table-cell { -fx-text-fill: %4$s; }
                """.formatted(BASE_PT, BACKGROUND, SURFACE, TEXT, TEXT_SOFT, FOCUS_FILL, FOCUS_TEXT, WARNING, ERROR_FILL,
                OVERLAY_OPACITY);
    }
}
