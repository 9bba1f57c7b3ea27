package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.convscope.engine.Presets;
import org.convscope.engine.Tensor;
import org.junit.jupiter.api.Test;

class SyntheticDigitsTest {

    @Test
    void theSameSeedGivesTheSameDigitsAndAnotherSeedOthers() {
        Dataset first = SyntheticDigits.dataset(60, 7);
        Dataset again = SyntheticDigits.dataset(60, 7);
        Dataset other = SyntheticDigits.dataset(60, 8);

        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.input(i).toArray(), again.input(i).toArray(), "digit " + i);
            assertTrue(distance(first.input(i), other.input(i)) > 1, "digit " + i + " of seeds 7 and 8");
        }
    }

    @Test
    void aDigitDoesNotDependOnTheOthersOrTheirOrder() {
        // The set is made in parallel; digit 37 made alone, later, must be the same digit.
        Dataset set = SyntheticDigits.dataset(40, 3);
        Tensor alone = SyntheticDigits.input(37, 3);

        for (int p = 0; p < alone.size(); p++) {
            assertEquals(alone.get(p), set.input(37).get(p), 0.5 / 255, "pixel " + p);
        }
        assertEquals(SyntheticDigits.drawing(37, 3), SyntheticDigits.drawing(37, 3));
    }

    @Test
    void classesTakeTurnsSoEverySetOfTenIsBalanced() {
        Dataset set = SyntheticDigits.dataset(1000, 1);

        int[] counts = new int[10];
        for (int i = 0; i < set.size(); i++) {
            assertEquals(i % 10, set.label(i));
            counts[set.label(i)]++;
        }
        for (int c = 0; c < 10; c++) {
            assertEquals(100, counts[c], "class " + c);
        }
        assertEquals(Presets.DIGIT, set.inputShape());
        assertEquals(10, set.classes());
        assertEquals("synthetic digits (seed 1) 0-999", set.description());
    }

    @Test
    void everyStyleDrawsACentredDigitOfNormalSize() {
        Map<DigitStyle, Integer> found = new EnumMap<>(DigitStyle.class);
        for (int i = 0; found.size() < DigitStyle.values().length && i < 2000; i++) {
            SyntheticDigits.Drawing drawing = SyntheticDigits.drawing(i, 5);
            DigitStyle style = DigitStyle.valueOf(drawing.style());
            assertEquals(style.digit(), drawing.label());
            found.putIfAbsent(style, i);
        }
        assertEquals(DigitStyle.values().length, found.size(), "styles drawn in 2000 digits: " + found.keySet());

        for (Map.Entry<DigitStyle, Integer> entry : found.entrySet()) {
            double[] ink = SyntheticDigits.input(entry.getValue(), 5).toArray();
            double mass = 0;
            double sumX = 0;
            double sumY = 0;
            for (int p = 0; p < ink.length; p++) {
                assertTrue(ink[p] >= 0 && ink[p] <= 1, entry.getKey() + " pixel " + p + " = " + ink[p]);
                mass += ink[p];
                sumX += ink[p] * (p % 28 + 0.5);
                sumY += ink[p] * (p / 28 + 0.5);
            }
            // MNIST digits hold about 100 pixels' worth of ink (a thin 1 some 40, a thick 8 some 200).
            assertTrue(mass > 25 && mass < 300, entry.getKey() + " ink " + mass);
            assertEquals(14, sumX / mass, 0.6, entry.getKey() + " centre x");
            assertEquals(14, sumY / mass, 0.6, entry.getKey() + " centre y");
        }
    }

    @Test
    void digitsOfOneClassVary() {
        Tensor first = SyntheticDigits.input(3, 11);
        for (int k = 1; k < 20; k++) {
            assertTrue(distance(first, SyntheticDigits.input(3 + 10 * k, 11)) > 1, "3 number " + k);
        }
    }

    @Test
    void drawingsAreStrokesOnTheCanvasWithAPenOfSensibleWidth() {
        for (int i = 0; i < 50; i++) {
            SyntheticDigits.Drawing drawing = SyntheticDigits.drawing(i, 2);
            assertFalse(drawing.strokes().isEmpty());
            for (Stroke stroke : drawing.strokes()) {
                assertTrue(stroke.width() > 1 && stroke.width() < SyntheticDigits.CANVAS / 4.0, "width " + stroke.width());
                for (Stroke.Point p : stroke.points()) {
                    assertTrue(p.x() >= 0 && p.x() <= SyntheticDigits.CANVAS && p.y() >= 0
                            && p.y() <= SyntheticDigits.CANVAS, drawing.style() + " point " + p);
                }
            }
            assertFalse(DigitPreprocessor.preprocess(drawing.render()).empty());
        }
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticDigits.dataset(-1, 1));
        assertEquals(0, SyntheticDigits.dataset(0, 1).size());
    }

    /** Euclidean distance between two inputs. */
    static double distance(Tensor a, Tensor b) {
        double sum = 0;
        for (int p = 0; p < a.size(); p++) {
            double d = a.get(p) - b.get(p);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
