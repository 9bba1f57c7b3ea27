package org.convscope.data;

/**
 * The pen-stroke templates of {@link DigitStyle}, in a box of about 1 x 1 (x right, y down,
 * angles clockwise from the right; see {@link TemplatePen}). Each template also varies its own
 * proportions (where a 4's crossbar sits, how big a 9's loop is, how far an 8's top loop is
 * closed), because those differ between writers more than any global slant or stretch can say.
 * The ranges come from comparing contact sheets with MNIST's digits: narrow 8s with small top
 * loops, 2s with short bases, 9s with short loops on long stems.
 */
final class DigitTemplates {
    private DigitTemplates() {
    }

    /** An oval written anticlockwise from the top; the end overshoots or falls short of the start. */
    static void zero(TemplatePen pen) {
        double start = pen.uniform(-130, -60);
        double roundness = pen.uniform(0.32, 0.5);
        pen.arc(0.5, 0.5, roundness, 0.5, start, start - 360 - pen.uniform(-15, 40), pen.uniform(0.93, 1.07));
    }

    /** A single bar, a little bent, often leaning further than the writer's other digits. */
    static void oneBar(TemplatePen pen) {
        double bend = pen.uniform(-0.06, 0.06);
        double lean = pen.uniform(-0.1, 0.3);
        pen.moveTo(0.5 + lean, 0).curveTo(0.5 + bend + lean / 3, 0.33, 0.5 + bend - lean / 3, 0.66, 0.5 - lean, 1);
    }

    /**
     * A bar with a short upstroke (flag) at the top. The flag stays short and at least 40 degrees
     * steep: a longer, flatter one, once slanted, is a 7's bar.
     */
    static void oneFlag(TemplatePen pen) {
        pen.moveTo(pen.uniform(0.33, 0.42), pen.uniform(0.18, 0.3)).lineTo(0.55, 0).lineTo(0.55, 1);
    }

    /** A flagged bar standing on a base line. */
    static void oneFlagAndBase(TemplatePen pen) {
        oneFlag(pen);
        double half = pen.uniform(0.22, 0.35);
        pen.moveTo(0.55 - half, 1).lineTo(0.55 + half, 1);
    }

    /** A hook at the top, a diagonal down to the left, a base to the right. */
    static void twoCurved(TemplatePen pen) {
        double bow = pen.uniform(-0.1, 0.15);
        pen.moveTo(0.1, pen.uniform(0.15, 0.35)).curveTo(0.15, -0.05, 0.85, -0.08, 0.85, 0.28)
                .curveTo(0.85 - bow, 0.5 + bow, 0.3, 0.75, 0.05, 1)
                .lineTo(baseEnd(pen), pen.uniform(0.93, 1.03));
    }

    /** Like {@link #twoCurved}, with a loop at the bottom left that crosses the diagonal before the base. */
    static void twoLooped(TemplatePen pen) {
        double loop = pen.uniform(0.16, 0.32);
        double crossX = pen.uniform(0.3, 0.45);
        double crossY = 1 - loop * 0.45;
        pen.moveTo(0.1, pen.uniform(0.15, 0.35)).curveTo(0.15, -0.05, 0.85, -0.08, 0.85, 0.28)
                .curveTo(0.85, 0.5, crossX + 0.15, crossY - 0.2, crossX, crossY)
                // Clockwise on screen from the lower right: bottom, left, top, and back down through the diagonal.
                .arc(crossX - loop * 0.45, crossY - loop * 0.05, loop * 0.5, loop * 0.45, 30, 380, 1)
                .curveTo(crossX + 0.05, crossY + loop * 0.3, crossX + 0.15, 1, baseEnd(pen), pen.uniform(0.93, 1.03));
    }

    /** Where a 2's base ends: many writers keep it short. */
    private static double baseEnd(TemplatePen pen) {
        return pen.uniform(0.45, 1);
    }

    /** A flat, Z-like 2. */
    static void twoFlatTop(TemplatePen pen) {
        pen.moveTo(0.08, 0.12).curveTo(0.4, -0.05, 0.9, 0, 0.8, 0.3).lineTo(0.05, 1).lineTo(baseEnd(pen), 1);
    }

