package org.convscope.ui.maps;

import java.util.function.IntConsumer;
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
import org.convscope.engine.Stepper;

/**
 * The whole network in one compact row, so the class always sees where the pass is and what
 * comes after it: one small box per layer of the {@link #networkProperty() network}, left to
 * right in data-flow order, then one for the loss. Each box gives the layer's name, its output
 * shape and a tiny picture of its output (the mean of its maps, or its vector), or "not yet"
 * while the pass has not reached it; with {@link #showGradientsProperty() showGradients} the
 * pictures are dL/dOutput on the blue-white-red scale, for the layers the backward pass has
 * reached. The loss box shows the probabilities and the loss once the pass has computed them.
 *
 * <p>{@link #currentLayerProperty() currentLayer} is the step's layer (pseudo-class
 * {@code :current}, as the strip's column); {@link #phaseProperty() phase} says which way the pass
 * goes: the current box shows an arrow (pseudo-classes {@code :forward}, {@code :backward}), and at
 * {@link Stepper.Phase#LOSS} the loss box is current. Boxes whose layer the pass has computed
 * have {@code :computed}; the {@link #selectedLayerProperty() selected} one {@code :selected}.
 * A click on a layer's box calls {@link #onLayerClickedProperty() onLayerClicked} with its index
 * (the window selects that layer in the strip and opens its detail); the row itself selects nothing.
 *
 * <p>The boxes share the row's width equally; below their minimum width (a deeper network) the
 * row scrolls and keeps the current box in view. A step only hands new tensors to the boxes,
 * which redraw a picture only when its layer's tensor changed. Style class {@code pass-row},
 * stylesheet {@code pass-row.css}.
 */
public class PassRow extends Control {
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network");
    private final ObjectProperty<PassTrace> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty currentLayer = new SimpleIntegerProperty(this, "currentLayer", NetworkStrip.NONE);
    private final ObjectProperty<Stepper.Phase> phase = new SimpleObjectProperty<>(this, "phase", Stepper.Phase.START);
    private final BooleanProperty showGradients = new SimpleBooleanProperty(this, "showGradients");
    private final IntegerProperty selectedLayer = new SimpleIntegerProperty(this, "selectedLayer", NetworkStrip.NONE);
    private final ObjectProperty<IntConsumer> onLayerClicked = new SimpleObjectProperty<>(this, "onLayerClicked");

    public PassRow() {
        getStyleClass().add("pass-row");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PassRowSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return PassRow.class.getResource("pass-row.css").toExternalForm();
    }

    /** The network whose layers are the boxes. */
    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    public Network getNetwork() {
        return network.get();
    }

    public void setNetwork(Network value) {
        network.set(value);
    }

    /** The pass so far; null shows every box "not yet". */
    public ObjectProperty<PassTrace> traceProperty() {
        return trace;
    }

    public PassTrace getTrace() {
        return trace.get();
    }

    public void setTrace(PassTrace value) {
        trace.set(value);
    }

    /** The layer the current step works on (network index), or -1 (the start, the loss). */
    public IntegerProperty currentLayerProperty() {
        return currentLayer;
    }

    public int getCurrentLayer() {
        return currentLayer.get();
    }

    public void setCurrentLayer(int value) {
        currentLayer.set(value);
    }

    /** Where the pass is: forward, at the loss, backward, or at the start. */
    public ObjectProperty<Stepper.Phase> phaseProperty() {
        return phase;
    }

    public Stepper.Phase getPhase() {
        return phase.get();
    }

    public void setPhase(Stepper.Phase value) {
        phase.set(value == null ? Stepper.Phase.START : value);
    }

    /** Pictures of dL/dOutput instead of the outputs, where the backward pass has computed it. */
    public BooleanProperty showGradientsProperty() {
        return showGradients;
    }

    public boolean isShowGradients() {
        return showGradients.get();
    }

    public void setShowGradients(boolean value) {
        showGradients.set(value);
    }

    /** The layer the detail panel shows (marked {@code :selected}), or -1. */
    public IntegerProperty selectedLayerProperty() {
        return selectedLayer;
    }

    public int getSelectedLayer() {
        return selectedLayer.get();
    }

    public void setSelectedLayer(int value) {
        selectedLayer.set(value);
    }

    /** Told the network index of a layer whose box was clicked; null ignores clicks. */
    public ObjectProperty<IntConsumer> onLayerClickedProperty() {
        return onLayerClicked;
    }

    public void setOnLayerClicked(IntConsumer value) {
        onLayerClicked.set(value);
    }

    /** Does what a click on layer {@code layer}'s box does. */
    public void click(int layer) {
        IntConsumer handler = onLayerClicked.get();
        if (handler != null && getNetwork() != null && layer >= 0 && layer < getNetwork().layers().size()) {
            handler.accept(layer);
        }
    }
}
