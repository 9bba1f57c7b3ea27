package org.convscope.engine.train;

import org.convscope.engine.Examples;
import org.convscope.engine.Network;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.SoftmaxCrossEntropy;

/**
 * Accuracy, mean loss and confusion matrix of a network on labelled examples, in inference mode.
 * {@code confusion[actual][predicted]} counts the examples of class {@code actual} that the
 * network called {@code predicted}; the diagonal holds the correct ones.
 */
public record Evaluation(int correct, int count, double meanLoss, int[][] confusion) {

    /** Evaluates {@code network} on examples {@code indices} of {@code data}. */
    public static Evaluation of(Network network, Examples data, int[] indices) {
        int classes = network.classes();
        int[][] confusion = new int[classes][classes];
        double loss = 0;
        int correct = 0;
        for (int index : indices) {
            Tensor p = network.predict(data.input(index));
            int label = data.label(index);
            int predicted = p.argmax();
            confusion[label][predicted]++;
            loss += SoftmaxCrossEntropy.loss(p, label);
            if (predicted == label) {
                correct++;
            }
        }
        return new Evaluation(correct, indices.length, indices.length == 0 ? 0 : loss / indices.length, confusion);
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
}
