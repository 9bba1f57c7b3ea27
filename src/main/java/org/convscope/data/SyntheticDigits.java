package org.convscope.data;

import java.util.List;
import java.util.stream.IntStream;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Tensor;

/**
 * ConvScope's own handwritten digits, so the app can train from scratch with no download.
 *
 * <p>Each digit is written as pen strokes from a hand-designed template (several styles per
 * digit, see {@link DigitStyle}), drawn with an unsteady hand (every point of the template
 * jittered), then given a random width, slant, rotation, elastic wobble and pen thickness
 * ({@link Handwriting}). It is rendered with the draw pad's own pen ({@link StrokeRenderer}) on a
 * {@value #CANVAS} x {@value #CANVAS} canvas and prepared by {@link DigitPreprocessor} exactly like
 * a student's drawing, so training digits and drawn digits reach the network the same way.
 *
 * <p>Digit {@code index} of the set with seed {@code seed} has class {@code index % 10} (so any
 * run of ten is balanced) and depends on nothing else: it is the same whatever order or thread it
 * is made in, and sets of different seeds differ.
 */
public final class SyntheticDigits {
    /** Digits 0 to 9. */
    public static final int CLASSES = 10;
    /** Side of the square canvas the digits are drawn on, in pixels. */
    public static final int CANVAS = 112;
    /** How far each template point strays from its place, in template units (the digit is about 1 x 1): a steady hand to a shaky one. */
    private static final double MIN_JITTER = 0.015;
    private static final double MAX_JITTER = 0.05;
    private static final int SIDE = Presets.DIGIT.height();

    private SyntheticDigits() {
    }

    /** One generated digit before preprocessing: its class, the style it was written in, and its strokes. */
    public record Drawing(int label, String style, List<Stroke> strokes) {
        public Drawing {
            strokes = List.copyOf(strokes);
        }

        /** The strokes rendered by the draw pad's pen, dark ink on a white canvas. */
        public GreyImage render() {
            return StrokeRenderer.render(strokes, CANVAS, CANVAS);
        }
    }

    /** The class of digit {@code index} of any set. */
    public static int label(int index) {
        return Math.floorMod(index, CLASSES);
    }

    /** Digit {@code index} of the set with seed {@code seed}, as pen strokes on the canvas. */
    public static Drawing drawing(int index, long seed) {
        Rng rng = new Rng(Seeds.mix(seed, index));
        List<DigitStyle> styles = DigitStyle.weighted(label(index));
        DigitStyle style = styles.get(rng.nextInt(styles.size()));
        TemplatePen pen = new TemplatePen(rng, MIN_JITTER + (MAX_JITTER - MIN_JITTER) * rng.nextDouble());
        style.draw(pen);
        return new Drawing(label(index), style.name(), Handwriting.write(pen.strokes(), style.hasLoops(), rng, CANVAS));
    }

    /** Digit {@code index} of the set with seed {@code seed} as the network sees it: 1 x 28 x 28, ink 1. */
    public static Tensor input(int index, long seed) {
        Drawing drawing = drawing(index, seed);
        Preprocessed prepared = DigitPreprocessor.preprocess(drawing.render());
        if (prepared.empty()) {
            // Every style draws a digit-sized shape, so this is a bug in a template.
            throw new IllegalStateException("synthetic digit " + index + " (seed " + seed + ", " + drawing.style()
                    + ") came out empty");
        }
        return prepared.input();
    }

    /**
     * {@code count} digits of the set with seed {@code seed}, generated now on all cores and kept
     * as one byte per pixel (like MNIST), with the classes taking turns 0, 1, ... 9, 0 ... The
     * set is named "synthetic digits (seed S)" in descriptions.
     */
    public static Dataset dataset(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("the number of digits must be 0 or more, got " + count);
        }
        int pixels = SIDE * SIDE;
        byte[] images = new byte[count * pixels];
        byte[] labels = new byte[count];
        // Each digit depends only on (seed, index), so the parallel order cannot change the bytes.
        IntStream.range(0, count).parallel().forEach(i -> {
            Tensor input = input(i, seed);
            for (int p = 0; p < pixels; p++) {
                images[i * pixels + p] = (byte) Math.round(255 * Math.max(0, Math.min(1, input.get(p))));
            }
            labels[i] = (byte) label(i);
        });
        return Dataset.of(name(seed), new IdxImages(count, SIDE, SIDE, images), labels, CLASSES);
    }

    /** "synthetic digits (seed 7)": how a set is named in descriptions and model files. */
    public static String name(long seed) {
        return "synthetic digits (seed " + seed + ")";
    }
}
