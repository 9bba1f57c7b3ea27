package org.convscope.engine;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.layer.SoftmaxCrossEntropy;

/**
 * Walks one example through the network one step at a time, so a view can pause anywhere:
 * position 0 is the start; positions 1..L run layer 1..L forward; position L+1 applies softmax
 * and computes the loss for the label; positions L+2..2L+1 run the layers backward, last layer
 * first. Every position has an immutable {@link PassTrace} snapshot, kept so that
 * {@link #previous()} walks back through the same states.
 *
 * <p>The stepper works on a worker copy of the network: it shares the weights, so
 * {@link #applyUpdate(double)} changes the real model, but its gradients and caches are its own.
 */
public final class Stepper {
    /** What a position does. */
    public enum Phase { START, FORWARD, LOSS, BACKWARD }

    /** Label value meaning "whatever class the network predicts", decided at the loss step. */
    public static final int PREDICTED = -1;

    private final Network network;
    private final Tensor input;
    private final int label;
    private final Mode mode;
    private final List<PassTrace> history = new ArrayList<>();
    private int position;
    private Tensor flowing;

    /**
     * @param label the target class the loss is computed for, or {@link #PREDICTED}
     * @param mode  training mode draws a dropout mask; inference mode passes everything through
     */
    public Stepper(Network network, Tensor input, int label, Mode mode) {
        network.checkInput(input);
        if (label != PREDICTED && (label < 0 || label >= network.classes())) {
            throw new IllegalArgumentException("label " + label + " is not one of the " + network.classes() + " classes");
        }
        this.network = network.copyForWorker();
        this.input = input.reshape(network.inputShape());
        this.label = label;
        this.mode = mode;
        history.add(new PassTrace(this.input, mode.isTraining(), List.of(), null));
    }

    /** Number of positions after the start: L forward, one loss, L backward. */
    public int totalSteps() {
        return totalSteps(network);
    }

    /** Number of positions after the start of a pass through {@code network}. */
    public static int totalSteps(Network network) {
        return 2 * network.layers().size() + 1;
    }

    public int position() {
        return position;
    }

    /** The label asked for: a class, or {@link #PREDICTED}. The loss trace holds the one used. */
    public int label() {
        return label;
    }

    public boolean canStepForward() {
        return position < totalSteps();
    }

    public boolean canStepBack() {
        return position > 0;
    }

    /** The phase at {@code pos}. */
    public Phase phaseAt(int pos) {
        int l = layerCount();
        if (pos == 0) {
            return Phase.START;
        }
        if (pos <= l) {
            return Phase.FORWARD;
        }
        return pos == l + 1 ? Phase.LOSS : Phase.BACKWARD;
    }

    /** The layer index a FORWARD or BACKWARD position works on, or -1 for START and LOSS. */
    public int layerAt(int pos) {
        int l = layerCount();
        return switch (phaseAt(pos)) {
            case FORWARD -> pos - 1;
            case BACKWARD -> 2 * l + 1 - pos;
            default -> -1;
        };
    }

    /** The snapshot at the current position. */
    public PassTrace current() {
        return history.get(position);
    }

    /** Advances one step and returns its snapshot. */
    public PassTrace next() {
        if (!canStepForward()) {
            throw new IllegalStateException("the pass is complete");
        }
        if (position + 1 == history.size()) {
            history.add(compute(position + 1, history.get(position)));
        }
        position++;
        return current();
    }

    /** Goes back one step to the snapshot it had. */
    public PassTrace previous() {
        if (!canStepBack()) {
            throw new IllegalStateException("already at the start");
        }
        position--;
        return current();
    }

    /** Back to the start; the computed steps are kept, so stepping again replays them. */
    public PassTrace reset() {
        position = 0;
        return current();
    }

    /**
     * One step of plain SGD on the shared weights with this example's gradients:
     * w -= learningRate * dL/dw. Only possible once the backward pass is complete.
     */
    public void applyUpdate(double learningRate) {
        if (history.size() <= totalSteps()) {
            throw new IllegalStateException("finish the backward pass before applying an update");
        }
        for (Param p : network.params()) {
            double[] v = p.value();
            double[] g = p.grad();
            for (int i = 0; i < v.length; i++) {
                v[i] -= learningRate * g[i];
            }
        }
    }

    private PassTrace compute(int pos, PassTrace before) {
        List<LayerTrace> layers = new ArrayList<>(before.layers());
        int index = layerAt(pos);
        switch (phaseAt(pos)) {
            case FORWARD -> {
                Layer layer = network.layers().get(index);
                Tensor in = index == 0 ? input : flowing;
                Tensor out = layer.forward(in, mode);
                flowing = out;
                layers.add(new LayerTrace(index, layer.name(), layer.type(), layer.inputShape(), layer.outputShape(),
                        layer.parameterCount(), in, out, layer.traceExtra(), snapshot(layer, false), null, null));
                return new PassTrace(input, mode.isTraining(), layers, null);
            }
            case LOSS -> {
                network.zeroGrads();
                Tensor logits = flowing.reshape(Shape.vector(network.classes()));
                Tensor p = SoftmaxCrossEntropy.probabilities(logits);
                int target = label == PREDICTED ? p.argmax() : label;
                Tensor g = SoftmaxCrossEntropy.gradient(p, target);
                flowing = g;
                LossTrace loss = new LossTrace(logits, p, target, SoftmaxCrossEntropy.loss(p, target), g);
                return new PassTrace(input, mode.isTraining(), layers, loss);
            }
            case BACKWARD -> {
                Layer layer = network.layers().get(index);
                Tensor gradOut = flowing.reshape(layer.outputShape());
                Tensor gradIn = layer.backward(gradOut);
                flowing = gradIn;
                layers.set(index, layers.get(index).withBackward(gradOut, gradIn, snapshot(layer, true)));
                return new PassTrace(input, mode.isTraining(), layers, before.loss());
            }
            default -> throw new IllegalStateException("no step computes the start");
        }
    }

    private static List<ParamTrace> snapshot(Layer layer, boolean withGradients) {
        List<ParamTrace> params = new ArrayList<>();
        for (Param p : layer.params()) {
            params.add(ParamTrace.of(p, withGradients));
        }
        return params;
    }

    private int layerCount() {
        return network.layers().size();
    }
}