    /** Two bumps on the right, meeting in the middle. */
    static void threeRound(TemplatePen pen) {
        double middleY = pen.uniform(0.38, 0.52);
        double middleX = pen.uniform(0.25, 0.5);
        pen.moveTo(0.12, 0.15).curveTo(0.35, -0.05, 0.9, 0, 0.8, middleY * 0.5)
                .curveTo(0.75, middleY - 0.06, middleX + 0.12, middleY, middleX, middleY)
                .curveTo(0.75, middleY, 0.95, (middleY + 1) / 2 + 0.05, 0.85, 0.82)
                .curveTo(0.75, 1.02, 0.3, 1.02, 0.08, 0.85);
    }

    /** A flat top, a diagonal down to the middle, then the lower bump. */
    static void threeFlatTop(TemplatePen pen) {
        double middleY = pen.uniform(0.36, 0.48);
        pen.moveTo(0.1, 0.02).lineTo(0.85, 0.02).lineTo(0.4, middleY)
                .curveTo(0.75, middleY - 0.02, 0.95, 0.65, 0.85, 0.82)
                .curveTo(0.75, 1.02, 0.3, 1.02, 0.08, 0.85);
    }

    /** An L-shape (the open top) and a separate stem crossing its bar. */
    static void fourOpen(TemplatePen pen) {
        double bar = pen.uniform(0.5, 0.72);
        double stem = pen.uniform(0.6, 0.8);
        pen.moveTo(pen.uniform(0.05, 0.3), 0).lineTo(0.06, bar).lineTo(pen.uniform(0.85, 1), bar)
                .moveTo(stem, pen.uniform(0, 0.15)).lineTo(stem, 1);
    }

    /** A triangle (diagonal and bar) and a stem from the diagonal's top. */
    static void fourClosed(TemplatePen pen) {
        double bar = pen.uniform(0.55, 0.75);
        double stem = pen.uniform(0.6, 0.75);
        pen.moveTo(stem - 0.05, 0).lineTo(0.02, bar).lineTo(pen.uniform(0.85, 1), bar)
                .moveTo(stem, 0.02).lineTo(stem, 1);
    }

    /** Stem and belly in one stroke, then the top bar as a second. */
    static void fiveTwoStrokes(TemplatePen pen) {
        pen.moveTo(0.22, 0.02);
        fiveBelly(pen, pen.uniform(0.35, 0.5));
        pen.moveTo(0.22, 0.02).lineTo(pen.uniform(0.65, 0.95), 0);
    }

    /** Top bar right to left, down the stem and round the belly without lifting the pen. */
    static void fiveOneStroke(TemplatePen pen) {
        pen.moveTo(pen.uniform(0.65, 0.95), 0).lineTo(0.22, 0.02);
        fiveBelly(pen, pen.uniform(0.35, 0.5));
    }

    /** From the top of the stem: down to {@code stemEnd}, then the belly round to the lower left. */
    private static void fiveBelly(TemplatePen pen, double stemEnd) {
        pen.lineTo(0.15, stemEnd)
                .curveTo(0.45, stemEnd - 0.15, 0.95, stemEnd - 0.05, 0.9, 0.7)
                .curveTo(0.85, 1.02, 0.3, 1.05, pen.uniform(0.02, 0.15), pen.uniform(0.78, 0.9));
    }

    /** A curved upstroke sweeping down the left into a closed loop at the bottom. */
    static void sixCurved(TemplatePen pen) {
        double loopTop = pen.uniform(0.38, 0.6);
        pen.moveTo(pen.uniform(0.55, 0.8), 0).curveTo(0.35, 0.05, 0.1, 0.35, 0.12, 0.7);
        sixLoop(pen, loopTop);
    }

    /** A straight diagonal upstroke into the loop. */
    static void sixStraight(TemplatePen pen) {
        double loopTop = pen.uniform(0.38, 0.6);
        pen.moveTo(pen.uniform(0.5, 0.75), 0).lineTo(0.15, 0.65);
        sixLoop(pen, loopTop);
    }

    /** From the bottom of the upstroke: the loop, closing where the upstroke met it. */
    private static void sixLoop(TemplatePen pen, double loopTop) {
        pen.curveTo(0.12, 1.02, 0.8, 1.05, 0.85, (loopTop + 1) / 2 + 0.05)
                .curveTo(0.88, loopTop - 0.05, 0.3, loopTop - 0.05, 0.14, 0.68);
    }

