package org.convscope.engine;

import java.util.Objects;

/**
 * How a pass runs. In training mode dropout draws a fresh mask from the mode's random source; in
 * inference mode every layer is deterministic and dropout passes everything through.
 *
 * <p>A mode may also allow layers to {@linkplain #reusesBuffers() reuse their buffers}: then the
 * tensors a layer returns are only valid until that layer's next pass. Training and plain
 * prediction, which keep nothing but the result, run that way and make almost no garbage; a
 * recorded pass (the {@link Stepper}, traces) never does, so its snapshots stay immutable.
 */
public final class Mode {
    /** Inference: no randomness, dropout is the identity. */
    public static final Mode INFERENCE = new Mode(null, false);

    private final Rng rng;
    private final boolean reusesBuffers;

    private Mode(Rng rng, boolean reusesBuffers) {
        this.rng = rng;
        this.reusesBuffers = reusesBuffers;
    }

    /** Training mode whose dropout masks come from {@code rng}. */
    public static Mode training(Rng rng) {
        return new Mode(Objects.requireNonNull(rng, "rng"), false);
    }

    /** This mode, letting layers write into arrays they reuse on their next pass. */
    public Mode withReusedBuffers() {
        return reusesBuffers ? this : new Mode(rng, true);
    }

    /** Whether layers may return arrays they will overwrite on their next pass. */
    public boolean reusesBuffers() {
        return reusesBuffers;
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
