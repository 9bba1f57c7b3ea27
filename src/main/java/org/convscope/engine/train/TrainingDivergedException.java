package org.convscope.engine.train;

/** The loss became NaN or infinite: the learning rate is too high or the data is broken. */
public class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what what became non-finite, e.g. "the loss became NaN" */
    public TrainingDivergedException(String what) {
        super("training diverged: " + what + "; lower the learning rate and check the data for NaN values");
    }
}
