package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.train.Adam;
import org.convscope.engine.train.Evaluation;
import org.convscope.engine.train.Regularization;
import org.convscope.engine.train.Trainer;
import org.junit.jupiter.api.Test;

/** The generated digits are learnable: what a network learns from one set carries over to a fresh set. */
class SyntheticDigitsLearningTest {

    @Test
    void aTinyNetworkTrainedBrieflyReadsFreshDigitsFarAboveChance() {
        Dataset training = SyntheticDigits.dataset(3000, 21);
        Dataset fresh = SyntheticDigits.dataset(500, 22);
        Rng rng = new Rng(4);
        Network network = Network.build(Presets.tiny(), rng);
        int[] all = new int[training.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        try (Trainer trainer = new Trainer(network, new Adam(0.005), Regularization.NONE, rng, 2)) {
            for (int epoch = 0; epoch < 2; epoch++) {
                trainer.trainEpoch(training, trainer.shuffled(all), 32, null);
            }
        }

        double accuracy = Evaluation.of(network, fresh).accuracy();
        // Chance is 0.1; measured 0.964. A generator whose classes overlapped would fail this.
        assertTrue(accuracy > 0.9, "accuracy on fresh digits " + accuracy);
    }
}
