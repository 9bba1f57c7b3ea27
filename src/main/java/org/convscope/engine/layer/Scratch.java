package org.convscope.engine.layer;

import java.util.Arrays;

/**
 * One reusable array of a layer (its output, or its input gradient). Handed out again only when
 * the pass allows it ({@link org.convscope.engine.Mode#reusesBuffers()}); otherwise every call
 * gives a fresh array, so recorded tensors are never overwritten.
 */
final class Scratch {
    private double[] array;

    /** An array of length n whose contents are undefined: the caller writes every element. */
    double[] any(int n, boolean reuse) {
        if (!reuse) {
            return new double[n];
        }
        if (array == null || array.length != n) {
            array = new double[n];
        }
        return array;
    }

    /** An array of length n filled with zeros, for callers that add into it. */
    double[] zeroed(int n, boolean reuse) {
        if (!reuse) {
            return new double[n];
        }
        if (array == null || array.length != n) {
            array = new double[n];
        } else {
            Arrays.fill(array, 0);
        }
        return array;
    }
}
