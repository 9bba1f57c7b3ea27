package org.convscope.engine;

import java.util.List;
import java.util.function.DoubleSupplier;
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
import org.convscope.engine.train.Regularization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole networks against central differences: the loss is cross-entropy plus the L1/L2 penalty,
 * the analytic gradient is what training uses (backward through every layer plus the
 * regularization gradient). Dropout runs in training mode with a frozen mask.
 */
class NetworkGradientTest {

    static Stream<Arguments> networks() {
        Shape small = Shape.of(1, 11, 11);
        return Stream.of(
                Arguments.of("lenet5 preset, dropout active", Presets.lenet5(), Regularization.NONE),
                Arguments.of("tiny preset", Presets.tiny(), Regularization.NONE),
                Arguments.of("tiny with L2", Presets.tiny(), new Regularization(0, 0.01)),
                Arguments.of("tiny with L1 and L2", Presets.tiny(), new Regularization(0.001, 0.01)),
                Arguments.of("stride 2, padding 1, average pooling, tanh", new NetworkSpec(small, List.of(
                        new Conv2D.Spec(3, 3, 2, 1), new Tanh.Spec(), new AvgPool2D.Spec(2),
                        new Flatten.Spec(), new Dense.Spec(6), new Sigmoid.Spec(), new Dense.Spec(4))),
                        new Regularization(0.002, 0.003)),
                Arguments.of("two input channels, overlapping max pooling, leaky relu, dropout", new NetworkSpec(
                        Shape.of(2, 9, 9), List.of(
                        new Conv2D.Spec(4, 3, 1, 0), new LeakyReLU.Spec(0.05), new MaxPool2D.Spec(3, 2),
                        new Conv2D.Spec(3, 3, 1, 1), new ReLU.Spec(), new Flatten.Spec(),
                        new Dropout.Spec(0.3), new Dense.Spec(5))), new Regularization(0, 0.02)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void trainingGradientMatchesCentralDifferences(String description, NetworkSpec spec, Regularization reg) {
        Rng rng = new Rng(11);
        Network net = Network.build(spec, rng);
        double[] x = new double[spec.input().size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        int label = 3;
        Tensor input = Tensor.wrap(spec.input(), x);
        // The same seed on every pass freezes the dropout mask.
        Supplier<Mode> mode = () -> Mode.training(new Rng(5));
        DoubleSupplier loss = () -> {
            Tensor logits = net.forward(Tensor.wrap(spec.input(), x), mode.get()).reshape(Shape.vector(net.classes()));
            return SoftmaxCrossEntropy.loss(SoftmaxCrossEntropy.probabilities(logits), label) + reg.penalty(net.params());
        };

        net.zeroGrads();
        net.train(input, label, mode.get());
        reg.addGradients(net.params());
        for (Param p : net.params()) {
            // Large parameter arrays are sampled: about 40 entries each keeps the test fast.
            int stride = Math.max(1, p.size() / 40);
            GradientCheck.check(description + " " + p, p.value(), p.grad().clone(), loss, stride);
        }

        PassTrace trace = net.trace(input, label, mode.get());
        double[] gradInput = trace.layer(0).gradInput().toArray();
        DoubleSupplier dataLoss = () -> SoftmaxCrossEntropy.loss(SoftmaxCrossEntropy.probabilities(
                net.forward(Tensor.wrap(spec.input(), x), mode.get()).reshape(Shape.vector(net.classes()))), label);
        GradientCheck.check(description + " dL/dInput", x, gradInput, dataLoss, Math.max(1, x.length / 60));
    }
}
