package org.convscope.cli;

import java.util.Locale;
import org.convscope.engine.Network;
import org.convscope.engine.ParameterCount;
import org.convscope.engine.train.BatchResult;
import org.convscope.engine.train.Evaluation;

/**
 * The lines {@code train} prints on stdout. Scripts and benchmarks read the epoch lines, so their
 * layout is fixed here in one place:
 * <pre>
 * training tiny (4,266 parameters) on 7,200 images, validating on 800; adam lr 0.001, batch 32, seed 1, 2 threads
 * epoch 1/2  loss 0.9429  acc 0.7296  val_loss 0.3695  val_acc 0.9000  4.6 s
 * </pre>
 * Without validation images the val_ fields are left out.
 */
final class TrainingReport {
    private TrainingReport() {
    }

    static String header(String preset, Network network, TrainingDataOptions.TrainingData examples, String update,
            int batch, long seed, int threads) {
        return String.format(Locale.ROOT, "training %s (%s parameters) on %s, validating on %s; %s, batch %d, seed %d, %s",
                preset, ParameterCount.format(network.parameterCount()), count(examples.training().size(), "image"),
                count(examples.validation().size(), "image"), update, batch, seed, count(threads, "thread"));
    }

    /** "1 image", "7,200 images". */
    private static String count(long n, String noun) {
        return ParameterCount.format(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * One epoch: loss and accuracy on the training images as measured during the epoch (dropout
     * active, weights still moving), then on the validation images afterwards, and the seconds taken.
     */
    static String epochLine(int epoch, int epochs, BatchResult training, Evaluation validation, double seconds) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d  loss %.4f  acc %.4f", epoch,
                epochs, training.meanLoss(), training.accuracy()));
        if (validation != null) {
            line.append(String.format(Locale.ROOT, "  val_loss %.4f  val_acc %.4f", validation.meanLoss(),
                    validation.accuracy()));
        }
        return line.append(String.format(Locale.ROOT, "  %.1f s", seconds)).toString();
    }
}
