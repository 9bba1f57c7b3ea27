package org.convscope.ui.detail;

import org.convscope.engine.DropoutMask;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Tensor;

/**
 * What the dropout view states about one pass through a dropout layer, read from the engine's own
 * {@link DropoutMask}: p, how many units were kept, the factor kept units are multiplied by, and
 * the rules forward and backward for one unit. Pure Java (no JavaFX), so it is tested against the
 * engine's traces without a stage.
 *
 * @param p      the drop probability
 * @param active true in training mode; false in inference mode, where every unit passes unchanged
 * @param kept   units kept (all of them in inference mode)
 * @param total  units in the layer
 * @param scale  1/(1-p) in training mode, 1 in inference mode
 */
public record DropoutFacts(double p, boolean active, int kept, int total, double scale) {

    /** The facts of {@code trace}, a dropout layer's trace, or null if it carries no mask. */
    public static DropoutFacts of(LayerTrace trace) {
        DropoutMask mask = mask(trace);
        return mask == null ? null
                : new DropoutFacts(mask.p(), mask.active(), mask.keptCount(), mask.size(), mask.scale());
    }

    /** The mask the engine drew for {@code trace}, or null. */
    public static DropoutMask mask(LayerTrace trace) {
        return trace.extra().filter(DropoutMask.class::isInstance).map(DropoutMask.class::cast).orElse(null);
    }

    public int dropped() {
        return total - kept;
    }

    /** The unit's output: x/(1-p) where kept, exactly 0 where dropped (inverted dropout). */
    public static double output(DropoutMask mask, int unit, double input) {
        return mask.kept(unit) ? input * mask.scale() : 0;
    }

    /**
     * dL/dInput of one unit: dL/dOutput x 1/(1-p) where the unit was kept, exactly 0 where it was
     * dropped; a dropped unit did not take part in the output, so no gradient reaches it.
     */
    public static double gradInput(DropoutMask mask, int unit, double gradOutput) {
        return mask.kept(unit) ? gradOutput * mask.scale() : 0;
    }

    /** Which units of {@code tensor}'s map {@code map} (or of the whole vector) were dropped, in the map's order. */
    public static boolean[] droppedInMap(DropoutMask mask, Tensor tensor, int map) {
        int size = tensor.shape().vector() ? tensor.size() : tensor.shape().mapSize();
        int offset = tensor.shape().vector() ? 0 : map * size;
        boolean[] dropped = new boolean[size];
        for (int i = 0; i < size; i++) {
            dropped[i] = !mask.kept(offset + i);
        }
        return dropped;
    }
}
