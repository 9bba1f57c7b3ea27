package org.convscope.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as the views show them: 3 significant digits with a dot in every language (UI guide),
 * and full precision for hover texts. A negative number has the real minus sign U+2212 ("−0.31",
 * "1.23e−5"), as the UI guide's formulas do in both languages; the command line and trace files
 * keep Java's ASCII for scripts. A value that is not a number reads the same in both: "NaN",
 * "Infinity", "−Infinity". {@link MathText#glue} keeps a number on one line where it is wrapped.
 */
public final class NumberText {
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private NumberText() {
    }

    /** {@code value} to 3 significant digits: 0.123, −4.57, 12.0, 1.23e−5, 4.56e7. */
    public static String sig3(double value) {
        return minusSigns(ascii3(value));
    }

    /** {@link #sig3} with Java's ASCII minus, for measuring and parsing. */
    static String ascii3(double value) {
        if (value == 0) {
            return "0"; // also turns -0.0 into "0": a legend saying "-0" confuses a class
        }
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        double abs = Math.abs(value);
        if (abs < 1e-3 || abs >= 1e5) {
            // "4.51e-8", not Java's "4.51e-08": legends are narrow and the zero adds nothing.
            return String.format(Locale.ROOT, "%.2e", value).replaceFirst("e([+-])0*(\\d)", "e$1$2").replace("e+", "e");
        }
        return round3(value).toPlainString();
    }

    /** {@code value} rounded to 3 significant digits, for views with their own rules at the edges. */
    public static BigDecimal round3(double value) {
        return new BigDecimal(value).round(THREE_DIGITS);
    }

    /**
     * {@code value} exactly as the engine holds it (the shortest text that reads back the same
     * double), with a small e and the minus sign as in {@link #sig3}: 2.649197149868021e−8.
     */
    public static String full(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        return minusSigns(Double.toString(value).replace('E', 'e'));
    }

    /** Java's ASCII "-" of a formatted number as the minus sign U+2212. */
    private static String minusSigns(String number) {
        return number.replace('-', '\u2212');
    }

    /** "NaN", "Infinity" or "−Infinity". */
    private static String nonFinite(double value) {
        return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "−Infinity"; // NOI18N
    }
}
