package org.convscope.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The ways people write each digit, as pen-stroke templates in a box of about 1 x 1 (x right,
 * y down; see {@link TemplatePen}). A digit has several styles, each with a weight saying how
 * often it is picked; the weights follow what MNIST's writers do (a plain bar is the usual 1, a
 * serif base is rare) while keeping every style common enough to be learnt.
 *
 * <p>Templates describe shape only. Slant, rotation, width, pen size and elastic wobble are added
 * afterwards, the same for every style, by {@link Handwriting}.
 */
enum DigitStyle {
    ZERO_OVAL(0, 1, pen -> {
        // Written anticlockwise from the top; the end overshoots or falls short of the start.
        double start = pen.uniform(-130, -60);
        pen.arc(0.5, 0.5, pen.uniform(0.3, 0.48), 0.5, start, start - 360 - pen.uniform(-15, 40),
                pen.uniform(0.93, 1.07));
    }),

    ONE_BAR(1, 5, pen -> pen.moveTo(0.5, 0).curveTo(0.5, 0.33, 0.5, 0.66, 0.5, 1)),
    ONE_FLAG(1, 2, pen -> pen.moveTo(0.22, 0.25).lineTo(0.55, 0).lineTo(0.55, 1)),
    ONE_FLAG_AND_BASE(1, 1, pen -> pen.moveTo(0.22, 0.22).lineTo(0.55, 0).lineTo(0.55, 1)
            .moveTo(0.2, 1).lineTo(0.9, 1)),

    TWO_CURVED(2, 3, pen -> pen.moveTo(0.1, 0.25).curveTo(0.15, -0.05, 0.85, -0.08, 0.85, 0.28)
            .curveTo(0.85, 0.5, 0.3, 0.75, 0.05, 1).lineTo(0.95, 0.98)),
    TWO_LOOPED(2, 2, pen -> pen.moveTo(0.1, 0.25).curveTo(0.15, -0.05, 0.85, -0.08, 0.85, 0.28)
            .curveTo(0.85, 0.52, 0.45, 0.7, 0.27, 0.84)
            // A small loop at the bottom left, crossing the downstroke, before the base.
            .curveTo(0.18, 0.93, 0.04, 1, 0.02, 0.86)
            .curveTo(0.01, 0.72, 0.2, 0.7, 0.26, 0.8)
            .curveTo(0.31, 0.9, 0.33, 0.98, 0.48, 0.97)
            .lineTo(0.95, 0.96)),
    TWO_FLAT_TOP(2, 1, pen -> pen.moveTo(0.08, 0.12).curveTo(0.4, -0.05, 0.9, 0.0, 0.8, 0.3)
            .lineTo(0.05, 1).lineTo(0.95, 1)),

    THREE_ROUND(3, 3, pen -> pen.moveTo(0.12, 0.15).curveTo(0.35, -0.05, 0.9, 0.0, 0.8, 0.25)
            .curveTo(0.75, 0.42, 0.5, 0.47, 0.38, 0.48)
            .curveTo(0.75, 0.48, 0.95, 0.65, 0.85, 0.82)
            .curveTo(0.75, 1.02, 0.3, 1.02, 0.08, 0.85)),
    THREE_FLAT_TOP(3, 1, pen -> pen.moveTo(0.1, 0.02).lineTo(0.85, 0.02).lineTo(0.4, 0.42)
            .curveTo(0.75, 0.4, 0.95, 0.65, 0.85, 0.82)
            .curveTo(0.75, 1.02, 0.3, 1.02, 0.08, 0.85)),

    FOUR_OPEN(4, 3, pen -> pen.moveTo(0.2, 0).lineTo(0.06, 0.6).lineTo(0.95, 0.6)
            .moveTo(0.72, 0.05).lineTo(0.72, 1)),
    FOUR_CLOSED(4, 2, pen -> pen.moveTo(0.62, 0).lineTo(0.02, 0.66).lineTo(0.95, 0.66)
            .moveTo(0.68, 0.02).lineTo(0.68, 1)),

