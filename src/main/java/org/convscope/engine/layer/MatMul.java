package org.convscope.engine.layer;

/**
 * The few dense matrix products the conv and dense layers need, on row-major flat arrays.
 *
 * <p>Why these loop orders: the JIT vectorises a loop only when its innermost body reads and
 * writes contiguous memory without a loop-carried sum, so products are written as rows of
 * "c += a * b-row" (axpy). Where a dot product cannot be avoided, four independent partial sums
 * break the dependency chain so the CPU can overlap the additions.
 */
final class MatMul {
    private MatMul() {
    }

    /** C[m x n] += A[m x k] * B[k x n]. */
    static void addAB(double[] a, double[] b, double[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int cRow = i * n;
            for (int p = 0; p < k; p++) {
                double aip = a[i * k + p];
                int bRow = p * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += aip * b[bRow + j];
                }
            }
        }
    }

    /** C[m x n] += A^T * B, where A is [k x m] and B is [k x n]. */
    static void addATB(double[] a, double[] b, double[] c, int m, int k, int n) {
        for (int p = 0; p < k; p++) {
            int bRow = p * n;
            for (int i = 0; i < m; i++) {
                double api = a[p * m + i];
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += api * b[bRow + j];
                }
            }
        }
    }

    /** C[m x n] += A * B^T, where A is [m x k] and B is [n x k]: m*n dot products of length k. */
    static void addABT(double[] a, double[] b, double[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] += dot(a, i * k, b, j * k, k);
            }
        }
    }

    /** Sum of a[aOff + t] * b[bOff + t] for t < len, with four partial sums. */
    static double dot(double[] a, int aOff, double[] b, int bOff, int len) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int t = 0;
        for (; t + 3 < len; t += 4) {
            s0 += a[aOff + t] * b[bOff + t];
            s1 += a[aOff + t + 1] * b[bOff + t + 1];
            s2 += a[aOff + t + 2] * b[bOff + t + 2];
            s3 += a[aOff + t + 3] * b[bOff + t + 3];
        }
        for (; t < len; t++) {
            s0 += a[aOff + t] * b[bOff + t];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** y[yOff + t] += alpha * x[xOff + t] for t < len. */
    static void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int len) {
        for (int t = 0; t < len; t++) {
            y[yOff + t] += alpha * x[xOff + t];
        }
    }
}
