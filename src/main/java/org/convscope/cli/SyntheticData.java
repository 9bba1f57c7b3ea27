package org.convscope.cli;

import org.convscope.data.Dataset;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;

/** Generated digits for the commands that take {@code --synthetic N}. */
final class SyntheticData {
    private SyntheticData() {
    }

    /** {@code count} digits of the set with {@code seed}, after checking that {@code network} can take them. */
    static Dataset generateFor(Network network, int count, long seed) throws CommandFailedException {
        if (!network.inputShape().equals(Presets.DIGIT) || network.classes() != SyntheticDigits.CLASSES) {
            throw new CommandFailedException("generated digits are " + Presets.DIGIT + " images of "
                    + SyntheticDigits.CLASSES + " classes, but the network takes " + network.inputShape() + " inputs and "
                    + network.classes() + " classes");
        }
        return SyntheticDigits.dataset(count, seed);
    }
}
