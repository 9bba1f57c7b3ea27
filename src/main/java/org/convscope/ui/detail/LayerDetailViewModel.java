package org.convscope.ui.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableIntegerValue;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.NetworkStrip;
import org.convscope.ui.maps.ScaleMode;
import org.convscope.ui.maps.StripColouring;
import org.convscope.ui.maps.ValueRange;
import org.convscope.ui.stepper.UpdateOutcome;

/**
 * Presentation model of the layer detail panel: from the selected layer and map, the pass so far,
 * the phase (activations or gradients) and the scale mode, it makes the immutable
 * {@link LayerDetail} the views draw. Pure logic on JavaFX properties, tested without a stage.
 *
 * <p><b>Selection.</b> {@link #selectedLayerProperty() selectedLayer} is the network's layer index
 * (-1 for none) and {@link #selectedMapProperty() selectedMap} its map (-1 for "the whole layer",
 * shown as map 1), the same convention as the {@link NetworkStrip}'s, so the two can be bound
 * both ways. {@link #follow(int)} moves the selection to the layer the stepper has just worked
 * on, so Next walks the panel along the pass; a click may pick any other layer in between.
 *
 * <p><b>Colours</b> are the strip's ({@link StripColouring}): the same scale and, per layer or
 * over all layers, the same range, so a cell looks the same in the strip and here. In per-map
 * mode the snapshot carries the map's own range, which the legend then shows.
 */
public final class LayerDetailViewModel {
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network");
    private final ObjectProperty<PassTrace> trace = new SimpleObjectProperty<>(this, "trace");
    private final BooleanProperty showGradients = new SimpleBooleanProperty(this, "showGradients");
    private final ObjectProperty<ScaleMode> scaleMode =
            new SimpleObjectProperty<>(this, "scaleMode", ScaleMode.PER_LAYER);
    private final IntegerProperty selectedLayer = new SimpleIntegerProperty(this, "selectedLayer", NetworkStrip.NONE);
    private final IntegerProperty selectedMap = new SimpleIntegerProperty(this, "selectedMap", NetworkStrip.NONE);
    // The dL/dInput map of a layer that mixes channels (convolution); -1 until one is picked.
    private final IntegerProperty selectedInputMap = new SimpleIntegerProperty(this, "selectedInputMap", NetworkStrip.NONE);
    // The last Apply update, for views that show what it changed (the kernels' new - old); null if none.
    private final ObjectProperty<UpdateOutcome> lastUpdate = new SimpleObjectProperty<>(this, "lastUpdate");
    private final ReadOnlyObjectWrapper<LayerDetail> detail =
            new ReadOnlyObjectWrapper<>(this, "detail", LayerDetail.none(ScaleMode.PER_LAYER));
    // True while a selection is changed in several properties: the snapshot is made once, at the end.
    private boolean batching;

    public LayerDetailViewModel() {
        InvalidationListener changed = o -> {
            if (!batching) {
                update();
            }
        };
        for (Observable o : new Observable[] {network, trace, showGradients, scaleMode, selectedLayer, selectedMap,
                selectedInputMap, lastUpdate}) {
            o.addListener(changed);
        }
        // Another layer's input maps are other maps: start again from the first.
        selectedLayer.addListener(o -> selectedInputMap.set(NetworkStrip.NONE));
    }

    /**
     * Wires the panel to the app: the strip's network, pass, gradients switch and scale mode are
     * shown, its selection and this one are the same, and the selection follows {@code stepLayer}
     * (the stepper's current layer).
     */
    public void attachTo(NetworkStrip strip, ObservableIntegerValue stepLayer) {
        network.bind(strip.networkProperty());
        trace.bind(strip.traceProperty());
        showGradients.bind(strip.showGradientsProperty());
        scaleMode.bind(strip.scaleModeProperty());
        selectedLayer.bindBidirectional(strip.selectedLayerProperty());
        selectedMap.bindBidirectional(strip.selectedMapProperty());
        stepLayer.addListener((o, old, layer) -> follow(layer.intValue()));
        follow(stepLayer.get());
    }

    /** Selects {@code layer} and its map {@code map} (-1: the whole layer), as one change. */
    public void select(int layer, int map) {
        batching = true;
        try {
            // Map first, so the strip (bound both ways) never marks an old map in the new layer.
            selectedMap.set(NetworkStrip.NONE);
            selectedLayer.set(layer);
            selectedMap.set(map);
        } finally {
            batching = false;
        }
        update();
    }

    /** Shows map {@code map} of the selected layer large (a click on a thumbnail). */
    public void selectMap(int map) {
        selectedMap.set(map);
    }

    /**
     * Shows map {@code map} of dL/dInput, for a layer whose input has other maps than its output
     * (a convolution: no input map belongs to one output map). Elsewhere dL/dInput follows the
     * selected map and this has no effect.
     */
    public void selectInputMap(int map) {
        selectedInputMap.set(map);
    }

    /**
     * The stepper has moved to {@code stepLayer} (-1 at the start and at the loss, which keep the
     * selection). The shown map stays if the new layer has it (conv1 map 3 to relu1 map 3 is the
     * same feature seen one step later), otherwise the whole layer is selected.
     */
    public void follow(int stepLayer) {
        Network net = network.get();
        if (stepLayer < 0 || net == null || stepLayer >= net.layers().size() || stepLayer == selectedLayer.get()) {
            return;
        }
        int map = selectedMap.get();
        select(stepLayer, map >= 0 && map < mapCount(net.layers().get(stepLayer).outputShape()) ? map : NetworkStrip.NONE);
    }

