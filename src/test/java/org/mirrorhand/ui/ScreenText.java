package org.mirrorhand.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

/**
 * What a laid-out screen really draws: every visible piece of text (labels, buttons, list cells, fields and their
 * example text all end in a {@link Text} node), its computed size, and its colour against what is painted behind it,
 * with every see-through colour and opacity on the way composed as JavaFX draws them. Finds text below 24 px (18 pt),
 * under WCAG AA, cut short with "…", outside the window or on top of other text. JavaFX thread.
 */
public final class ScreenText {
    /** 18 pt at JavaFX's 96 px per inch. */
    public static final double MIN_TEXT_PX = 24;

    private ScreenText() {
    }

    /** One piece of drawn text. {@code shown} is its bounds in the scene, cut by any scrolling area around it. */
    public record Piece(Text node, String text, double sizePx, Color colour, Color behind, Bounds shown,
                        boolean inScrollArea) {
        public double contrast() {
            return Contrast.ratio(hex(colour), hex(behind));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "'%s' (%.1f px, %s on %s, %.2f:1)", shortened(text), sizePx,
                    hex(colour), hex(behind), contrast());
        }
    }

    /** The visible text of a laid-out scene. */
    public static List<Piece> pieces(Scene scene) {
        List<Piece> pieces = new ArrayList<>();
        collect(scene.getRoot(), pieces);
        return pieces;
    }

    /** Everything on the scene that breaks the app's rules for text, one line each; empty when the screen is fine. */
    public static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        List<Piece> pieces = pieces(scene);
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Piece p : pieces) {
            if (p.sizePx() < MIN_TEXT_PX - 0.01) {
                problems.add(p + " is smaller than 18 pt (24 px)");
            }
            if (!p.node().isDisabled() && p.contrast() < Contrast.AA_TEXT) {
                problems.add(p + " is under WCAG AA (4.5:1)");
            }
            if (!p.inScrollArea() && !inside(p.shown(), window)) {
                problems.add(p + " runs out of the " + (int) scene.getWidth() + "×" + (int) scene.getHeight()
                        + " window at " + p.shown());
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            for (int j = i + 1; j < pieces.size(); j++) {
                Bounds a = pieces.get(i).shown();
                Bounds b = pieces.get(j).shown();
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > 2 && h > 2) {
                    problems.add(pieces.get(i) + " overlaps " + pieces.get(j));
                }
            }
        }
        cutShortOrOutside(scene.getRoot(), window, problems);
        return problems;
    }

    private static void collect(Node node, List<Piece> pieces) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()
                && text.getFill() instanceof Color fill && fill.getOpacity() > 0) {
            Bounds shown = shownBounds(text);
            if (shown != null) {
                pieces.add(new Piece(text, text.getText(), text.getFont().getSize(), onScreen(text, fill),
                        onScreen(text, Color.TRANSPARENT), shown, clipped(text)));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, pieces);
            }
        }
    }

    /** Labels and buttons whose words do not all fit (JavaFX then ends them with "…"), and controls off the window. */
    private static void cutShortOrOutside(Node node, Bounds window, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String wanted = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "")
                    : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && !wanted.equals(text.getText())) {
                    problems.add("'" + shortened(wanted) + "' is cut short to '" + text.getText() + "'");
                }
            }
        }
        if (node instanceof Control control && !clipped(control)
                && !inside(control.localToScene(control.getLayoutBounds()), window)) {
            problems.add(control.getClass().getSimpleName() + " '" + (control instanceof Labeled l ? l.getText() : "")
                    + "' runs out of the window at " + control.localToScene(control.getLayoutBounds()));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                cutShortOrOutside(child, window, problems);
            }
        }
    }

    /** Its bounds in the scene cut by every clip around it (a list or scroll area); null when nothing shows. */
    private static Bounds shownBounds(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                double minX = Math.max(b.getMinX(), clip.getMinX());
                double minY = Math.max(b.getMinY(), clip.getMinY());
                double maxX = Math.min(b.getMaxX(), clip.getMaxX());
                double maxY = Math.min(b.getMaxY(), clip.getMaxY());
                if (maxX <= minX || maxY <= minY) {
                    return null;
                }
                b = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
            }
        }
        return b;
    }

    private static boolean clipped(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Bounds b, Bounds window) {
        return b.getMinX() >= window.getMinX() - 0.5 && b.getMinY() >= window.getMinY() - 0.5
                && b.getMaxX() <= window.getMaxX() + 0.5 && b.getMaxY() <= window.getMaxY() + 0.5;
    }

    /**
     * The colour seen where {@code owner} paints {@code paint}: composed "over" each background behind it on the way up
     * (premultiplied), each node's opacity applied to all it holds, and the scene's fill last.
     */
    static Color onScreen(Node owner, Color paint) {
        double a = paint.getOpacity();
        double r = paint.getRed() * a;
        double g = paint.getGreen() * a;
        double b = paint.getBlue() * a;
        for (Node n = owner; n != null; n = n.getParent()) {
            Color fill = n instanceof Region region && n != owner ? topFill(region) : null;
            if (fill != null) {
                double fa = fill.getOpacity() * (1 - a);
                r += fill.getRed() * fa;
                g += fill.getGreen() * fa;
                b += fill.getBlue() * fa;
                a += fa;
            }
            double o = n.getOpacity();
            r *= o;
            g *= o;
            b *= o;
            a *= o;
        }
        Paint sceneFill = owner.getScene() == null ? Color.WHITE : owner.getScene().getFill();
        Color under = sceneFill instanceof Color c ? c : Color.WHITE;
        double rest = 1 - a;
        return Color.color(clamp(r + under.getRed() * rest), clamp(g + under.getGreen() * rest),
                clamp(b + under.getBlue() * rest));
    }

    /** The last (topmost) background fill of a region, gradients averaged; null when it paints none. */
    private static Color topFill(Region region) {
        if (region.getBackground() == null) {
            return null;
        }
        List<BackgroundFill> fills = region.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            Paint p = fills.get(i).getFill();
            if (p instanceof Color c && c.getOpacity() > 0) {
                return c;
            }
            if (p instanceof LinearGradient gradient) {
                double r = 0;
                double g = 0;
                double b = 0;
                double a = 0;
                for (Stop s : gradient.getStops()) {
                    r += s.getColor().getRed();
                    g += s.getColor().getGreen();
                    b += s.getColor().getBlue();
                    a += s.getColor().getOpacity();
                }
                int n = gradient.getStops().size();
                return Color.color(r / n, g / n, b / n, a / n);
            }
        }
        return null;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static String shortened(String text) {
        String one = text.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
