package org.convscope.engine.train;

import java.util.Locale;

/**
 * Tells a diverging run from a noisy one, the same way for every trainer (the {@code train}
 * command and the app's live training both go through {@link Trainer}).
 *
 * <p>A diverged run need not reach NaN: the loss of one image is floored at
 * −ln(1e-300) ≈ 690.8, so a learning rate of 1e6 gives losses of some 600 for ever while the
 * weights stay finite. So each batch's mean loss is measured against a <b>reference</b>: the
 * larger of the first batch's loss (computed before any update) and ln(classes), the loss of a
 * network that gives every class the same probability (2.30 for ten). The run has diverged when
 * <ul>
 *   <li>a batch's loss or any weight is NaN or infinite, or</li>
 *   <li>{@value #PATIENCE} batches in a row each have a mean loss above
 *       max({@value #FACTOR} × reference, reference + {@value #MARGIN}): 7.30 for a fresh
 *       ten-class network. A healthy run, dropout and all, stays far below; one bad batch, or a
 *       spike that recovers, does not stop it.</li>
 * </ul>
 * Taking the larger of the two references keeps a well-trained model that is fine-tuned (first
 * loss 0.05) from being stopped by ordinary noise, and a network that starts badly (first loss 20)
 * from being stopped for not improving at once.
 *
 * <p>After training, {@link #atChance} says whether a run learned nothing: validation accuracy
 * at most {@value #CHANCE_FACTOR} × 1/classes (15% for ten classes), measured on at least
 * {@value #MIN_VALIDATION} images so that a small set's luck cannot decide it.
 */
public final class DivergenceGuard {
    public static final double FACTOR = 3;
    public static final double MARGIN = 5;
    public static final int PATIENCE = 5;
    public static final double CHANCE_FACTOR = 1.5;
    public static final int MIN_VALIDATION = 100;

    private final double uniformLoss;
    private double reference = Double.NaN;
    private int batches;
    private int above;

    /** @param classes how many classes the network tells apart */
    public DivergenceGuard(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
        }
        this.uniformLoss = Math.log(classes);
    }

    /**
     * Takes the next batch's mean loss, in the order trained; throws if the run has diverged.
     * The first call sets the reference.
     */
    public void observe(double meanLoss) {
        batches++;
        if (Double.isNaN(reference)) {
            reference = Double.isFinite(meanLoss) ? Math.max(meanLoss, uniformLoss) : uniformLoss;
        }
        if (!Double.isFinite(meanLoss)) {
            throw new TrainingDivergedException("the loss became " + meanLoss + " at batch " + batches, batches,
                    meanLoss, reference);
        }
        above = meanLoss > threshold() ? above + 1 : 0;
        if (above >= PATIENCE) {
            throw new TrainingDivergedException(String.format(Locale.ROOT, "loss %s at batch %d (%.2f at the start)",
                    loss(meanLoss), batches, reference), batches, meanLoss, reference);
        }
    }

    /** A weight became NaN or infinite after the last observed batch's update. */
    public TrainingDivergedException weightNotFinite(double value) {
        return new TrainingDivergedException("a weight of the network became " + value + " at batch " + batches,
                batches, Double.NaN, reference);
    }

    /** The loss the run is measured against; NaN before the first batch. */
    public double reference() {
        return reference;
    }

    /** The mean batch loss that counts as far too high: max(3 × reference, reference + 5). */
    public double threshold() {
        return Math.max(FACTOR * reference, reference + MARGIN);
    }

    /** Batches observed so far. */
    public int batches() {
        return batches;
    }

    /**
     * True if {@code validation} shows a network that learned nothing: on at least
     * {@value #MIN_VALIDATION} images, an accuracy of at most 1.5 / classes.
     */
    public static boolean atChance(Evaluation validation) {
        return validation.count() >= MIN_VALIDATION && validation.accuracy() <= chanceAccuracy(validation.confusion().length);
    }

    /** 1.5 / classes: 0.15 for ten classes. */
    public static double chanceAccuracy(int classes) {
        return CHANCE_FACTOR / classes;
    }

    /** 582 rather than 582.3415, 2.31 rather than 2.3056: the size is what matters. */
    private static String loss(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
