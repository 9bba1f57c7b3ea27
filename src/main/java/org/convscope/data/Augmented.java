package org.convscope.data;

import java.util.Objects;
import org.convscope.engine.Examples;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;

/**
 * Training examples seen through {@link Augmentation}: input i is a random variant of the wrapped
 * input i, made when it is asked for, with the same label. Wrap only the training part of a data
 * set; validation must measure the digits as they are.
 *
 * <p>The variant depends only on the seed, the epoch and i, so training is repeatable and any
 * thread may ask for any example at any time (instances are immutable). {@link #forEpoch} gives
 * the same examples with the variants of another epoch, so each pass over the data shows new
 * ones.
 */
public final class Augmented implements Examples {
    private final Examples examples;
    private final Shape shape;
    private final long seed;
    private final int epoch;
    /**
     * The unchanged input, one array per thread, so augmenting makes no garbage per example. Per
     * instance, not shared, so that augmenting augmented examples cannot overwrite its own source.
     */
    private final ThreadLocal<double[]> original;

    private Augmented(Examples examples, Shape shape, long seed, int epoch) {
        this.examples = examples;
        this.shape = shape;
        this.seed = seed;
        this.epoch = epoch;
        this.original = ThreadLocal.withInitial(() -> new double[shape.size()]);
    }

    /**
     * {@code examples} augmented with variants drawn from {@code seed}, those of epoch 1. The
     * inputs must be one-channel images (1 x height x width).
     */
    public static Augmented of(Examples examples, long seed) {
        Objects.requireNonNull(examples, "examples");
        Shape shape = examples.size() == 0 ? Shape.of(1, 1, 1) : examples.input(0).shape();
        if (shape.channels() != 1 || shape.vector()) {
            throw new IllegalArgumentException("augmentation works on one-channel images, not inputs of " + shape);
        }
        return new Augmented(examples, shape, seed, 1);
    }

    /** The same examples with the variants of {@code epoch}. */
    public Augmented forEpoch(int epoch) {
        return new Augmented(examples, shape, seed, epoch);
    }

    /** The epoch whose variants this shows. */
    public int epoch() {
        return epoch;
    }

    @Override
    public int size() {
        return examples.size();
    }

    @Override
    public int label(int index) {
        return examples.label(index);
    }

    @Override
    public Tensor input(int index) {
        double[] values = new double[shape.size()];
        copyInput(index, values);
        return Tensor.wrap(shape, values);
    }

    @Override
    public void copyInput(int index, double[] target) {
        double[] source = original.get();
        examples.copyInput(index, source);
        Rng rng = new Rng(Seeds.mix(Seeds.mix(seed, epoch), index));
        Augmentation.apply(source, target, shape.width(), shape.height(), rng);
    }
}
