package org.convscope.cli;

import java.util.Optional;
import org.convscope.engine.Examples;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NonFinite;
import org.convscope.engine.PassTrace;
import org.convscope.engine.ParameterCount;
import org.convscope.engine.train.Evaluation;

/**
 * The failure a command reports instead of printing NaN as a result: which images gave numbers
 * that are not finite, and the layer where they first appeared, which is where the weights are
 * too large.
 */
final class NonFiniteOutputs {
    private NonFiniteOutputs() {
    }

    /** "the outputs are not finite for 20 of 20 images, first at layer conv1 (image 0: layer conv1 gives ...)". */
    static CommandFailedException of(Network network, Examples data, Evaluation evaluation) {
        int first = evaluation.firstNonFinite();
        PassTrace trace = network.forwardTrace(data.input(first), Mode.INFERENCE);
        Optional<NonFinite> where = NonFinite.in(trace);
        String layer = where.map(w -> ", first at layer " + w.layerName() + " (image " + first + ": " + w.describe()
                + ")").orElse(", first at image " + first);
        return new CommandFailedException("the outputs are not finite for " + ParameterCount.format(evaluation.nonFinite())
                + " of " + ParameterCount.format(evaluation.count()) + " images" + layer
                + "; the model's weights are too large for them");
    }

    /** The first non-finite numbers of one image's pass, or nothing when every number is finite. */
    static Optional<CommandFailedException> of(PassTrace trace, String image) {
        return NonFinite.in(trace).map(w -> new CommandFailedException("the numbers are not finite for " + image + ": "
                + w.describe() + "; the model's weights are too large for it"));
    }
}
