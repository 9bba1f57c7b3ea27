package org.convscope.cli;

import java.math.BigDecimal;

/** Numbers a user typed, written back as they would type them: 1e6, 0.001, 0.85; not 1000000.0. */
final class DecimalText {
    private DecimalText() {
    }

    static String of(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= 5 || exponent <= -5) {
            return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
        }
        return d.toPlainString();
    }
}