    /** A top bar and a long stem down to the left. */
    static void sevenPlain(TemplatePen pen) {
        sevenStem(pen.moveTo(pen.uniform(0.02, 0.3), 0.02));
    }

    /** A 7 with a short crossbar through the middle of the stem. */
    static void sevenCrossed(TemplatePen pen) {
        sevenStem(pen.moveTo(pen.uniform(0.02, 0.2), 0.02));
        double y = pen.uniform(0.45, 0.6);
        pen.moveTo(0.4, y).lineTo(0.9, y);
    }

    /** A 7 whose bar starts with a short downward tick at the left. */
    static void sevenHooked(TemplatePen pen) {
        pen.moveTo(0.05, pen.uniform(0.12, 0.25));
        sevenStem(pen.lineTo(0.05, 0.02));
    }

    /** From the bar's left end: the bar to the right, then the stem down to the left. */
    private static void sevenStem(TemplatePen pen) {
        double foot = pen.uniform(0.2, 0.5);
        double bow = pen.uniform(-0.1, 0.1);
        pen.lineTo(0.95, 0).curveTo(0.7 + bow, 0.35, 0.45 + bow, 0.7, foot, 1);
    }

    /**
     * One stroke: from the top right over the top loop, an S down across the middle, round the
     * bottom loop and back up; many writers stop before closing the top loop.
     */
    static void eightOneStroke(TemplatePen pen) {
        double waist = pen.uniform(0.38, 0.52);
        double top = pen.uniform(0.18, 0.38);
        double bottom = pen.uniform(0.28, 0.48);
        double endX = pen.chance(0.5) ? 0.5 + top : pen.uniform(0.45, 0.5 + top);
        eightS(pen, waist, top, bottom)
                .curveTo(0.5 - bottom, waist + 0.1, 0.5 + top * 1.1, waist - 0.05, endX, 0.15);
    }

    /** The S of an 8 closed by a straight line from the bottom left back up to where it began. */
    static void eightSAndLine(TemplatePen pen) {
        double waist = pen.uniform(0.38, 0.52);
        double top = pen.uniform(0.18, 0.35);
        double bottom = pen.uniform(0.28, 0.48);
        eightS(pen, waist, top, bottom).lineTo(0.5 + top * pen.uniform(0.6, 1.2), pen.uniform(0.05, 0.2));
    }

    /** From the top right: over the top to the left, down across the waist and round the bottom to the left. */
    private static TemplatePen eightS(TemplatePen pen, double waist, double top, double bottom) {
        return pen.moveTo(0.5 + top, 0.15).curveTo(0.5 + top * 0.6, -0.05, 0.5 - top * 1.2, 0, 0.5 - top, waist * 0.45)
                .curveTo(0.5 - top * 0.8, waist + 0.05, 0.5 + bottom * 1.1, waist + 0.1, 0.5 + bottom, 0.78)
                .curveTo(0.5 + bottom * 0.9, 1.02, 0.5 - bottom * 1.1, 1.02, 0.5 - bottom, 0.78);
    }

    /** A small loop on a bigger one, each drawn as a closed oval. */
    static void eightTwoLoops(TemplatePen pen) {
        double waist = pen.uniform(0.4, 0.52);
        double top = pen.uniform(0.18, 0.35);
        double bottom = pen.uniform(0.28, 0.45);
        pen.arc(0.5, waist / 2, top, waist / 2, 90, 90 + 360, 1).lift()
                .arc(0.5, (waist + 1) / 2, bottom, (1 - waist) / 2, -90, -90 - 360, 1);
    }

    /** A loop at the top, written anticlockwise, and a straight stem down from its right side. */
    static void nineStraight(TemplatePen pen) {
        double loop = nineLoop(pen);
        pen.lineTo(0.45 + loop * 0.9, 1);
    }

    /** The loop and a stem that curves to the left at the bottom. */
    static void nineCurved(TemplatePen pen) {
        double loop = nineLoop(pen);
        pen.curveTo(0.45 + loop, 0.7, 0.7, 1, 0.35, 0.95);
    }

    /** Draws the 9's loop and returns its horizontal radius. */
    private static double nineLoop(TemplatePen pen) {
        double rx = pen.uniform(0.25, 0.4);
        double ry = pen.uniform(0.15, 0.3);
        pen.arc(0.45, ry, rx, ry, -10, -370, 1);
        return rx;
    }
}
