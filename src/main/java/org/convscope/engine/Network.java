package org.convscope.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convscope.engine.layer.SoftmaxCrossEntropy;

/**
 * A chain of layers built from a {@link NetworkSpec}, ending in softmax with cross-entropy loss.
 *
 * <p>Building infers every layer's input shape from the one before, so any architecture whose
 * shapes fit can be built; one that does not fit fails with the layer's name and numbers.
 * Layers are named by type and position among their kind: conv1, relu1, maxpool1, conv2 ...
 *
 * <p>A network instance runs one pass at a time. For parallel work, {@link #copyForWorker()} gives
 * a network that shares the weights but has its own gradients and caches.
 */
public final class Network {
    private final NetworkSpec spec;
    private final List<Layer> layers;
    private final List<Param> params;

    private Network(NetworkSpec spec, List<Layer> layers) {
        this.spec = spec;
        this.layers = List.copyOf(layers);
        List<Param> all = new ArrayList<>();
        for (Layer layer : layers) {
            all.addAll(layer.params());
        }
        this.params = Collections.unmodifiableList(all);
    }

    /** Builds the network with He initialisation drawn from {@code rng}. */
    public static Network build(NetworkSpec spec, Rng rng) {
        return build(spec, Initialization.HE, rng);
    }

    /** Builds the network, checking that every layer fits its input, and initialises its weights. */
    public static Network build(NetworkSpec spec, Initialization init, Rng rng) {
        List<Layer> layers = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Shape shape = spec.input();
        for (LayerSpec layerSpec : spec.layers()) {
            String prefix = namePrefix(layerSpec.type());
            String name = prefix + counts.merge(prefix, 1, Integer::sum);
            Layer layer = layerSpec.build(name, shape);
            init.initialize(layer, rng);
            layers.add(layer);
            shape = layer.outputShape();
        }
        if (!shape.vector() && shape.mapSize() != 1) {
            throw new ShapeException("the last layer (" + layers.get(layers.size() - 1).name() + ") outputs " + shape
                    + " but softmax needs a vector of class scores: end with flatten and dense");
        }
        return new Network(spec, layers);
    }

    private static String namePrefix(String type) {
        return type.equals("conv2d") ? "conv" : type;
    }

    /** A network sharing this one's weights, with its own gradients and layer caches. */
    public Network copyForWorker() {
        List<Layer> copies = new ArrayList<>();
        for (Layer layer : layers) {
            copies.add(layer.copyForWorker());
        }
        return new Network(spec, copies);
    }

    /** Runs every layer and returns the logits (the scores before softmax), a tensor of its own. */
    public Tensor forward(Tensor input, Mode mode) {
        return Tensor.of(Shape.vector(classes()), runLayers(input, mode).data());
    }

    /** The forward pass with reused layer buffers: the result is valid until the next pass. */
    private Tensor runLayers(Tensor input, Mode mode) {
        checkInput(input);
        Tensor x = input;
        Mode fast = mode.withReusedBuffers();
        for (Layer layer : layers) {
            x = layer.forward(x, fast);
        }
        return x;
    }

    /** Class probabilities in inference mode. */
    public Tensor predict(Tensor input) {
        return SoftmaxCrossEntropy.probabilities(forward(input, Mode.INFERENCE));
    }

    /**
     * Forward, loss and backward for one example; adds its gradients to the parameters' gradients
     * and returns the loss. Used by training, where nothing needs recording.
     */
    public LossTrace train(Tensor input, int label, Mode mode) {
        Tensor logits = forward(input, mode);
        Tensor p = SoftmaxCrossEntropy.probabilities(logits);
        Tensor g = SoftmaxCrossEntropy.gradient(p, label);
        double loss = SoftmaxCrossEntropy.loss(p, label);
        Tensor grad = g;
        for (int i = layers.size() - 1; i >= 0; i--) {
            grad = layers.get(i).backward(grad);
        }
        return new LossTrace(logits, p, label, loss, g);
    }

    /** The forward trace of one example: every layer's input, output, routes and masks (no loss, no gradients). */
    public PassTrace forwardTrace(Tensor input, Mode mode) {
        Stepper stepper = new Stepper(this, input, Stepper.PREDICTED, mode);
        for (int i = 0; i < layers.size(); i++) {
            stepper.next();
        }
        return stepper.current();
    }

    /** The complete forward and backward trace of one example (on a worker copy; this network's gradients are untouched). */
    public PassTrace trace(Tensor input, int label, Mode mode) {
        Stepper stepper = new Stepper(this, input, label, mode);
        while (stepper.canStepForward()) {
            stepper.next();
        }
        return stepper.current();
    }

    void checkInput(Tensor input) {
        if (input.size() != spec.input().size()) {
            throw new ShapeException("the input is " + input.shape() + " but " + layers.get(0).name() + " expects "
                    + spec.input());
        }
    }

    /** A copy of every parameter's values, in {@link #params()} order: a snapshot to undo updates with. */
    public List<double[]> copyWeights() {
        List<double[]> copy = new ArrayList<>();
        for (Param p : params) {
            copy.add(p.value().clone());
        }
        return List.copyOf(copy);
    }

    /** Puts back values taken by {@link #copyWeights()} from this network (or one of the same architecture). */
    public void restoreWeights(List<double[]> weights) {
        if (weights.size() != params.size()) {
            throw new IllegalArgumentException("expected " + params.size() + " parameter arrays, got " + weights.size());
        }
        for (int i = 0; i < params.size(); i++) {
            params.get(i).setValues(weights.get(i));
        }
    }

    public void zeroGrads() {
        for (Param p : params) {
            p.zeroGrad();
        }
    }

    public NetworkSpec spec() {
        return spec;
    }

    public Shape inputShape() {
        return spec.input();
    }

    public List<Layer> layers() {
        return layers;
    }

    /** All trainable parameters, layer by layer, weights before biases. */
    public List<Param> params() {
        return params;
    }

    /** Number of classes: the size of the last layer's output. */
    public int classes() {
        return layers.get(layers.size() - 1).outputShape().size();
    }

    public long parameterCount() {
        long n = 0;
        for (Layer layer : layers) {
            n += layer.parameterCount().count();
        }
        return n;
    }

    /** Multiply-adds of one forward pass. */
    public long multiplyAdds() {
        long n = 0;
        for (Layer layer : layers) {
            n += layer.multiplyAdds();
        }
        return n;
    }
}
