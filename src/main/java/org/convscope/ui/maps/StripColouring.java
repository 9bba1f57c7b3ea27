package org.convscope.ui.maps;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Tensor;

/**
 * What each column of the {@link NetworkStrip} shows and on which colour range: pure logic, kept
 * out of the skin so it is tested without a stage.
 *
 * <p>Column 0 is the input (grey scale, its own range); column {@code i + 1} is layer {@code i}.
 * Activations that are all &ge; 0 use the sequential scale, activations with a negative value
 * (a convolution or dense layer before its ReLU) and all gradients the diverging one. A column has
 * no tensor when the pass has not reached its layer yet (forward), or, when gradients are shown,
 * when the backward pass has not come back to it.
 */
public final class StripColouring {

    /**
     * One column's content.
     *
     * @param tensor the values shown, or null for an empty column
     * @param scale  the colour scale
     * @param range  the range shared by all maps of the column, or null in per-map mode
     */
    public record Column(Tensor tensor, ColorScale scale, ValueRange range) {
        public boolean isEmpty() {
            return tensor == null;
        }
    }

    private StripColouring() {
    }

    /**
     * The columns for a pass through a network of {@code layerCount} layers.
     *
     * @param trace     the pass so far, or null when nothing has been drawn
     * @param gradients show dL/dOutput instead of the outputs
     */
    public static List<Column> columns(PassTrace trace, int layerCount, boolean gradients, ScaleMode mode) {
        List<Tensor> tensors = new ArrayList<>();
        List<ColorScale> scales = new ArrayList<>();
        tensors.add(trace == null ? null : trace.input());
        scales.add(ColorScale.GREY);
        for (int i = 0; i < layerCount; i++) {
            LayerTrace layer = trace != null && i < trace.layers().size() ? trace.layer(i) : null;
            Tensor t = layer == null ? null : gradients ? layer.gradOutput() : layer.output();
            tensors.add(t);
            scales.add(t == null ? (gradients ? ColorScale.DIVERGING : ColorScale.SEQUENTIAL)
                    : ColorScale.forValues(gradients, t));
        }

        // Global mode: one range per scale over every column that uses it, so sequential and
        // diverging columns are each comparable across layers and zero stays white on both.
        ValueRange globalSequential = null;
        ValueRange globalDiverging = null;
        for (int i = 1; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            if (t == null) {
                continue;
            }
            ValueRange r = scales.get(i).rangeOf(t);
            if (scales.get(i).isDiverging()) {
                globalDiverging = globalDiverging == null ? r : globalDiverging.union(r);
            } else {
                globalSequential = globalSequential == null ? r : globalSequential.union(r);
            }
        }

        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            ColorScale scale = scales.get(i);
            ValueRange range = null;
            if (t != null) {
                ValueRange own = scale.rangeOf(t);
                range = switch (mode) {
                    case PER_MAP -> null;
                    case PER_LAYER -> own;
                    // The input keeps its own range: its grey scale is not comparable with activations.
                    case GLOBAL -> i == 0 ? own : scale.isDiverging() ? globalDiverging : globalSequential;
                };
            }
            columns.add(new Column(t, scale, range));
        }
        return columns;
    }

    /** The range {@code scale} gives one map of {@code tensor} (channel {@code c}; a vector is one map). */
    public static ValueRange mapRange(Tensor tensor, int channel, ColorScale scale) {
        return scale.rangeOf(tensor.shape().vector() ? tensor.data() : tensor.map(channel));
    }
}
