package org.convscope.engine;

/**
 * The description of one layer in a network description, before it has an input shape. Each
 * layer class defines its own spec as a nested record ({@code Conv2D.Spec}, {@code Dense.Spec}
 * ...), so a layer and its description live in one file.
 */
public interface LayerSpec {

    /** The type name used in model files and traces: "conv2d", "relu", "maxpool" ... */
    String type();

    /** Builds the layer for an input of the given shape; throws {@link ShapeException} if it does not fit. */
    Layer build(String name, Shape input);

    /** The output shape for an input shape, without building anything. */
    Shape outputShape(Shape input);

    /** Parameter count for an input shape, computed without allocating the weights. */
    default ParameterCount parameterCount(Shape input) {
        return ParameterCount.NONE;
    }
}
