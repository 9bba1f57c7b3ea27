package org.convscope.engine.train;

/** The loss became NaN or infinite: the learning rate is too high or the data is broken. */
public class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrainingDivergedException(double loss) {
        super("training diverged: the loss became " + loss + "; lower the learning rate (and check the data)");
    }
}
