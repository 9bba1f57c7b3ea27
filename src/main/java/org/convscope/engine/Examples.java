package org.convscope.engine;

/** A labelled set of inputs the engine can train on or evaluate: image i and its class. */
public interface Examples {
    int size();

    /** Input i, in the network's input shape. */
    Tensor input(int index);

    /**
     * Writes input i's values into {@code target} (of the input's size). Training calls this
     * instead of {@link #input} so that it can reuse one array per worker instead of making
     * garbage for every example; implementations that decode their data can skip the copy.
     */
    default void copyInput(int index, double[] target) {
        double[] values = input(index).data();
        System.arraycopy(values, 0, target, 0, values.length);
    }

    /** Class of input i, in 0..classes-1. */
    int label(int index);
}
