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

    /**
     * About how many numbers the layer holds for one image, besides its parameters, computed
     * without allocating them: by default its output and its input gradient; a layer with larger
     * caches (a convolution's unrolled input) says so. Counted in long, for shapes that would not
     * fit an int: a model file is checked against {@code Limits} with this before it is built.
     */
    default long valuesPerImage(Shape input) {
        Shape out = outputShape(input);
        return (long) input.channels() * input.height() * input.width()
                + (long) out.channels() * out.height() * out.width();
    }

    /** Parameter count for an input shape, computed without allocating the weights. */
    default ParameterCount parameterCount(Shape input) {
        return ParameterCount.NONE;
    }
}
