package org.convscope.engine.train;

import java.util.List;

/**
 * Loss and accuracy over some training examples, measured during their forward passes (so in
 * training mode, with dropout). {@code penalty} is the regularization term at the batch's start.
 */
public record BatchResult(double lossSum, int correct, int count, double penalty) {

    public double meanLoss() {
        return lossSum / count;
    }

    public double accuracy() {
        return (double) correct / count;
    }

    static BatchResult sum(List<BatchResult> parts) {
        double loss = 0;
        int correct = 0;
        int count = 0;
        double penalty = 0;
        for (BatchResult r : parts) {
            loss += r.lossSum;
            correct += r.correct;
            count += r.count;
            penalty = r.penalty;
        }
        return new BatchResult(loss, correct, count, penalty);
    }
}
