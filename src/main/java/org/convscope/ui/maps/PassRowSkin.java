package org.convscope.ui.maps;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Stepper;

/**
 * Lays out a {@link PassRow}: its boxes in an {@link HBox} that fills the row's width, inside a
 * scroll pane that only scrolls when the boxes would be narrower than their minimum width.
 *
 * <p>Boxes are built when the network changes. Everything else (a new trace, phase, current or
 * selected layer) only marks the row stale; the boxes are updated once, at the start of the next
 * pulse, before its CSS and layout, so a step that changes four properties costs one update, and a
 * box redraws its picture only when its tensor changed. (Updated within the layout instead, the
 * new texts and marks asked for a second layout and CSS pass: every step took two frames.)
 */
public class PassRowSkin extends SkinBase<PassRow> {
    private final HBox boxes = new HBox();
    private final ScrollPane scroll = new ScrollPane(boxes);
    private final List<PassRowBox> layerBoxes = new ArrayList<>();
    private PassRowBox lossBox;
    private final InvalidationListener networkChanged = o -> rebuild();
    private final InvalidationListener stateChanged = o -> stale();
    private final Observable[] state;
    private boolean stale = true;
    private boolean scrollPending;
    /** The scene that will run {@link #updateBeforePulse} at its next pulse, or null. */
    private Scene updateScheduledOn;
    private final Runnable updateBeforePulse = this::updateBeforePulse;

    public PassRowSkin(PassRow row) {
        super(row);
        boxes.getStyleClass().add("boxes");
        scroll.getStyleClass().add("pass-row-scroll");
        scroll.setFitToWidth(true); // the boxes share the width, down to their minimum; then it scrolls
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false); // the arrow keys step the pass, they do not scroll this
        getChildren().add(scroll);
        row.networkProperty().addListener(networkChanged);
        state = new Observable[] {row.traceProperty(), row.phaseProperty(), row.currentLayerProperty(),
                row.showGradientsProperty(), row.selectedLayerProperty()};
        for (Observable o : state) {
            o.addListener(stateChanged);
        }
        rebuild();
    }

    /** The boxes of the layers, in the network's order; for tests. */
    List<PassRowBox> layerBoxes() {
        return layerBoxes;
    }

    PassRowBox lossBox() {
        return lossBox;
    }

    private void rebuild() {
        layerBoxes.clear();
        boxes.getChildren().clear();
        lossBox = null;
        Network network = getSkinnable().getNetwork();
        if (network != null) {
            List<Layer> layers = network.layers();
            for (int i = 0; i < layers.size(); i++) {
                PassRowBox box = new PassRowBox(i, layers.get(i).name(), layers.get(i).outputShape());
                int layer = i;
                box.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        getSkinnable().click(layer);
                    }
                });
                layerBoxes.add(box);
            }
            lossBox = new PassRowBox(NetworkStrip.NONE, null, null);
            lossBox.getStyleClass().add("loss");
            boxes.getChildren().addAll(layerBoxes);
            boxes.getChildren().add(lossBox);
            for (var box : boxes.getChildren()) {
                HBox.setHgrow(box, Priority.ALWAYS);
            }
        }
        stale();
    }

    private void stale() {
        stale = true;
        Scene scene = getSkinnable().getScene();
        if (scene != null && updateScheduledOn == null) {
            updateScheduledOn = scene;
            scene.addPreLayoutPulseListener(updateBeforePulse);
            Platform.requestNextPulse();
        }
        getSkinnable().requestLayout(); // off a scene, or added to one before the pulse: the layout updates
    }

    private void updateBeforePulse() {
        updateScheduledOn.removePreLayoutPulseListener(updateBeforePulse);
        updateScheduledOn = null;
        if (stale) {
            stale = false;
            update();
        }
    }

    /** Hands every box its tensor and marks, as the pass stands now. */
    private void update() {
        PassRow row = getSkinnable();
        PassTrace trace = row.getTrace();
        Stepper.Phase phase = row.getPhase();
        for (PassRowBox box : layerBoxes) {
            int i = box.layerIndex();
            LayerTrace layer = trace != null && i < trace.layers().size() ? trace.layer(i) : null;
            boolean gradient = row.isShowGradients();
            box.show(layer == null ? null : gradient ? layer.gradOutput() : layer.output(), gradient);
            boolean current = i == row.getCurrentLayer() && (phase == Stepper.Phase.FORWARD || phase == Stepper.Phase.BACKWARD);
            mark(box, current, phase);
            box.pseudoClassStateChanged(PassRowBox.SELECTED, i == row.getSelectedLayer());
        }
        if (lossBox != null) {
            boolean hasLoss = trace != null && trace.hasLoss();
            lossBox.show(hasLoss ? trace.loss().probabilities() : null, false);
            lossBox.showLoss(hasLoss ? trace.loss().loss() : null);
            mark(lossBox, phase == Stepper.Phase.LOSS, phase);
        }
    }

    private void mark(PassRowBox box, boolean current, Stepper.Phase phase) {
        box.pseudoClassStateChanged(PassRowBox.CURRENT, current);
        box.pseudoClassStateChanged(PassRowBox.FORWARD, current && phase != Stepper.Phase.BACKWARD);
        box.pseudoClassStateChanged(PassRowBox.BACKWARD, current && phase == Stepper.Phase.BACKWARD);
        if (current) {
            scrollPending = true;
        }
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        // The boxes' height, plus the scroll bar's only when it is there: the row stays compact.
        return top + boxes.prefHeight(-1) + bottom + (boxes.minWidth(-1) > width - left - right ? 14 : 0);
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 0; // it scrolls instead
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (stale) {
            stale = false;
            update();
        }
        super.layoutChildren(x, y, w, h);
        if (scrollPending) {
            scroll.layout();
            scrollPending = !keepCurrentInView();
        }
    }

    /** Scrolls a row wider than the window so the current box is seen; false while it has no size yet. */
    private boolean keepCurrentInView() {
        PassRowBox current = null;
        for (var node : boxes.getChildren()) {
            if (node.getPseudoClassStates().contains(PassRowBox.CURRENT)) {
                current = (PassRowBox) node;
            }
        }
        if (current == null) {
            return true;
        }
        return HorizontalScroll.keepInView(scroll, boxes, current);
    }

    @Override
    public void dispose() {
        PassRow row = getSkinnable();
        row.networkProperty().removeListener(networkChanged);
        for (Observable o : state) {
            o.removeListener(stateChanged);
        }
        if (updateScheduledOn != null) {
            updateScheduledOn.removePreLayoutPulseListener(updateBeforePulse);
            updateScheduledOn = null;
        }
        super.dispose();
    }
}
