package org.convscope.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The ways people write each digit; {@link DigitTemplates} draws the strokes of each. A digit has
 * several styles, each with a weight saying how often it is picked: the weights follow what
 * MNIST's writers do (a plain bar is the usual 1, a serif base is rare) while keeping every style
 * common enough to be learnt.
 *
 * <p>Templates describe shape only. Slant, rotation, width, pen size and elastic wobble are added
 * afterwards, the same for every style, by {@link Handwriting}.
 */
enum DigitStyle {
    ZERO_OVAL(0, 1, Loops.CLOSED, DigitTemplates::zero),

    ONE_BAR(1, 5, Loops.NONE, DigitTemplates::oneBar),
    ONE_FLAG(1, 2, Loops.NONE, DigitTemplates::oneFlag),
    ONE_FLAG_AND_BASE(1, 1, Loops.NONE, DigitTemplates::oneFlagAndBase),

    TWO_CURVED(2, 3, Loops.NONE, DigitTemplates::twoCurved),
    TWO_LOOPED(2, 2, Loops.CLOSED, DigitTemplates::twoLooped),
    TWO_FLAT_TOP(2, 1, Loops.NONE, DigitTemplates::twoFlatTop),

    THREE_ROUND(3, 3, Loops.NONE, DigitTemplates::threeRound),
    THREE_FLAT_TOP(3, 1, Loops.NONE, DigitTemplates::threeFlatTop),

    FOUR_OPEN(4, 3, Loops.NONE, DigitTemplates::fourOpen),
    FOUR_CLOSED(4, 2, Loops.CLOSED, DigitTemplates::fourClosed),

    FIVE_TWO_STROKES(5, 3, Loops.NONE, DigitTemplates::fiveTwoStrokes),
    FIVE_ONE_STROKE(5, 2, Loops.NONE, DigitTemplates::fiveOneStroke),

    SIX_CURVED(6, 3, Loops.CLOSED, DigitTemplates::sixCurved),
    SIX_STRAIGHT(6, 2, Loops.CLOSED, DigitTemplates::sixStraight),

    SEVEN_PLAIN(7, 4, Loops.NONE, DigitTemplates::sevenPlain),
    SEVEN_CROSSED(7, 2, Loops.NONE, DigitTemplates::sevenCrossed),
    SEVEN_HOOKED(7, 1, Loops.NONE, DigitTemplates::sevenHooked),

    EIGHT_ONE_STROKE(8, 3, Loops.CLOSED, DigitTemplates::eightOneStroke),
    EIGHT_S_AND_LINE(8, 2, Loops.CLOSED, DigitTemplates::eightSAndLine),
    EIGHT_TWO_LOOPS(8, 2, Loops.CLOSED, DigitTemplates::eightTwoLoops),

    NINE_STRAIGHT(9, 3, Loops.CLOSED, DigitTemplates::nineStraight),
    NINE_CURVED(9, 2, Loops.CLOSED, DigitTemplates::nineCurved);

    /** Whether a style encloses space that a too thick pen would fill in. */
    enum Loops { NONE, CLOSED }

    private final int digit;
    private final int weight;
    private final Loops loops;
    private final Consumer<TemplatePen> template;

    DigitStyle(int digit, int weight, Loops loops, Consumer<TemplatePen> template) {
        this.digit = digit;
        this.weight = weight;
        this.loops = loops;
        this.template = template;
    }

    /** The digit this style writes. */
    int digit() {
        return digit;
    }

    /** True when the style has loops (a 0, a closed 4, an 8 ...) that must stay open to be read. */
    boolean hasLoops() {
        return loops == Loops.CLOSED;
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
