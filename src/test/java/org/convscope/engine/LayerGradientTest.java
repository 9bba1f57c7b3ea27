package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.convscope.engine.layer.AvgPool2D;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Dropout;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.LeakyReLU;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.ReLU;
import org.convscope.engine.layer.Sigmoid;
import org.convscope.engine.layer.SoftmaxCrossEntropy;
import org.convscope.engine.layer.Tanh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layer's backward against central differences, for its input gradient and its parameter
 * gradients. The loss is {@code sum(output * R)} for a fixed random R, so dL/dOutput = R.
 */
class LayerGradientTest {

    static Stream<Arguments> layers() {
        return Stream.of(
                Arguments.of("conv 3x3 stride 1 no padding", new Conv2D.Spec(2, 3, 1, 0), Shape.of(1, 6, 6)),
                Arguments.of("conv 3x3 stride 2 padding 1, 3 channels", new Conv2D.Spec(4, 3, 2, 1), Shape.of(3, 7, 7)),
                Arguments.of("conv 5x5 padding 2", new Conv2D.Spec(3, 5, 1, 2), Shape.of(2, 6, 6)),
                Arguments.of("conv 1x1", new Conv2D.Spec(3, 1, 1, 0), Shape.of(4, 3, 3)),
                Arguments.of("dense from maps", new Dense.Spec(5), Shape.of(2, 3, 3)),
                Arguments.of("dense from vector", new Dense.Spec(7), Shape.vector(11)),
                Arguments.of("relu", new ReLU.Spec(), Shape.of(2, 4, 4)),
                Arguments.of("leaky relu", new LeakyReLU.Spec(0.1), Shape.of(2, 4, 4)),
                Arguments.of("sigmoid", new Sigmoid.Spec(), Shape.of(2, 4, 4)),
                Arguments.of("tanh", new Tanh.Spec(), Shape.vector(9)),
                Arguments.of("maxpool 2", new MaxPool2D.Spec(2), Shape.of(2, 6, 6)),
                Arguments.of("maxpool 3 stride 1 (overlapping)", new MaxPool2D.Spec(3, 1), Shape.of(2, 5, 5)),
                Arguments.of("avgpool 2", new AvgPool2D.Spec(2), Shape.of(2, 6, 6)),
                Arguments.of("avgpool 3 stride 2", new AvgPool2D.Spec(3, 2), Shape.of(1, 7, 7)),
                Arguments.of("flatten", new Flatten.Spec(), Shape.of(3, 2, 2)),
                Arguments.of("dropout 0.5 (frozen mask)", new Dropout.Spec(0.5), Shape.of(2, 4, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void backwardMatchesCentralDifferences(String description, LayerSpec spec, Shape inputShape) {
        Rng rng = new Rng(7);
        Layer layer = spec.build("layer", inputShape);
        Initialization.HE.initialize(layer, rng);
        for (Param p : layer.params()) {
            // Non-zero biases, so a wrong bias gradient cannot hide.
            if (!p.regularized()) {
                double[] b = GradientCheck.randomAwayFromZero(rng, p.size(), 0.1);
                p.setValues(b);
            }
        }
        double[] x = GradientCheck.randomAwayFromZero(rng, inputShape.size(), 0.05);
        double[] r = GradientCheck.randomAwayFromZero(rng, layer.outputShape().size(), 0.1);
        // A fresh source with the same seed on every pass keeps the dropout mask frozen.
        Supplier<Mode> mode = () -> Mode.training(new Rng(99));
        Supplier<Double> loss = () -> {
            double[] y = layer.forward(Tensor.wrap(inputShape, x.clone()), mode.get()).data();
            double s = 0;
            for (int i = 0; i < y.length; i++) {
                s += y[i] * r[i];
            }
            return s;
        };

        layer.forward(Tensor.wrap(inputShape, x.clone()), mode.get());
        Tensor gradIn = layer.backward(Tensor.wrap(layer.outputShape(), r.clone()));

        int checked = GradientCheck.check(description + " dL/dInput", x, gradIn.data(), loss::get, 1);
        for (Param p : layer.params()) {
            checked += GradientCheck.check(description + " dL/d" + p.name(), p.value(), p.grad().clone(), loss::get, 1);
        }
        assertTrue(checked >= inputShape.size(), "checked " + checked + " entries");
    }

    @Test
    void backwardAddsIntoParameterGradients() {
        Layer dense = new Dense.Spec(3).build("dense1", Shape.vector(4));
        Initialization.HE.initialize(dense, new Rng(1));
        Tensor x = Tensor.of(Shape.vector(4), 1, 2, 3, 4);
        Tensor g = Tensor.of(Shape.vector(3), 1, -1, 0.5);
        dense.forward(x, Mode.INFERENCE);
        dense.backward(g);
        double[] once = dense.params().get(0).grad().clone();
        dense.forward(x, Mode.INFERENCE);
        dense.backward(g);
        double[] twice = dense.params().get(0).grad();
        for (int i = 0; i < once.length; i++) {
            once[i] *= 2;
        }
        assertArrayEquals(once, twice, 1e-12, "a batch sums its examples' gradients");
    }

    @Test
    void softmaxCrossEntropyGradientMatchesCentralDifferences() {
        double[] z = GradientCheck.randomAwayFromZero(new Rng(3), 10, 0.05);
        for (int i = 0; i < z.length; i++) {
            z[i] *= 4;
        }
        int label = 6;
        Tensor p = SoftmaxCrossEntropy.probabilities(Tensor.of(Shape.vector(10), z));
        double[] analytic = SoftmaxCrossEntropy.gradient(p, label).toArray();
        GradientCheck.check("softmax cross-entropy dL/dlogits", z, analytic,
                () -> SoftmaxCrossEntropy.loss(SoftmaxCrossEntropy.probabilities(Tensor.of(Shape.vector(10), z)), label), 1);
    }
}
