package org.convscope.engine.layer;

/**
 * The two inner loops the conv and dense layers spend their time in.
 *
 * <p>Why these shapes: HotSpot's C2 compiler turns a loop into SIMD instructions only when it can
 * prove the arrays it reads and writes do not overlap in a way that carries a dependence from one
 * iteration to the next. With two arrays indexed from 0 in step ({@code y[t] += a * x[t]}) that
 * holds even if they are the same array, so {@link #axpy} vectorises (measured about 4x faster
 * than the same loop over offset slices, which C2 of Java 17 leaves scalar). The layers therefore
 * keep their hot rows in separate arrays. A dot product is a running sum, which Java's strict
 * floating-point order keeps scalar; four partial sums at least let the CPU overlap the additions.
 */
final class MatMul {
    private MatMul() {
    }

    /** y[t] += a * x[t] for t < n. */
    static void axpy(double a, double[] x, double[] y, int n) {
        for (int t = 0; t < n; t++) {
            y[t] += a * x[t];
        }
    }

    /** Sum of a[aOff + t] * b[bOff + t] for t < n, with four partial sums. */
    static double dot(double[] a, int aOff, double[] b, int bOff, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int t = 0;
        for (; t + 3 < n; t += 4) {
            s0 += a[aOff + t] * b[bOff + t];
            s1 += a[aOff + t + 1] * b[bOff + t + 1];
            s2 += a[aOff + t + 2] * b[bOff + t + 2];
            s3 += a[aOff + t + 3] * b[bOff + t + 3];
        }
        for (; t < n; t++) {
            s0 += a[aOff + t] * b[bOff + t];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
