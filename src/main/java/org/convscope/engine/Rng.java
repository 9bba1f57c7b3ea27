package org.convscope.engine;

import java.util.SplittableRandom;

/**
 * The engine's one source of randomness: weight initialisation, dropout masks and shuffling all
 * draw from an instance seeded by the user, so the same seed gives the same model bit for bit.
 * Not thread-safe: parallel work draws a seed per task from the parent first ({@link #nextLong()})
 * and makes its own {@code Rng} from it, in a fixed order.
 */
public final class Rng {
    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public double nextDouble() {
        return random.nextDouble();
    }

    public double nextGaussian() {
        return random.nextGaussian();
    }

    public long nextLong() {
        return random.nextLong();
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Fisher-Yates shuffle in place. */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
