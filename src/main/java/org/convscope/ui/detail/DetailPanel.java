package org.convscope.ui.detail;

import org.convscope.engine.Tensor;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.ValueRange;

/**
 * One tensor drawn large in the detail panel: which of the layer's tensors it is, the map shown,
 * and the colours, resolved so that the panel, its legend and the strip agree.
 *
 * @param kind   the layer's output, dL/dOutput or dL/dInput
 * @param tensor the values (the engine's own tensor, never a copy)
 * @param map    the channel shown (0 for a vector)
 * @param scale  the colour scale: the strip's for the output, diverging for gradients
 * @param range  the colour range actually used, never null (in per-map mode the map's own)
 */
public record DetailPanel(Kind kind, Tensor tensor, int map, ColorScale scale, ValueRange range) {

    /** Which of the layer's tensors a panel shows. */
    public enum Kind {
        OUTPUT, GRAD_OUTPUT, GRAD_INPUT
    }

    /** True when the tensor is a vector, drawn as a grid of units. */
    public boolean vector() {
        return tensor.shape().vector();
    }

    /** How many maps the tensor has (1 for a vector). */
    public int mapCount() {
        return vector() ? 1 : tensor.shape().channels();
    }

    /** The engine's value at (row, col) of the shown map; for a vector, {@code row} is the unit index. */
    public double value(int row, int col) {
        return vector() ? tensor.get(row) : tensor.get(map, row, col);
    }
}
