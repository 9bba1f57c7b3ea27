package org.convscope.data;

import org.convscope.engine.Tensor;

/**
 * What {@link DigitPreprocessor} did to one picture, step by step, so the app can show the
 * student what the network really sees and why.
 *
 * <p>A picture with (almost) no ink is {@linkplain #empty() empty}: it has no input and the app
 * says "nothing drawn" instead of predicting anything.
 *
 * @param input       the network's 1x28x28 input, ink = 1 on a black 0 background (null when empty)
 * @param darkInk     whether the picture had dark ink on a light background (it was inverted)
 * @param inkBox      the ink's bounding box in the picture's pixels
 * @param scale       how many input pixels one picture pixel became (the box's longer side becomes 20)
 * @param centerX     the ink's centre of mass in the picture, x
 * @param centerY     the ink's centre of mass in the picture, y
 * @param placedBox   where the bounding box landed in the 28x28 input: the centre of mass sits at (14, 14)
 */
public record Preprocessed(Tensor input, boolean darkInk, Box inkBox, double scale, double centerX, double centerY,
        Box placedBox) {

    /** A rectangle: left, top, width, height. */
    public record Box(double x, double y, double width, double height) {
        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }
    }

    /** "Nothing drawn": the state of an empty draw pad. */
    public static final Preprocessed NOTHING_DRAWN = nothing(true);

    /** The result for a picture without enough ink to be a digit. */
    static Preprocessed nothing(boolean darkInk) {
        return new Preprocessed(null, darkInk, null, 0, 0, 0, null);
    }

    /** True when the picture held (almost) no ink: "nothing drawn". */
    public boolean empty() {
        return input == null;
    }

    /** The network's input; not for an empty picture. */
    @Override
    public Tensor input() {
        if (input == null) {
            throw new IllegalStateException("nothing drawn: the picture has no ink to classify");
        }
        return input;
    }

    /**
     * How far centring by mass moved the digit from where centring its box would have put it: the
     * placed box's centre minus (14, 14), in input pixels. Zero for a symmetric digit; a 7, whose
     * mass sits high, moves down (positive y).
     */
    public double shiftX() {
        return empty() ? 0 : placedBox.centerX() - 14;
    }

    /** Vertical part of {@link #shiftX()}. */
    public double shiftY() {
        return empty() ? 0 : placedBox.centerY() - 14;
    }
}
