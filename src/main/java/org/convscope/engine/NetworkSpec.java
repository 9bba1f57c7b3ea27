package org.convscope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.convscope.engine.layer.Dropout;

/**
 * A network description: the input shape and the layers in order. Every network ends in softmax
 * with cross-entropy loss (implicit, not listed), over as many classes as the last layer outputs.
 */
public record NetworkSpec(Shape input, List<LayerSpec> layers) {

    public NetworkSpec {
        input = Objects.requireNonNull(input, "input");
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
    }

    /** The same network with every layer spec passed through {@code change}. */
    public NetworkSpec mapLayers(UnaryOperator<LayerSpec> change) {
        List<LayerSpec> changed = new ArrayList<>();
        for (LayerSpec s : layers) {
            changed.add(change.apply(s));
        }
        return new NetworkSpec(input, changed);
    }

    /** The same network with every dropout layer's probability set to {@code p}. */
    public NetworkSpec withDropout(double p) {
        return mapLayers(s -> s instanceof Dropout.Spec ? new Dropout.Spec(p) : s);
    }
}
