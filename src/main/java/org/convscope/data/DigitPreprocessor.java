package org.convscope.data;

import java.util.Arrays;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;

/**
 * Turns any picture of a digit into the network's 28x28 input exactly the way MNIST's digits were
 * made, so that what a student draws looks to the network like what it was trained on:
 * <ol>
 *   <li>find out which way round the picture is (dark ink on light, or light on dark) from its
 *       border, and turn it into ink amounts in [0, 1];</li>
 *   <li>crop to the ink's bounding box;</li>
 *   <li>scale so the box's longer side is 20 pixels, keeping the aspect ratio, averaging over the
 *       area each new pixel covers (anti-aliased: grey levels are kept);</li>
 *   <li>place it in 28x28 so that the ink's centre of mass sits at the centre (14, 14).</li>
 * </ol>
 * Scaling and placing are one resampling step: each input pixel is the area-weighted average of
 * the picture pixels it covers, so nothing is rounded to whole pixels.
 */
public final class DigitPreprocessor {
    public static final int SIZE = 28;
    /** MNIST fits each digit into a 20x20 box inside the 28x28 field. */
    public static final int BOX = 20;
    /**
     * Ink above which a pixel counts for the bounding box, as the bilevel NIST digits MNIST boxed:
     * anti-aliased edges do not stretch it.
     */
    private static final double BOX_THRESHOLD = 0.5;
    /** Less total ink than this share of the picture's area (about 3 pixels in 28x28) is "nothing drawn". */
    private static final double MIN_INK_SHARE = 0.004;
    /** Ink must differ from the background by at least this much brightness to count at all. */
    private static final double MIN_CONTRAST = 0.25;

    private DigitPreprocessor() {
    }

    /** Preprocesses {@code picture}; the result says "empty" when it holds (almost) no ink. */
    public static Preprocessed preprocess(GreyImage picture) {
        int w = picture.width();
        int h = picture.height();
        boolean darkInk = borderIsLight(picture);
        double[] ink = inkAmounts(picture, darkInk);
        if (ink == null) {
            return Preprocessed.nothing(darkInk);
        }

        double mass = 0;
        double sumX = 0;
        double sumY = 0;
        int left = w;
        int top = h;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = ink[y * w + x];
                mass += v;
                sumX += v * (x + 0.5);
                sumY += v * (y + 0.5);
                if (v > BOX_THRESHOLD) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0 || mass < MIN_INK_SHARE * w * h) {
            return Preprocessed.nothing(darkInk);
        }
        Preprocessed.Box inkBox = new Preprocessed.Box(left, top, right - left + 1, bottom - top + 1);
        double scale = BOX / Math.max(inkBox.width(), inkBox.height());
        double centerX = sumX / mass;
        double centerY = sumY / mass;

