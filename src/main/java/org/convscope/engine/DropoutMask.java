package org.convscope.engine;

/**
 * The units a dropout pass kept. In training mode each unit is dropped with probability
 * {@code p} and kept units are scaled by {@code 1/(1-p)} (inverted dropout, so inference needs no
 * rescaling); in inference mode the mask is inactive and every unit passes unchanged.
 */
public final class DropoutMask implements TraceExtra {
    private final double p;
    private final boolean active;
    private final boolean[] kept;

    public DropoutMask(double p, boolean active, boolean[] kept) {
        this.p = p;
        this.active = active;
        this.kept = kept.clone();
    }

    /** Drop probability. */
    public double p() {
        return p;
    }

    /** False in inference mode, where the layer is the identity. */
    public boolean active() {
        return active;
    }

    /** The factor kept units are multiplied by: 1/(1-p) when active, 1 otherwise. */
    public double scale() {
        return active ? 1.0 / (1.0 - p) : 1.0;
    }

    public boolean kept(int index) {
        return kept[index];
    }

    public int size() {
        return kept.length;
    }

    public int keptCount() {
        int n = 0;
        for (boolean k : kept) {
            if (k) {
                n++;
            }
        }
        return n;
    }
}
