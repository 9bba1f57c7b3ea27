package org.convscope.engine;

/** A labelled set of inputs the engine can train on or evaluate: image i and its class. */
public interface Examples {
    int size();

    /** Input i, in the network's input shape. */
    Tensor input(int index);

    /** Class of input i, in 0..classes-1. */
    int label(int index);
}
