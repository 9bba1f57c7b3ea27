package org.convscope.ui.overview;

import org.convscope.engine.Layer;
import org.convscope.engine.ParameterCount;
import org.convscope.engine.Shape;
import org.convscope.ui.MathText;

/**
 * One line of the layer list: the network's input, or one layer with what it outputs and the
 * parameters it holds. Immutable, so the rows can be built on a worker thread and shown on the FX
 * thread.
 *
 * @param position    0 for the input, then 1, 2 ... in data-flow order
 * @param name        the layer's name in its network ("conv1"), or "input"
 * @param type        the engine's type name ("conv2d", "maxpool" ...), or {@link #INPUT_TYPE};
 *                    the view shows it translated
 * @param outputShape what the layer outputs; for the input row, the input itself
 * @param parameters  the parameter count with its formula ("6 x (5 x 5 x 1) + 6 = 156")
 */
public record LayerRow(int position, String name, String type, Shape outputShape, ParameterCount parameters) {

    /** The type of the first row, which stands for the network's input rather than a layer. */
    public static final String INPUT_TYPE = "input";

    static LayerRow input(Shape inputShape) {
        return new LayerRow(0, "input", INPUT_TYPE, inputShape, ParameterCount.NONE);
    }

    static LayerRow of(int position, Layer layer) {
        return new LayerRow(position, layer.name(), layer.type(), layer.outputShape(), layer.parameterCount());
    }

    public boolean isInput() {
        return INPUT_TYPE.equals(type);
    }

    public boolean hasParameters() {
        return parameters.count() > 0;
    }

    /**
     * The output shape the way the course writes it: "6 × 28 × 28" for feature maps (channels
     * first, as the engine stores them), "120" for a vector.
     */
    public String shapeText() {
        return MathText.shape(outputShape);
    }
}
