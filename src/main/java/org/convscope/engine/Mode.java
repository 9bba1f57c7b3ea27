package org.convscope.engine;

import java.util.Objects;

/**
 * How a forward pass runs. In training mode dropout draws a fresh mask from the mode's random
 * source; in inference mode every layer is deterministic and dropout passes everything through.
 */
public final class Mode {
    /** Inference: no randomness, dropout is the identity. */
    public static final Mode INFERENCE = new Mode(null);

    private final Rng rng;

    private Mode(Rng rng) {
        this.rng = rng;
    }

    /** Training mode whose dropout masks come from {@code rng}. */
    public static Mode training(Rng rng) {
        return new Mode(Objects.requireNonNull(rng, "rng"));
    }

    public boolean isTraining() {
        return rng != null;
    }

    /** The random source of a training pass. */
    public Rng rng() {
        if (rng == null) {
            throw new IllegalStateException("inference mode has no random source");
        }
        return rng;
    }

    @Override
    public String toString() {
        return isTraining() ? "training" : "inference";
    }
}
