package org.convscope.model;

import java.util.Optional;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.Layer;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NonFinite;
import org.convscope.engine.Param;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Tensor;

/**
 * Runs a freshly loaded network on two probe images and refuses it if their outputs are not
 * finite. Every weight can be finite and the network still useless: biases of 1e308 overflow to
 * Infinity in the next layer, and evaluate would then print "mean loss: NaN" as if it were a
 * result. The probes are a blank image (zeros, which only the biases answer) and generated digit
 * 0 of seed 1 (ink where digits have it); a network with another input shape gets a fixed
 * pseudo-random pattern in [0, 1] instead of the digit.
 */
final class ModelProbe {
    private static final long PROBE_SEED = 1;

    private ModelProbe() {
    }

    /** Fails, naming the first layer whose numbers are not finite, if either probe image overflows. */
    static void check(Network network) throws ModelFormatException {
        Tensor blank = Tensor.zeros(network.inputShape());
        probe(network, blank, Probe.BLANK);
        if (network.inputShape().equals(Presets.DIGIT)) {
            probe(network, SyntheticDigits.input(0, PROBE_SEED), Probe.DIGIT);
        } else {
            Rng rng = new Rng(PROBE_SEED);
            double[] pattern = new double[network.inputShape().size()];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = rng.nextDouble();
            }
            probe(network, Tensor.wrap(network.inputShape(), pattern), Probe.PATTERN);
        }
    }

    /** The probe images, named in messages and in {@link Refusal.Kind#NOT_FINITE_OUTPUT}. */
    enum Probe {
        BLANK("a blank image"), DIGIT("generated digit 0 (seed 1)"), PATTERN("a random pattern (seed 1)");

        private final String words;

        Probe(String words) {
            this.words = words;
        }
    }

    private static void probe(Network network, Tensor input, Probe what) throws ModelFormatException {
        PassTrace forward = network.forwardTrace(input, Mode.INFERENCE);
        Optional<NonFinite> found = NonFinite.in(forward);
        if (found.isEmpty()) {
            return;
        }
        NonFinite bad = found.get();
        throw new ModelFormatException("the outputs are not finite for " + what.words + ": " + bad.describe()
                + largestParameterUpTo(network, bad.layerIndex()), Refusal.of(Refusal.Kind.NOT_FINITE_OUTPUT, what,
                        bad.layerName(), bad.example()));
    }

    /** "; the largest parameter up to there is 1.0E308, a bias of layers[0] (conv1)", to say what to fix. */
    private static String largestParameterUpTo(Network network, int layerIndex) {
        double largest = 0;
        String where = null;
        for (int i = 0; i <= layerIndex; i++) {
            Layer layer = network.layers().get(i);
            for (Param p : layer.params()) {
                for (double v : p.value()) {
                    if (Math.abs(v) > Math.abs(largest)) {
                        largest = v;
                        where = "in the " + p.name() + " of layers[" + i + "] (" + layer.name() + ")";
                    }
                }
            }
        }
        return where == null ? "" : "; the largest parameter up to there is " + String.valueOf(largest).replace("E", "e") + ", " + where;
    }
}
