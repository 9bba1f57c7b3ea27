package org.convscope.engine.layer;

import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Mode;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;

/**
 * Unrolls feature maps (C, H, W) into one vector of C*H*W values in channel-major order: map 0
 * row by row, then map 1 ... Nothing is computed; backward folds the gradient back into maps.
 * Value i of the vector is cell (c, y, x) with i = (c*H + y)*W + x.
 */
public final class Flatten implements Layer {

    public record Spec() implements LayerSpec {
        @Override
        public String type() {
            return "flatten";
        }

        @Override
        public Layer build(String name, Shape input) {
            return new Flatten(name, input);
        }

        @Override
        public Shape outputShape(Shape input) {
            return Shape.vector(input.size());
        }
    }

    private final String name;
    private final Shape inputShape;
    private final Shape outputShape;

    private Flatten(String name, Shape input) {
        this.name = name;
        this.inputShape = input;
        this.outputShape = Shape.vector(input.size());
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        return input.reshape(outputShape);
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        return gradOutput.reshape(inputShape);
    }

    @Override
    public Layer copyForWorker() {
        return new Flatten(name, inputShape);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Spec spec() {
        return new Spec();
    }

    @Override
    public Shape inputShape() {
        return inputShape;
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }
}