    FIVE_TWO_STROKES(5, 3, pen -> pen.moveTo(0.22, 0.02).lineTo(0.15, 0.45)
            .curveTo(0.45, 0.3, 0.95, 0.4, 0.9, 0.7)
            .curveTo(0.85, 1.02, 0.3, 1.05, 0.08, 0.85)
            .moveTo(0.22, 0.02).lineTo(0.9, 0)),
    FIVE_ONE_STROKE(5, 2, pen -> pen.moveTo(0.9, 0).lineTo(0.22, 0.02).lineTo(0.15, 0.45)
            .curveTo(0.45, 0.3, 0.95, 0.4, 0.9, 0.7)
            .curveTo(0.85, 1.02, 0.3, 1.05, 0.08, 0.85)),

    SIX_CURVED(6, 3, pen -> pen.moveTo(0.8, 0.05).curveTo(0.4, 0, 0.1, 0.4, 0.12, 0.7)
            .curveTo(0.15, 1.02, 0.8, 1.05, 0.85, 0.72)
            .curveTo(0.88, 0.45, 0.3, 0.4, 0.14, 0.68)),
    SIX_STRAIGHT(6, 2, pen -> pen.moveTo(0.65, 0).lineTo(0.15, 0.65)
            .curveTo(0.1, 1.02, 0.8, 1.05, 0.85, 0.72)
            .curveTo(0.88, 0.45, 0.3, 0.4, 0.15, 0.68)),

    SEVEN_PLAIN(7, 4, pen -> pen.moveTo(0.05, 0.02).lineTo(0.95, 0).curveTo(0.7, 0.35, 0.45, 0.7, 0.4, 1)),
    SEVEN_CROSSED(7, 2, pen -> pen.moveTo(0.05, 0.02).lineTo(0.95, 0).curveTo(0.7, 0.35, 0.45, 0.7, 0.4, 1)
            .moveTo(0.42, 0.5).lineTo(0.9, 0.5)),
    SEVEN_HOOKED(7, 1, pen -> pen.moveTo(0.05, 0.18).lineTo(0.05, 0.02).lineTo(0.95, 0)
            .curveTo(0.7, 0.35, 0.45, 0.7, 0.4, 1)),

    EIGHT_ONE_STROKE(8, 3, pen -> pen.moveTo(0.8, 0.15).curveTo(0.7, -0.05, 0.15, 0, 0.2, 0.22)
            .curveTo(0.25, 0.45, 0.9, 0.55, 0.88, 0.78)
            .curveTo(0.85, 1.02, 0.15, 1.02, 0.12, 0.78)
            .curveTo(0.1, 0.55, 0.85, 0.4, 0.8, 0.15)),
    EIGHT_TWO_LOOPS(8, 2, pen -> pen.arc(0.5, 0.25, 0.3, 0.25, 90, 90 + 360, 1).lift()
            .arc(0.5, 0.72, 0.38, 0.28, -90, -90 - 360, 1)),

    NINE_STRAIGHT(9, 3, pen -> pen.arc(0.45, 0.27, 0.35, 0.27, -10, -370, 1).lineTo(0.78, 1)),
    NINE_CURVED(9, 2, pen -> pen.arc(0.45, 0.27, 0.35, 0.27, -10, -370, 1)
            .curveTo(0.8, 0.7, 0.7, 1, 0.35, 0.95));

    private final int digit;
    private final int weight;
    private final Consumer<TemplatePen> template;

    DigitStyle(int digit, int weight, Consumer<TemplatePen> template) {
        this.digit = digit;
        this.weight = weight;
        this.template = template;
    }

    /** The digit this style writes. */
    int digit() {
        return digit;
    }

    /** Draws this style's strokes with {@code pen}. */
    void draw(TemplatePen pen) {
        template.accept(pen);
    }

    /** Styles of {@code digit}, each repeated by its weight, so a uniform pick follows the weights. */
    static List<DigitStyle> weighted(int digit) {
        List<DigitStyle> styles = new ArrayList<>();
        for (DigitStyle style : values()) {
            if (style.digit == digit) {
                styles.addAll(Collections.nCopies(style.weight, style));
            }
        }
        return List.copyOf(styles);
    }
}
