package org.convscope.engine.train;

/**
 * Training went wrong and was stopped: the loss or a weight became NaN or infinite, or the loss
 * stayed far above where it started (see {@link DivergenceGuard}). Usually the learning rate is
 * too high; sometimes the data holds NaN values.
 *
 * <p>{@link #batch()}, {@link #loss()} and {@link #reference()} let a caller say it in its own
 * words (the command line adds the learning rate it was given; the app translates).
 */
public class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int batch;
    private final double loss;
    private final double reference;

    /**
     * @param what      what went wrong, e.g. "the loss became NaN" or "loss 582 at batch 17 (2.30 at the start)"
     * @param batch     the batch of the run (counted from 1) after which training stopped
     * @param loss      that batch's mean loss (NaN when a weight became non-finite and the loss did not)
     * @param reference the loss the run is measured against ({@link DivergenceGuard#reference()})
     */
    public TrainingDivergedException(String what, int batch, double loss, double reference) {
        super("training diverged: " + what + "; lower the learning rate and check the data for NaN values");
        this.batch = batch;
        this.loss = loss;
        this.reference = reference;
    }

    public int batch() {
        return batch;
    }

    public double loss() {
        return loss;
    }

    public double reference() {
        return reference;
    }

    /** What went wrong without the advice: "loss 582 at batch 17 (2.30 at the start)". */
    public String what() {
        String m = getMessage();
        return m.substring("training diverged: ".length(), m.lastIndexOf("; lower the learning rate"));
    }
}
