package org.convscope.ui;

/**
 * Reads back a text as the screen writes it. {@link MathText#glue} puts no-break spaces and
 * zero-width joiners into every formula (MathTextTest checks where); a test that looks for a
 * piece of a text compares {@link #plain} text, and a number is read back with {@link #parse}.
 */
public final class ScreenText {
    private ScreenText() {
    }

    /** {@code shown} without the joiners, its no-break spaces as spaces. */
    public static String plain(String shown) {
        return shown.replace(String.valueOf(MathText.JOINER), "").replace(MathText.NO_BREAK_SPACE, ' ');
    }

    /** A number as the screen writes it ("−1.97e−4"). */
    public static double parse(String shown) {
        return Double.parseDouble(plain(shown).replace(MathText.MINUS, '-'));
    }
}
