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
 * floating-point order keeps scalar; independent partial sums at least let the CPU overlap the
 * additions, and {@link #dotRows} reuses each load of b for four rows (about 2x faster again).
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

    /** y[t] += a * x[t] and z[t] += b * x[t] for t < n: two output rows from one pass over x. */
    static void axpy2(double a, double b, double[] x, double[] y, double[] z, int n) {
        for (int t = 0; t < n; t++) {
            double v = x[t];
            y[t] += a * v;
            z[t] += b * v;
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

    /**
     * out[i] = dot(row i of a, b) for {@code rows} rows of length n, row i starting at
     * {@code a[i * stride]}. Rows are taken four at a time so each b[t] is loaded once for four.
     */
    static void dotRows(double[] a, int stride, int rows, double[] b, int n, double[] out) {
        int i = 0;
        for (; i + 3 < rows; i += 4) {
            int o0 = i * stride;
            int o1 = o0 + stride;
            int o2 = o1 + stride;
            int o3 = o2 + stride;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double u0 = 0;
            double u1 = 0;
            double u2 = 0;
            double u3 = 0;
            int t = 0;
            for (; t + 1 < n; t += 2) {
                double x = b[t];
                double y = b[t + 1];
                s0 += a[o0 + t] * x;
                s1 += a[o1 + t] * x;
                s2 += a[o2 + t] * x;
                s3 += a[o3 + t] * x;
                u0 += a[o0 + t + 1] * y;
                u1 += a[o1 + t + 1] * y;
                u2 += a[o2 + t + 1] * y;
                u3 += a[o3 + t + 1] * y;
            }
            if (t < n) {
                double x = b[t];
                s0 += a[o0 + t] * x;
                s1 += a[o1 + t] * x;
                s2 += a[o2 + t] * x;
                s3 += a[o3 + t] * x;
            }
            out[i] = s0 + u0;
            out[i + 1] = s1 + u1;
            out[i + 2] = s2 + u2;
            out[i + 3] = s3 + u3;
        }
        for (; i < rows; i++) {
            out[i] = dot(a, i * stride, b, 0, n);
        }
    }
}