    private void update() {
        detail.set(compute());
    }

    private LayerDetail compute() {
        Network net = network.get();
        ScaleMode mode = scaleMode.get();
        int index = selectedLayer.get();
        if (net == null || index < 0 || index >= net.layers().size()) {
            return LayerDetail.none(mode);
        }
        Layer layer = net.layers().get(index);
        Shape out = layer.outputShape();
        int mapCount = mapCount(out);
        int map = Math.max(0, Math.min(selectedMap.get(), mapCount - 1));
        boolean gradients = showGradients.get();
        PassTrace pass = trace.get();
        LayerTrace reached = pass != null && index < pass.layers().size() ? pass.layer(index) : null;

        LayerDetail.Status status;
        List<DetailPanel> panels = new ArrayList<>();
        if (reached == null) {
            status = LayerDetail.Status.NOT_COMPUTED;
        } else if (gradients && reached.gradOutput() == null) {
            status = LayerDetail.Status.NO_GRADIENT_YET;
        } else {
            status = LayerDetail.Status.SHOWN;
            StripColouring.Column column =
                    StripColouring.columns(pass, net.layers().size(), gradients, mode).get(index + 1);
            if (gradients) {
                panels.add(panel(DetailPanel.Kind.GRAD_OUTPUT, reached.gradOutput(), map, column.scale(), column.range()));
                if (reached.gradInput() != null) {
                    panels.add(gradInputPanel(reached.gradInput(), map, mapCount, selectedInputMap.get(),
                            column.range(), mode));
                }
            } else {
                panels.add(panel(DetailPanel.Kind.OUTPUT, reached.output(), map, column.scale(), column.range()));
            }
        }
        return new LayerDetail(index, layer.name(), layer.type(), layer.inputShape(), out, status, gradients, map,
                mapCount, mode, panels);
    }

    /**
     * dL/dInput. Where the layer keeps its channels (ReLU, pooling, dropout) map k of the gradient
     * flows back into map k, so the same map is shown; where it mixes them (convolution) no input
     * map belongs to the selected one, and the one picked with {@link #selectInputMap} is shown
     * (the first until then), labelled with its own number.
     */
    private static DetailPanel gradInputPanel(Tensor gradInput, int map, int outputMaps, int pickedInputMap,
            ValueRange layerRange, ScaleMode mode) {
        int inputMaps = mapCount(gradInput.shape());
        int inputMap = inputMaps == outputMaps ? map : Math.max(0, Math.min(pickedInputMap, inputMaps - 1));
        ColorScale scale = ColorScale.DIVERGING;
        ValueRange own = scale.rangeOf(gradInput);
        ValueRange range = switch (mode) {
            case PER_MAP -> null;
            case PER_LAYER -> own;
            // The strip's global range covers every dL/dOutput; dL/dInput of the first layer (the
            // gradient at the image) is in none of them, hence the union.
            case GLOBAL -> layerRange == null ? own : layerRange.union(own);
        };
        return panel(DetailPanel.Kind.GRAD_INPUT, gradInput, inputMap, scale, range);
    }

    private static DetailPanel panel(DetailPanel.Kind kind, Tensor tensor, int map, ColorScale scale, ValueRange range) {
        int shownMap = tensor.shape().vector() ? 0 : map;
        ValueRange resolved = range != null ? range : StripColouring.mapRange(tensor, shownMap, scale);
        return new DetailPanel(kind, tensor, shownMap, scale, resolved);
    }

    static int mapCount(Shape shape) {
        return shape.vector() ? 1 : shape.channels();
    }

    // ---- properties ----

    /** The snapshot to draw; changes once per selection or pass change. */
    public ReadOnlyObjectProperty<LayerDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public LayerDetail getDetail() {
        return detail.get();
    }

    /**
     * What the engine recorded for {@code shown}'s layer in the pass on screen: its input, output,
     * parameters and, backward, gradients. Null when the pass has not reached that layer (then the
     * snapshot's status is not {@link LayerDetail.Status#SHOWN} and no view is asked to draw it).
     */
    public LayerTrace layerTrace(LayerDetail shown) {
        PassTrace pass = trace.get();
        int index = shown.layerIndex();
        return pass == null || index < 0 || index >= pass.layers().size() ? null : pass.layer(index);
    }

    /** The network's layer {@code shown} is about, for views that need its settings (kernel size, stride). */
    public Layer layer(LayerDetail shown) {
        return network.get().layers().get(shown.layerIndex());
    }

    /**
     * The last Apply update of the model shown (the stepper's), or null: a new snapshot is made
     * when it changes, so views that show the update's change redraw.
     */
    public ObjectProperty<UpdateOutcome> lastUpdateProperty() {
        return lastUpdate;
    }

    public UpdateOutcome getLastUpdate() {
        return lastUpdate.get();
    }

    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    public ObjectProperty<PassTrace> traceProperty() {
        return trace;
    }

    /** Show dL/dOutput (and dL/dInput) instead of the outputs: the backward steps. */
    public BooleanProperty showGradientsProperty() {
        return showGradients;
    }

    public ObjectProperty<ScaleMode> scaleModeProperty() {
        return scaleMode;
    }

    /** The selected layer (network index), or -1. */
    public IntegerProperty selectedLayerProperty() {
        return selectedLayer;
    }

    /** The selected map of the selected layer, or -1 for the whole layer (shown as its first map). */
    public IntegerProperty selectedMapProperty() {
        return selectedMap;
    }
}
