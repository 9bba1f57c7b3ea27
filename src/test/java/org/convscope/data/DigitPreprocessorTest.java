package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.Rng;
import org.convscope.engine.Tensor;
import org.junit.jupiter.api.Test;

/** Drawings of any size, place and colour become the same MNIST-like input. */
class DigitPreprocessorTest {
    private static final int PAD = 280;

    /** A 7 with a crossbar, in a unit square (0..1), as pen strokes. */
    private static final double[][][] SEVEN = {
        {{0.1, 0.05}, {0.9, 0.05}, {0.6, 0.5}, {0.35, 0.98}},
        {{0.35, 0.5}, {0.8, 0.5}},
    };

    /** The digit drawn with its unit square at (left, top) with the given side; the pen scales with it. */
    private static GreyImage draw(double[][][] digit, double left, double top, double side) {
        List<Stroke> strokes = new ArrayList<>();
        for (double[][] line : digit) {
            List<Stroke.Point> points = new ArrayList<>();
            for (int i = 1; i < line.length; i++) {
                // Fine steps along each segment, as a mouse reports them.
                for (int s = 0; s <= 10; s++) {
                    double t = s / 10.0;
                    double x = line[i - 1][0] + t * (line[i][0] - line[i - 1][0]);
                    double y = line[i - 1][1] + t * (line[i][1] - line[i - 1][1]);
                    points.add(new Stroke.Point(left + x * side, top + y * side));
                }
            }
            strokes.add(new Stroke(points, side * 0.12));
        }
        return StrokeRenderer.render(strokes, PAD, PAD);
    }

    private static double meanAbsoluteDifference(Tensor a, Tensor b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += Math.abs(a.get(i) - b.get(i));
        }
        return sum / a.size();
    }

    @Test
    void aDigitDrawnSmallInACornerOrLargeOffCentreGivesTheSameInputAsDrawnCentred() {
        Tensor centred = DigitPreprocessor.preprocess(draw(SEVEN, 60, 60, 160)).input();
        Tensor smallInCorner = DigitPreprocessor.preprocess(draw(SEVEN, 8, 10, 50)).input();
        Tensor largeOffCentre = DigitPreprocessor.preprocess(draw(SEVEN, 55, 5, 220)).input();

        assertTrue(meanAbsoluteDifference(centred, smallInCorner) < 0.03,
                "small in a corner: " + meanAbsoluteDifference(centred, smallInCorner));
        assertTrue(meanAbsoluteDifference(centred, largeOffCentre) < 0.03,
                "large off-centre: " + meanAbsoluteDifference(centred, largeOffCentre));
    }

    @Test
    void theLongerSideBecomes20PixelsAndTheCentreOfMassTheCentre() {
        Preprocessed p = DigitPreprocessor.preprocess(draw(SEVEN, 60, 60, 160));
        assertEquals(20, Math.max(p.placedBox().width(), p.placedBox().height()), 1e-9);
        double mass = 0;
        double x = 0;
        double y = 0;
        for (int row = 0; row < 28; row++) {
            for (int col = 0; col < 28; col++) {
                double v = p.input().get(0, row, col);
                mass += v;
                x += v * (col + 0.5);
                y += v * (row + 0.5);
            }
        }
        assertEquals(14, x / mass, 0.1);
        assertEquals(14, y / mass, 0.1);
        assertTrue(p.darkInk());
        // The picture's bounding box, in its own pixels, holds the strokes (pen radius 9.6 around them).
        assertEquals(60 + 0.1 * 160 - 9.6, p.inkBox().x(), 2);
        assertEquals(60 + 0.9 * 160 + 9.6, p.inkBox().x() + p.inkBox().width(), 2);
        // A 7's ink sits high, so centring by mass moves it down from where its box centre would put it.
        assertTrue(p.shiftY() > 0.5, "shift " + p.shiftY());
    }

    @Test
    void greyLevelsAreKeptAndValuesStayInTheUnitRange() {
        Tensor input = DigitPreprocessor.preprocess(draw(SEVEN, 60, 60, 160)).input();
        int grey = 0;
        for (int i = 0; i < input.size(); i++) {
            double v = input.get(i);
            assertTrue(v >= 0 && v <= 1, "value " + v);
            if (v > 0.05 && v < 0.95) {
                grey++;
            }
        }
        assertTrue(grey > 20, "anti-aliased edges: " + grey + " grey pixels");
        assertEquals(0.0, input.get(0, 0, 0), "the corners are background");
    }

    @Test
    void lightInkOnDarkIsRecognisedAndGivesTheSameInput() {
        GreyImage drawing = draw(SEVEN, 60, 60, 160);
        Preprocessed normal = DigitPreprocessor.preprocess(drawing);
        Preprocessed inverted = DigitPreprocessor.preprocess(drawing.inverted());
        assertFalse(inverted.darkInk());
        assertEquals(0, meanAbsoluteDifference(normal.input(), inverted.input()), 1e-9);
    }

    @Test
    void greyPaperAndADimPenStillGiveTheDigit() {
        double[] values = draw(SEVEN, 60, 60, 160).values();
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.35 + 0.5 * values[i]; // paper at 0.85, ink at 0.35
        }
        Tensor dim = DigitPreprocessor.preprocess(new GreyImage(PAD, PAD, values)).input();
        Tensor clean = DigitPreprocessor.preprocess(draw(SEVEN, 60, 60, 160)).input();
        assertTrue(meanAbsoluteDifference(dim, clean) < 0.01, "" + meanAbsoluteDifference(dim, clean));
    }

    @Test
    void anEmptyOrNearlyEmptyDrawingIsNothingDrawn() {
        Preprocessed blank = DigitPreprocessor.preprocess(GreyImage.white(PAD, PAD));
        assertTrue(blank.empty());
        IllegalStateException e = assertThrows(IllegalStateException.class, blank::input);
        assertTrue(e.getMessage().startsWith("nothing drawn"), e.getMessage());

        GreyImage speck = StrokeRenderer.render(List.of(new Stroke(List.of(new Stroke.Point(100, 100)), 4)), PAD, PAD);
        assertTrue(DigitPreprocessor.preprocess(speck).empty(), "a tap of the pen is not a digit");
        assertTrue(DigitPreprocessor.preprocess(GreyImage.white(PAD, PAD).inverted()).empty(), "all black");

        double[] noise = new double[PAD * PAD];
        Rng rng = new Rng(1);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = 1 - 0.05 * rng.nextDouble();
        }
        assertTrue(DigitPreprocessor.preprocess(new GreyImage(PAD, PAD, noise)).empty(), "paper noise is not ink");
    }

    @Test
    void anMnistDigitIsAlreadyInShapeAndStaysAlmostTheSame() {
        // A 20x20 blob centred in 28x28 on black: the preprocessing of MNIST's own format.
        Tensor first = DigitPreprocessor.preprocess(draw(SEVEN, 60, 60, 160)).input();
        double[] asPicture = first.toArray();
        Tensor again = DigitPreprocessor.preprocess(new GreyImage(28, 28, asPicture)).input();
        assertTrue(meanAbsoluteDifference(first, again) < 0.02, "" + meanAbsoluteDifference(first, again));
    }
}
