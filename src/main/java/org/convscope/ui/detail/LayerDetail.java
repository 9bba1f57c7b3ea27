package org.convscope.ui.detail;

import java.util.List;
import org.convscope.engine.Shape;
import org.convscope.ui.maps.ScaleMode;

/**
 * What the detail panel draws for the selected layer at one moment of the pass: an immutable
 * snapshot made by {@link LayerDetailViewModel}, so views only draw and tests read plain values.
 *
 * @param layerIndex  the network's index of the layer, -1 when no layer is selected
 * @param name        the layer's name ("conv1"), "" without a layer
 * @param type        the engine's type name ("conv2d"), "" without a layer
 * @param inputShape  the layer's input shape, null without a layer
 * @param outputShape the layer's output shape, null without a layer
 * @param status      whether there is anything to draw, and if not, why
 * @param gradients   true when the pass shows gradients (backward steps)
 * @param map         the map shown large (0-based; 0 for a vector)
 * @param mapCount    how many maps the layer's output has (1 for a vector)
 * @param scaleMode   which values share a colour range, as in the strip
 * @param panels      what is drawn large, left to right; empty unless {@link Status#SHOWN}
 */
public record LayerDetail(int layerIndex, String name, String type, Shape inputShape, Shape outputShape,
        Status status, boolean gradients, int map, int mapCount, ScaleMode scaleMode, List<DetailPanel> panels) {

    /** Why the panel shows values, or why it cannot. */
    public enum Status {
        /** No layer is selected (no network, or the pass has not started). */
        NO_LAYER,
        /** The forward pass has not reached the layer yet. */
        NOT_COMPUTED,
        /** Gradients are shown, but the backward pass has not come back to this layer yet. */
        NO_GRADIENT_YET,
        /** {@link #panels()} holds the values. */
        SHOWN
    }

    public LayerDetail {
        panels = List.copyOf(panels);
    }

    /** Nothing selected. */
    static LayerDetail none(ScaleMode mode) {
        return new LayerDetail(-1, "", "", null, null, Status.NO_LAYER, false, 0, 0, mode, List.of());
    }

    /** True when the layer's output is a vector (dense, flatten, dropout after a dense layer). */
    public boolean vector() {
        return outputShape != null && outputShape.vector();
    }
}
