package org.convscope.ui.maps;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;

/**
 * Every layer of a network as a column, left to right in data-flow order, with the feature maps
 * of one pass: the input digit first, then for each layer its name, type, output shape and
 * parameter formula, a colour legend with its numeric range, and its maps as small images (every
 * map of a convolution, pooling or activation layer; a wrapped vector of cells for a dense,
 * flatten or dropout layer).
 *
 * <p>The columns come from {@link #networkProperty() network} (load another architecture and the
 * strip follows); the maps from {@link #traceProperty() trace}. A layer the pass has not reached
 * yet is an empty column that still shows its name and shape. With
 * {@link #showGradientsProperty() showGradients} the maps show dL/dOutput on the diverging scale,
 * for the layers the backward pass has reached. {@link #scaleModeProperty() scaleMode} chooses
 * whether colours are scaled per map, per layer or over all layers; the strip's header shows it
 * and lets the student switch.
 *
 * <p>{@link #highlightedLayerProperty() highlightedLayer} marks the current step's layer (pseudo-
 * class {@code :current}). Clicking a column sets {@link #selectedLayerProperty() selectedLayer}
 * (pseudo-class {@code :selected}) and clears {@link #selectedMapProperty() selectedMap}; clicking
 * one map sets both. Layer indices are the network's (0 = first layer); -1 means none. The input
 * column is shown but cannot be selected.
 *
 * <p>Images are cached per map and redrawn only when their values, range or size change, never on
 * hover; the strip scrolls horizontally when it is wider than the window. Style class
 * {@code network-strip}, stylesheet {@code network-strip.css}.
 */
public class NetworkStrip extends Control {
    /** The index that means "no layer" or "no map". */
    public static final int NONE = -1;

    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network");
    private final ObjectProperty<PassTrace> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty highlightedLayer = new SimpleIntegerProperty(this, "highlightedLayer", NONE);
    private final BooleanProperty showGradients = new SimpleBooleanProperty(this, "showGradients");
    private final ObjectProperty<ScaleMode> scaleMode =
            new SimpleObjectProperty<>(this, "scaleMode", ScaleMode.PER_LAYER);
    private final IntegerProperty selectedLayer = new SimpleIntegerProperty(this, "selectedLayer", NONE);
    private final IntegerProperty selectedMap = new SimpleIntegerProperty(this, "selectedMap", NONE);

    public NetworkStrip() {
        getStyleClass().add("network-strip");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new NetworkStripSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return NetworkStrip.class.getResource("network-strip.css").toExternalForm();
    }

    /** Selects layer {@code layer} and, unless {@link #NONE}, its map {@code map}. */
    public void select(int layer, int map) {
        setSelectedMap(NONE); // first, so that a listener on the layer never sees an old layer's map
        setSelectedLayer(layer);
        setSelectedMap(map);
    }

    /** The network whose layers are the columns. */
    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    public Network getNetwork() {
        return network.get();
    }

    public void setNetwork(Network value) {
        network.set(value);
    }

    /** The pass shown; null shows every column empty. */
    public ObjectProperty<PassTrace> traceProperty() {
        return trace;
    }

    public PassTrace getTrace() {
        return trace.get();
    }

    public void setTrace(PassTrace value) {
        trace.set(value);
    }

    /** The layer the current step works on, drawn with the accent colour; -1 for none. */
    public IntegerProperty highlightedLayerProperty() {
        return highlightedLayer;
    }

    public int getHighlightedLayer() {
        return highlightedLayer.get();
    }

    public void setHighlightedLayer(int value) {
        highlightedLayer.set(value);
    }

    /** Show dL/dOutput instead of the outputs (where the backward pass has computed it). */
    public BooleanProperty showGradientsProperty() {
        return showGradients;
    }

    public boolean isShowGradients() {
        return showGradients.get();
    }

    public void setShowGradients(boolean value) {
        showGradients.set(value);
    }

    public ObjectProperty<ScaleMode> scaleModeProperty() {
        return scaleMode;
    }

    public ScaleMode getScaleMode() {
        return scaleMode.get();
    }

    public void setScaleMode(ScaleMode value) {
        scaleMode.set(value);
    }

    /** The selected layer (network index), or -1. */
    public IntegerProperty selectedLayerProperty() {
        return selectedLayer;
    }

    public int getSelectedLayer() {
        return selectedLayer.get();
    }

    public void setSelectedLayer(int value) {
        selectedLayer.set(value);
    }

    /** The selected map (channel) of the selected layer, or -1 when the whole layer is selected. */
    public IntegerProperty selectedMapProperty() {
        return selectedMap;
    }

    public int getSelectedMap() {
        return selectedMap.get();
    }

    public void setSelectedMap(int value) {
        selectedMap.set(value);
    }
}
