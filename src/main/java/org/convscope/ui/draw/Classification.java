package org.convscope.ui.draw;

import java.util.List;
import org.convscope.data.Preprocessed;

/**
 * What the network made of one drawing: an immutable snapshot that {@link DrawingViewModel}
 * publishes on the FX thread.
 *
 * @param preprocessed  what the network sees: the 28x28 input with its box and centre of mass
 * @param probabilities the ten class probabilities, digit 0 first; null when nothing is drawn
 * @param predicted     the most probable class, or -1 when nothing is drawn or the probabilities
 *                      are {@linkplain #notNumbers() not numbers}
 */
public record Classification(Preprocessed preprocessed, List<Double> probabilities, int predicted) {

    public Classification {
        probabilities = probabilities == null ? null : List.copyOf(probabilities);
    }

    /** True when the pad holds no digit (no ink, or too little to count). */
    public boolean empty() {
        return probabilities == null;
    }

    /**
     * True when the model gave this drawing probabilities that are not numbers (NaN or infinite):
     * its weights are too large for it.
     */
    public boolean notNumbers() {
        return probabilities != null && probabilities.stream().anyMatch(p -> !Double.isFinite(p));
    }
}
