package org.convscope.engine;

import java.util.List;

/**
 * One example's pass through the network as far as it has gone: the layers reached so far (a
 * layer not yet reached forward is absent; one not yet reached backward has no gradients), and
 * the loss once the softmax step has run (null before). Immutable, so the UI can keep earlier
 * snapshots to step back through.
 */
public record PassTrace(Tensor input, boolean training, List<LayerTrace> layers, LossTrace loss) {

    public PassTrace {
        layers = List.copyOf(layers);
    }

    public boolean hasLoss() {
        return loss != null;
    }

    /** The trace of layer {@code index}, which must have been reached. */
    public LayerTrace layer(int index) {
        return layers.get(index);
    }
}
