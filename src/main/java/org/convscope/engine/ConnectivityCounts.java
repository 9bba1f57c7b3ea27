package org.convscope.engine;

/**
 * The course's lesson on why convolutions: how many weights connect an image to a layer of
 * hidden units when every unit sees the whole image (fully connected), only a small field
 * (locally connected), or a small field with the same weights everywhere (shared kernels).
 * For a 1000x1000 image and 10^6 units: 10^12, with 10x10 fields 10^8, shared 100, and 100
 * different shared kernels 10^4. Counts are weights only; each layer adds one bias per unit
 * (fully or locally connected) or per kernel (shared).
 */
public final class ConnectivityCounts {
    private ConnectivityCounts() {
    }

    /** Every unit connected to every input value. */
    public static ParameterCount fullyConnected(long inputs, long units) {
        long n = Math.multiplyExact(inputs, units);
        return new ParameterCount(n, ParameterCount.format(inputs) + " x " + ParameterCount.format(units) + " = "
                + ParameterCount.format(n));
    }

    /** Every unit connected to its own field x field patch of {@code channels} channels. */
    public static ParameterCount locallyConnected(long units, int field, int channels) {
        long n = Math.multiplyExact(units, (long) field * field * channels);
        return new ParameterCount(n, ParameterCount.format(units) + " x (" + field + " x " + field + " x " + channels
                + ") = " + ParameterCount.format(n));
    }

    /** {@code kernels} shared field x field x channels kernels, however many units use them. */
    public static ParameterCount sharedKernels(int kernels, int field, int channels) {
        long n = (long) kernels * field * field * channels;
        return new ParameterCount(n, kernels + " x (" + field + " x " + field + " x " + channels + ") = "
                + ParameterCount.format(n));
    }
}
