package org.convscope.engine;

/**
 * The softmax and loss step for one example: the logits the last layer produced, their
 * probabilities, the target label, the loss -log p[label], and the gradient p - onehot(label)
 * that starts the backward pass.
 */
public record LossTrace(Tensor logits, Tensor probabilities, int label, double loss, Tensor gradLogits) {

    /** The class with the highest probability. */
    public int predicted() {
        return probabilities.argmax();
    }
}
