package org.convscope.engine.train;

import org.convscope.engine.Examples;
import org.convscope.engine.Network;
import org.convscope.engine.NonFinite;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.SoftmaxCrossEntropy;

/**
 * Accuracy, mean loss and confusion matrix of a network on labelled examples, in inference mode.
 * {@code confusion[actual][predicted]} counts the examples of class {@code actual} that the
 * network called {@code predicted}; the diagonal holds the correct ones.
 *
 * <p>An example whose probabilities are not finite (NaN or infinite: the weights overflow for
 * it) has no prediction: it is counted in {@code nonFinite} and left out of everything else, so
 * the other figures stay numbers. A caller must not present such an evaluation as a result.
 *
 * @param count          examples evaluated, the non-finite ones included
 * @param nonFinite      examples whose probabilities were not finite
 * @param firstNonFinite the example index of the first of them in {@code data}, or -1
 */
public record Evaluation(int correct, int count, double meanLoss, int[][] confusion, int nonFinite,
                         int firstNonFinite) {

    /** Evaluates {@code network} on examples {@code indices} of {@code data}. */
    public static Evaluation of(Network network, Examples data, int[] indices) {
        int classes = network.classes();
        int[][] confusion = new int[classes][classes];
        double loss = 0;
        int correct = 0;
        int nonFinite = 0;
        int firstNonFinite = -1;
        for (int index : indices) {
            Tensor p = network.predict(data.input(index));
            if (!NonFinite.allFinite(p)) {
                if (nonFinite++ == 0) {
                    firstNonFinite = index;
                }
                continue;
            }
            int label = data.label(index);
            int predicted = p.argmax();
            confusion[label][predicted]++;
            loss += SoftmaxCrossEntropy.loss(p, label);
            if (predicted == label) {
                correct++;
            }
        }
        int finite = indices.length - nonFinite;
        return new Evaluation(correct, indices.length, finite == 0 ? 0 : loss / finite, confusion, nonFinite,
                firstNonFinite);
    }

    /** Evaluates on every example. */
    public static Evaluation of(Network network, Examples data) {
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return of(network, data, all);
    }

    public double accuracy() {
        return count == 0 ? 0 : (double) correct / count;
    }

    /** True if every example had finite probabilities. */
    public boolean allFinite() {
        return nonFinite == 0;
    }
}