        // Input pixel column x covers picture columns [originX + x/scale, originX + (x+1)/scale).
        double originX = centerX - (SIZE / 2.0) / scale;
        double originY = centerY - (SIZE / 2.0) / scale;
        double[] input = resample(ink, w, h, originX, originY, 1 / scale);
        Preprocessed.Box placed = new Preprocessed.Box((inkBox.x() - originX) * scale, (inkBox.y() - originY) * scale,
                inkBox.width() * scale, inkBox.height() * scale);
        return new Preprocessed(Tensor.wrap(Shape.of(1, SIZE, SIZE), input), darkInk, inkBox, scale, centerX,
                centerY, placed);
    }

    /** The border's median brightness tells the background: a light border means dark ink. */
    private static boolean borderIsLight(GreyImage picture) {
        int w = picture.width();
        int h = picture.height();
        int light = 0;
        int total = 0;
        for (int x = 0; x < w; x++) {
            light += (picture.at(x, 0) > 0.5 ? 1 : 0) + (picture.at(x, h - 1) > 0.5 ? 1 : 0);
            total += 2;
        }
        for (int y = 1; y < h - 1; y++) {
            light += (picture.at(0, y) > 0.5 ? 1 : 0) + (picture.at(w - 1, y) > 0.5 ? 1 : 0);
            total += 2;
        }
        return 2 * light >= total;
    }

    /**
     * Ink per pixel in [0, 1]: darkness on a light picture, brightness on a dark one, measured
     * from the background's own level so a grey paper or a dim photo still has zero-ink background,
     * and scaled so the strongest ink is 1. Null when nothing stands out from the background
     * (a blank page with a little noise must not be stretched into "ink").
     */
    private static double[] inkAmounts(GreyImage picture, boolean darkInk) {
        double[] v = picture.values();
        double background = darkInk ? percentile(v, 0.9) : percentile(v, 0.1);
        double[] ink = new double[v.length];
        double darkest = 0;
        for (int i = 0; i < v.length; i++) {
            ink[i] = Math.max(0, darkInk ? background - v[i] : v[i] - background);
            darkest = Math.max(darkest, ink[i]);
        }
        if (darkest < MIN_CONTRAST) {
            return null;
        }
        // Full strength for the strongest ink, as in MNIST: a pencil on grey paper reads like a pen.
        for (int i = 0; i < ink.length; i++) {
            ink[i] /= darkest;
        }
        return ink;
    }

    /** The value below which {@code fraction} of the values lie (a histogram of 256 bins is plenty here). */
    private static double percentile(double[] values, double fraction) {
        int[] bins = new int[256];
        for (double v : values) {
            bins[(int) Math.round(Math.max(0, Math.min(1, v)) * 255)]++;
        }
        long needed = (long) Math.ceil(fraction * values.length);
        long seen = 0;
        for (int b = 0; b < bins.length; b++) {
            seen += bins[b];
            if (seen >= needed) {
                return b / 255.0;
            }
        }
        return 1;
    }

    /**
     * The 28x28 picture of {@code ink} whose pixel (x, y) covers the square of side {@code step}
     * picture pixels at (originX + x*step, originY + y*step): the average ink over that square,
     * weighting each picture pixel by how much of it the square covers. Outside the picture is blank.
     */
    private static double[] resample(double[] ink, int w, int h, double originX, double originY, double step) {
        Weights columns = Weights.of(originX, step, w);
        Weights rows = Weights.of(originY, step, h);
        // Rows first: each input row is a weighted sum of picture rows, then columns likewise.
        double[] partial = new double[SIZE * w];
        for (int y = 0; y < SIZE; y++) {
            for (int k = rows.start[y]; k < rows.start[y + 1]; k++) {
                int source = rows.index[k] * w;
                double weight = rows.weight[k];
                for (int x = 0; x < w; x++) {
                    partial[y * w + x] += weight * ink[source + x];
                }
            }
        }
        double[] out = new double[SIZE * SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double sum = 0;
                for (int k = columns.start[x]; k < columns.start[x + 1]; k++) {
                    sum += columns.weight[k] * partial[y * w + columns.index[k]];
                }
                out[y * SIZE + x] = Math.min(1, sum);
            }
        }
        return out;
    }

    /** For each of the 28 output pixels along one axis, the picture pixels it covers and their shares. */
    private static final class Weights {
        final int[] start = new int[SIZE + 1];
        int[] index = new int[64];
        double[] weight = new double[64];

        static Weights of(double origin, double step, int length) {
            Weights w = new Weights();
            int n = 0;
            for (int out = 0; out < SIZE; out++) {
                w.start[out] = n;
                double from = origin + out * step;
                double to = from + step;
                for (int p = Math.max(0, (int) Math.floor(from)); p < Math.min(length, (int) Math.ceil(to)); p++) {
                    double overlap = Math.min(to, p + 1) - Math.max(from, p);
                    if (overlap > 0) {
                        if (n == w.index.length) {
                            w.index = Arrays.copyOf(w.index, 2 * n);
                            w.weight = Arrays.copyOf(w.weight, 2 * n);
                        }
                        w.index[n] = p;
                        w.weight[n] = overlap / step;
                        n++;
                    }
                }
            }
            w.start[SIZE] = n;
            return w;
        }
    }
}
