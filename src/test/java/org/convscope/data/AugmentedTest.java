package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convscope.engine.Examples;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.junit.jupiter.api.Test;

class AugmentedTest {
    private static final int SIDE = 28;

    @Test
    void variantsDependOnlyOnSeedEpochAndIndex() {
        Dataset digits = SyntheticDigits.dataset(20, 1);
        Augmented augmented = Augmented.of(digits, 5);

        for (int i = 0; i < digits.size(); i++) {
            double[] variant = augmented.input(i).toArray();
            assertArrayEquals(variant, Augmented.of(digits, 5).input(i).toArray(), "same seed, digit " + i);
            assertArrayEquals(variant, augmented.forEpoch(1).input(i).toArray(), "epoch 1 is the first");
            assertTrue(distance(variant, augmented.forEpoch(2).input(i).toArray()) > 0.5, "next epoch, digit " + i);
            assertTrue(distance(variant, Augmented.of(digits, 6).input(i).toArray()) > 0.5, "other seed, digit " + i);
            assertTrue(distance(variant, digits.input(i).toArray()) > 0.5, "the variant differs from the digit " + i);
            assertEquals(digits.label(i), augmented.label(i));
        }
        assertEquals(digits.size(), augmented.size());
        assertEquals(7, augmented.forEpoch(7).epoch());
    }

    @Test
    void variantsAreDigitSizedImagesOfInkInZeroToOne() {
        Dataset digits = SyntheticDigits.dataset(50, 2);
        Augmented augmented = Augmented.of(digits, 3);

        for (int i = 0; i < digits.size(); i++) {
            Tensor variant = augmented.input(i);
            assertEquals(Presets.DIGIT, variant.shape());
            double before = sum(digits.input(i).toArray());
            double after = 0;
            for (int p = 0; p < variant.size(); p++) {
                assertTrue(variant.get(p) >= 0 && variant.get(p) <= 1, "digit " + i + " pixel " + p);
                after += variant.get(p);
            }
            // Scale and thickness change the amount of ink, but a digit stays a digit.
            assertTrue(after > 0.4 * before && after < 2.5 * before, "ink " + before + " became " + after);
        }
    }

    @Test
    void copyInputGivesWhatInputGivesAndLeavesTheSourceAlone() {
        Dataset digits = SyntheticDigits.dataset(5, 4);
        double[] original = digits.input(3).toArray();
        Augmented augmented = Augmented.of(digits, 8).forEpoch(3);

        double[] copied = new double[SIDE * SIDE];
        augmented.copyInput(3, copied);

        assertArrayEquals(augmented.input(3).toArray(), copied);
        assertArrayEquals(original, digits.input(3).toArray());
    }

    @Test
    void shiftsMoveTheInkAndRotationsTurnIt() {
        // A horizontal bar through the centre: its centre of mass shows shifts, its axis rotations.
        double[] bar = new double[SIDE * SIDE];
        for (int x = 6; x < 22; x++) {
            bar[13 * SIDE + x] = 1;
            bar[14 * SIDE + x] = 1;
        }
        double[] variant = new double[bar.length];
        double largestShift = 0;
        double largestTurn = 0;
        for (int k = 0; k < 200; k++) {
            Augmentation.apply(bar, variant, SIDE, SIDE, new Rng(k));
            double[] moments = moments(variant);
            largestShift = Math.max(largestShift, Math.hypot(moments[0] - 14, moments[1] - 14));
            largestTurn = Math.max(largestTurn, Math.abs(moments[2]));
        }
        assertTrue(largestShift > 1 && largestShift < 4, "largest shift " + largestShift);
        // Rotation up to 15 degrees, slant adds a little, wobble some more.
        assertTrue(largestTurn > 8 && largestTurn < 30, "largest turn " + largestTurn + " degrees");
    }

    @Test
    void concurrentReadsGetTheSameVariantsAsOneThread() throws Exception {
        Dataset digits = SyntheticDigits.dataset(200, 6);
        Augmented augmented = Augmented.of(digits, 9).forEpoch(2);
        List<double[]> expected = new ArrayList<>();
        for (int i = 0; i < digits.size(); i++) {
            expected.add(augmented.input(i).toArray());
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    double[] buffer = new double[SIDE * SIDE];
                    for (int n = 0; n < digits.size(); n++) {
                        int i = (n * 7 + offset * 50) % digits.size();
                        augmented.copyInput(i, buffer);
                        assertArrayEquals(expected.get(i), buffer, "digit " + i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void onlyOneChannelImagesCanBeAugmented() {
        Examples vectors = new Examples() {
            @Override
            public int size() {
                return 1;
            }

            @Override
            public Tensor input(int index) {
                return Tensor.zeros(Shape.of(3, 4, 4));
            }

            @Override
            public int label(int index) {
                return 0;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> Augmented.of(vectors, 1));
    }

    /** Centre of mass x, y and the angle of the ink's main axis in degrees (0 = horizontal). */
    private static double[] moments(double[] ink) {
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int p = 0; p < ink.length; p++) {
            mass += ink[p];
            mx += ink[p] * (p % SIDE + 0.5);
            my += ink[p] * (p / SIDE + 0.5);
        }
        mx /= mass;
        my /= mass;
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (int p = 0; p < ink.length; p++) {
            double dx = p % SIDE + 0.5 - mx;
            double dy = p / SIDE + 0.5 - my;
            xx += ink[p] * dx * dx;
            yy += ink[p] * dy * dy;
            xy += ink[p] * dx * dy;
        }
        return new double[] {mx, my, Math.toDegrees(0.5 * Math.atan2(2 * xy, xx - yy))};
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static double distance(double[] a, double[] b) {
        double total = 0;
        for (int p = 0; p < a.length; p++) {
            total += (a[p] - b[p]) * (a[p] - b[p]);
        }
        return Math.sqrt(total);
    }
}
