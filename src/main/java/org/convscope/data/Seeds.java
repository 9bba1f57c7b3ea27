package org.convscope.data;

/**
 * Seeds for items of a generated or augmented set, derived from the set's seed and the item's
 * number, so that item n is the same whichever thread makes it and in whatever order: no item
 * draws from a generator that another item has advanced.
 */
final class Seeds {
    private Seeds() {
    }

    /**
     * A well-mixed seed for item {@code index} of the set seeded by {@code seed}: neighbouring
     * seeds and indices give unrelated results, so the sets of seeds 1 and 2 share no digits.
     */
    static long mix(long seed, long index) {
        return scramble(scramble(seed) + index);
    }

    /** SplitMix64's finaliser (as in {@link java.util.SplittableRandom}): every input bit changes half the output bits. */
    private static long scramble(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
