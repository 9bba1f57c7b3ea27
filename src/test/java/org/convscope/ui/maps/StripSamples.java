package org.convscope.ui.maps;

import org.convscope.data.SyntheticDigits;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.Stepper;
import org.convscope.engine.Tensor;
import org.convscope.model.ModelFormatException;
import org.convscope.model.ShippedModels;

/** Real networks and passes for the sample launcher and the tests (style guide rule 14). */
final class StripSamples {
    static final long SEED = 7;

    private StripSamples() {
    }

    static Network lenet5() {
        try {
            return ShippedModels.loadLenet5().network();
        } catch (ModelFormatException e) {
            throw new IllegalStateException("the shipped model does not load", e);
        }
    }

    /** Synthetic digit {@code index} as the network sees it (1 x 28 x 28, ink 1). */
    static Tensor digit(int index) {
        return SyntheticDigits.input(index, SEED);
    }

    /** A stepper on digit {@code index}, advanced {@code steps} positions. */
    static Stepper stepper(Network network, int index, int steps) {
        Stepper stepper = new Stepper(network, digit(index), Stepper.PREDICTED, Mode.INFERENCE);
        for (int i = 0; i < steps && stepper.canStepForward(); i++) {
            stepper.next();
        }
        return stepper;
    }

    /** A strip showing {@code stepper}'s current position, highlighted as the app would. */
    static NetworkStrip strip(Network network, Stepper stepper) {
        NetworkStrip strip = new NetworkStrip();
        strip.setNetwork(network);
        show(strip, stepper);
        return strip;
    }

    static void show(NetworkStrip strip, Stepper stepper) {
        strip.setTrace(stepper.current());
        strip.setHighlightedLayer(stepper.layerAt(stepper.position()));
        strip.setShowGradients(stepper.phaseAt(stepper.position()) == Stepper.Phase.BACKWARD);
    }
}
