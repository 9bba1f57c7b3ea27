package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleSupplier;

/**
 * Central-difference gradient checking in double precision, as DL4J does it: a gradient passes
 * when {@code |a - n| / (|a| + |n|) <= 1e-5} or the absolute error is below 1e-8.
 */
final class GradientCheck {
    static final double EPS = 1e-6;
    static final double MAX_RELATIVE = 1e-5;
    static final double MAX_ABSOLUTE = 1e-8;

    private GradientCheck() {
    }

    /** Numerical d loss / d values[i], by nudging values[i] in place and restoring it. */
    static double numerical(double[] values, int i, DoubleSupplier loss) {
        double saved = values[i];
        values[i] = saved + EPS;
        double plus = loss.getAsDouble();
        values[i] = saved - EPS;
        double minus = loss.getAsDouble();
        values[i] = saved;
        return (plus - minus) / (2 * EPS);
    }

    /** Fails with the position and both values if the analytic gradient disagrees. */
    static void assertClose(String what, int i, double analytic, double numeric) {
        double abs = Math.abs(analytic - numeric);
        if (abs < MAX_ABSOLUTE) {
            return;
        }
        double rel = abs / (Math.abs(analytic) + Math.abs(numeric));
        if (rel > MAX_RELATIVE) {
            fail(what + "[" + i + "]: analytic " + analytic + ", numerical " + numeric + ", relative error " + rel);
        }
    }

    /** Checks every entry (or every {@code stride}-th one) of an analytic gradient against the numerical one. */
    static int check(String what, double[] values, double[] analytic, DoubleSupplier loss, int stride) {
        int checked = 0;
        for (int i = 0; i < values.length; i += stride) {
            assertClose(what, i, analytic[i], numerical(values, i, loss));
            checked++;
        }
        return checked;
    }

    /** Random values in [-1, 1] kept at least {@code margin} away from zero (away from ReLU kinks). */
    static double[] randomAwayFromZero(Rng rng, int n, double margin) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double x = margin + (1 - margin) * rng.nextDouble();
            v[i] = rng.nextDouble() < 0.5 ? -x : x;
        }
        return v;
    }
}
