package org.mirrorhand.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a JavaFX stylesheet (or inline styles in Java source) so a test can hold it to the app's rules: no text below
 * 18 pt, and every text colour at WCAG AA against what it sits on. Shared by the stylesheet tests of each screen
 * family. Pure; any thread.
 */
public final class StylesheetRules {
    public static final double MIN_TEXT_PT = 18;
    /** JavaFX CSS px are 1/96 inch and pt 1/72 inch, as in browsers: 18 pt is 24 px. */
    public static final double PT_PER_PX = 0.75;

    private static final Pattern SIZE = Pattern.compile("([0-9]*\\.?[0-9]+)\\s*(pt|px|em|%)?");
    private static final Pattern INLINE_SIZE = Pattern.compile("font-size:\\s*([0-9]*\\.?[0-9]+\\s*[a-z%]*)");

    private StylesheetRules() {
    }

    /** One rule: a selector (commas kept) and its declarations in order. */
    public record Rule(String selector, Map<String, String> declarations) {
        String get(String property) {
            return declarations.get(property);
        }
    }

    public static String read(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no stylesheet " + name + " beside " + near.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Rule> parse(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<Rule> rules = new ArrayList<>();
        for (String chunk : text.split("}")) {
            int brace = chunk.indexOf('{');
            if (brace < 0) {
                continue;
            }
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String declaration : chunk.substring(brace + 1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.put(declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            declaration.substring(colon + 1).trim());
                }
            }
            rules.add(new Rule(chunk.substring(0, brace).trim().replaceAll("\\s+", " "), declarations));
        }
        return rules;
    }

    /** A CSS length in points: pt as is, px (and JavaFX's bare numbers) at 0.75 pt each. Relative sizes are refused. */
    public static double points(String size) {
        Matcher m = SIZE.matcher(size.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + size);
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        return switch (unit) {
            case "pt" -> value;
            case "px" -> value * PT_PER_PX;
            default -> throw new IllegalArgumentException(size + " is relative: give text sizes in pt so they can be"
                    + " checked");
        };
    }

    /** Every text size the rules set, as "selector { declaration }" to points. */
    public static Map<String, Double> fontSizes(List<Rule> rules) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        for (Rule rule : rules) {
            rule.declarations().forEach((property, value) -> {
                if (property.endsWith("font-size")) {
                    sizes.put(rule.selector() + " { " + property + ": " + value + " }", points(value));
                } else if (property.equals("-fx-font")) {
                    Matcher m = Pattern.compile("([0-9]*\\.?[0-9]+)(pt|px)").matcher(value);
                    if (!m.find()) {
                        throw new IllegalArgumentException(rule.selector() + ": -fx-font without a size: " + value);
                    }
                    sizes.put(rule.selector() + " { -fx-font: " + value + " }", points(m.group()));
                }
            });
        }
        return sizes;
    }

    /** The text sizes set by inline styles ("-fx-font-size: …" in string literals) in the Java files under a folder. */
    public static Map<String, Double> inlineFontSizes(Path sourceFolder) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(sourceFolder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = INLINE_SIZE.matcher(lines.get(i));
                    while (m.find()) {
                        sizes.put(file.getFileName() + ":" + (i + 1) + " " + m.group(), points(m.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    /** The sizes below 18 pt, each with where it is set. */
    public static List<String> below18pt(Map<String, Double> sizes) {
        return sizes.entrySet().stream().filter(e -> e.getValue() < MIN_TEXT_PT - 1e-9)
                .map(e -> e.getKey() + " is " + e.getValue() + " pt, below 18 pt").toList();
    }

    /**
     * Every text colour (-fx-text-fill, -fx-fill) under WCAG AA against what it sits on: the rule's own background
     * when it sets one, otherwise each of the given surfaces. Colours given by name of a look-up (ladders, rgba) cannot
     * be judged here and are left to the rendered-screen check.
     */
    public static List<String> contrastFailures(List<Rule> rules, List<String> surfaces) {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules) {
            for (String property : List.of("-fx-text-fill", "-fx-fill")) {
                String text = rule.get(property) == null ? null : hex(rule.get(property));
                if (text == null) {
                    continue;
                }
                String own = rule.get("-fx-background-color") == null ? null
                        : hex(lastLayer(rule.get("-fx-background-color")));
                for (String background : own != null ? List.of(own) : surfaces) {
                    double ratio = Contrast.ratio(text, background);
                    if (ratio < Contrast.AA_TEXT) {
                        failures.add(String.format(Locale.ROOT, "%s { %s: %s } on %s is only %.2f:1", rule.selector(),
                                property, text, background, ratio));
                    }
                }
            }
        }
        return failures;
    }

    /** How many text colours the rules set that {@link #contrastFailures} can judge. */
    public static int judgedTextColours(List<Rule> rules) {
        int n = 0;
        for (Rule rule : rules) {
            for (String property : List.of("-fx-text-fill", "-fx-fill")) {
                n += rule.get(property) != null && hex(rule.get(property)) != null ? 1 : 0;
            }
        }
        return n;
    }

    private static String lastLayer(String backgrounds) {
        String[] layers = backgrounds.split(",(?![^(]*\\))");
        return layers[layers.length - 1].trim();
    }

    /** "#RRGGBB" for a plain colour, or null for a look-up, gradient or see-through colour. */
    static String hex(String colour) {
        String c = colour.trim().toLowerCase(Locale.ROOT);
        if (c.matches("#[0-9a-f]{6}")) {
            return c;
        }
        if (c.matches("#[0-9a-f]{3}")) {
            return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        return switch (c) {
            case "white" -> "#ffffff";
            case "black" -> "#000000";
            default -> null;
        };
    }
}
