package org.convscope.ui.overview;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.Layer;
import org.convscope.engine.Network;
import org.convscope.engine.ParameterCount;

/**
 * What the layer list shows of a network: the input row, one row per layer in data-flow order,
 * and the total parameter count. An immutable snapshot, independent of the network's weights.
 */
public record ModelOverview(List<LayerRow> rows, long totalParameters) {

    public ModelOverview {
        rows = List.copyOf(rows);
    }

    /** The overview of {@code network}. */
    public static ModelOverview of(Network network) {
        List<LayerRow> rows = new ArrayList<>();
        rows.add(LayerRow.input(network.inputShape()));
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            rows.add(LayerRow.of(i + 1, layers.get(i)));
        }
        return new ModelOverview(rows, network.parameterCount());
    }

    /** Number of layers, not counting the input. */
    public int layerCount() {
        return rows.size() - 1;
    }

    /** The total with thousands separators, the same in every language: "61,706". */
    public String totalParametersText() {
        return ParameterCount.format(totalParameters);
    }
}
