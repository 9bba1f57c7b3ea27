package org.convscope.engine;

import java.util.Locale;

/**
 * How many parameters a layer has, with the formula that gives the number, written the way the
 * course writes it: {@code 6 x (5 x 5 x 1) + 6 = 156}.
 */
public record ParameterCount(long count, String formula) {
    public static final ParameterCount NONE = new ParameterCount(0, "0");

    /** Formats a count with thousands separators: 61,706. */
    public static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
