package org.convscope.model;

import java.util.List;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.Shape;
import org.convscope.engine.ShapeException;
import org.convscope.io.Limits;

/**
 * Checks a model's architecture against {@link Limits} before anything is built: the input shape,
 * the number of layers, the parameters and the numbers one image needs. Every size is worked out
 * from the layer specs in long arithmetic, without allocating, so a file that asks for a 100000 x
 * 100000 input or a dense layer of two billion units is refused with a message, not an
 * OutOfMemoryError.
 */
final class ModelLimits {
    private ModelLimits() {
    }

    /** The input alone, checked as soon as it is read. */
    static void checkInput(Shape input) throws ModelFormatException {
        if (input.height() > Limits.MAX_INPUT_SIDE || input.width() > Limits.MAX_INPUT_SIDE) {
            throw new ModelFormatException("input " + input.height() + " x " + input.width() + " is larger than "
                    + Limits.MAX_INPUT_SIDE + " x " + Limits.MAX_INPUT_SIDE + ", the largest ConvScope opens",
                    Refusal.of(Refusal.Kind.INPUT_TOO_LARGE, input.height(), input.width(), Limits.MAX_INPUT_SIDE));
        }
        if (input.channels() > Limits.MAX_INPUT_CHANNELS) {
            throw new ModelFormatException("input of " + input.channels() + " channels has more than "
                    + Limits.MAX_INPUT_CHANNELS + ", the most ConvScope opens",
                    Refusal.of(Refusal.Kind.TOO_MANY_CHANNELS, input.channels(), Limits.MAX_INPUT_CHANNELS));
        }
    }

    /** The number of layers, checked before any of them is read. */
    static void checkLayerCount(int layers) throws ModelFormatException {
        if (layers > Limits.MAX_LAYERS) {
            throw new ModelFormatException(Limits.count(layers) + " layers are more than " + Limits.MAX_LAYERS
                    + ", the most ConvScope opens", Refusal.of(Refusal.Kind.TOO_MANY_LAYERS, Limits.count(layers),
                    Limits.MAX_LAYERS));
        }
    }

    /**
     * The whole architecture: shapes are inferred layer by layer as the network would, and the
     * parameters and per-image numbers are summed. A layer that does not fit its input ends the
     * check: building then fails there with the engine's own message.
     */
    static void checkNetwork(NetworkSpec spec) throws ModelFormatException {
        checkInput(spec.input());
        List<LayerSpec> layers = spec.layers();
        checkLayerCount(layers.size());
        Shape shape = spec.input();
        long parameters = 0;
        long values = 0;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            String where = "layers[" + i + "] (" + layer.type() + ")";
            Shape out;
            try {
                out = layer.outputShape(shape);
            } catch (ShapeException e) {
                // The layers before it are within the limits, so building gets this far and
                // reports the misfit with the layer's name (conv2), which the specs do not know.
                return;
            }
            long outputs = (long) out.channels() * out.height() * out.width();
            if (outputs > Limits.MAX_VALUES_PER_IMAGE) {
                throw new ModelFormatException(where + " would output " + Limits.count(outputs) + " values ("
                        + out + "), more than the " + Limits.count(Limits.MAX_VALUES_PER_IMAGE)
                        + " numbers ConvScope gives one image", Refusal.of(Refusal.Kind.LAYER_OUTPUT_TOO_LARGE, where,
                        Limits.count(outputs), Limits.count(Limits.MAX_VALUES_PER_IMAGE)));
            }
            long layerParameters = layer.parameterCount(shape).count();
            parameters += layerParameters;
            if (parameters > Limits.MAX_PARAMETERS) {
                throw new ModelFormatException("the layers up to " + where + " have " + Limits.count(parameters)
                        + " parameters (this layer " + Limits.count(layerParameters) + "), more than "
                        + Limits.count(Limits.MAX_PARAMETERS) + ", the most ConvScope opens",
                        Refusal.of(Refusal.Kind.TOO_MANY_PARAMETERS, where, Limits.count(parameters),
                                Limits.count(Limits.MAX_PARAMETERS)));
            }
            long layerValues = layer.valuesPerImage(shape);
            values += layerValues;
            if (values > Limits.MAX_VALUES_PER_IMAGE) {
                throw new ModelFormatException("the layers up to " + where + " need " + Limits.bytes(values * Double.BYTES)
                        + " for one image (this layer " + Limits.bytes(layerValues * Double.BYTES) + "), more than "
                        + Limits.bytes(Limits.MAX_VALUES_PER_IMAGE * Double.BYTES) + ", the most ConvScope gives one image",
                        Refusal.of(Refusal.Kind.TOO_MUCH_MEMORY, where, Limits.bytes(values * Double.BYTES),
                                Limits.bytes(Limits.MAX_VALUES_PER_IMAGE * Double.BYTES)));
            }
            shape = out;
        }
    }
}
