package org.convscope.ui.maps;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedButton;
import org.convscope.engine.Layer;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.ui.Messages;

/**
 * Lays out a {@link NetworkStrip}: a header with the scale-mode switch and the gradients check
 * box (enabled once the trace has gradients, and not while the app binds showGradients), and
 * below it the columns in a horizontally scrolling row.
 *
 * <p>Columns (and their map views) are built when the network changes; a new trace, scale mode
 * or gradients setting only hands new tensors and ranges to the existing views, which redraw
 * their cached images. Highlight and selection only flip pseudo-classes.
 */
public class NetworkStripSkin extends SkinBase<NetworkStrip> {
    private final HBox row = new HBox();
    private final ScrollPane scroll = new ScrollPane(row);
    private final SegmentedButton modeButtons = new SegmentedButton();
    private final CheckBox gradients = new CheckBox();
    private final List<LayerColumn> columns = new ArrayList<>();
    private final InvalidationListener networkChanged = o -> rebuild();
    private final InvalidationListener contentChanged = o -> refreshWhenShown();
    private final InvalidationListener sceneChanged = o -> refreshIfStale();
    private final InvalidationListener marksChanged = o -> mark();
    private final ChangeListener<Toggle> toggleChanged = this::toggleChanged;
    private final InvalidationListener modeChanged = o -> selectModeButton();
    private final InvalidationListener widthChanged = o -> followCurrentColumn();
    private final Observable[] content;
    private final Observable[] marks;
    private LayerColumn pendingScroll;
    /** True when the content changed while the strip was off the screen (not in a scene). */
    private boolean stale;

    public NetworkStripSkin(NetworkStrip strip) {
        super(strip);
        row.getStyleClass().add("columns");
        scroll.getStyleClass().add("strip-scroll");
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);

        Label modeLabel = new Label();
        modeLabel.textProperty().bind(Messages.bind("maps.scaleMode.title"));
        modeLabel.getStyleClass().add("scale-mode-label");
        for (ScaleMode mode : ScaleMode.values()) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(Messages.bind("maps.scaleMode." + mode.name()));
            button.setUserData(mode);
            // Clicked, not focused: a focused toggle would keep Left and Right for itself, and the
            // main screen's arrow keys would stop stepping the pass.
            button.setFocusTraversable(false);
            modeButtons.getButtons().add(button);
        }
        gradients.textProperty().bind(Messages.bind("maps.showGradients"));
        // Not a bidirectional binding: the app may bind showGradients to the stepper's phase, and
        // then the box only shows it (and is disabled) instead of throwing on a click.
        gradients.setSelected(strip.isShowGradients());
        gradients.setFocusTraversable(false);
        gradients.setOnAction(e -> {
            if (!strip.showGradientsProperty().isBound()) {
                strip.setShowGradients(gradients.isSelected());
            }
            gradients.setSelected(strip.isShowGradients());
        });
        // A flow: in the main screen's middle column at 1280 px the switch and the check box wrap
        // to two rows instead of being cut short.
        FlowPane header = new FlowPane(modeLabel, modeButtons, gradients);
        header.getStyleClass().add("strip-header");
        BorderPane layout = new BorderPane(scroll);
        layout.setTop(header);
        getChildren().add(layout);

        // Columns change width when CSS changes the cell size (presenter mode): keep the current
        // step's column on screen afterwards, as a step does.
        row.widthProperty().addListener(widthChanged);
        selectModeButton();
        modeButtons.getToggleGroup().selectedToggleProperty().addListener(toggleChanged);
        strip.scaleModeProperty().addListener(modeChanged);
        strip.networkProperty().addListener(networkChanged);
        strip.sceneProperty().addListener(sceneChanged);
        content = new Observable[] {strip.traceProperty(), strip.showGradientsProperty(), strip.scaleModeProperty()};
        for (Observable o : content) {
            o.addListener(contentChanged);
        }
        marks = new Observable[] {strip.highlightedLayerProperty(), strip.selectedLayerProperty(),
                strip.selectedMapProperty()};
        for (Observable o : marks) {
            o.addListener(marksChanged);
        }
        rebuild();
    }

    /** The columns shown now, input first; for tests. */
    List<LayerColumn> columns() {
        return columns;
    }

    ScrollPane scrollPane() {
        return scroll;
    }

    private void rebuild() {
        columns.clear();
        Network network = getSkinnable().getNetwork();
        if (network != null) {
            columns.add(new LayerColumn(NetworkStrip.NONE, "input", "input", network.inputShape(), null));
            List<Layer> layers = network.layers();
            for (int i = 0; i < layers.size(); i++) {
                Layer layer = layers.get(i);
                LayerColumn column = new LayerColumn(i, layer.name(), layer.type(), layer.outputShape(),
                        layer.parameterCount().count() > 0 ? layer.parameterCount().formula() : null);
                columns.add(column);
            }
            for (LayerColumn column : columns) {
                wireClicks(column);
            }
        }
        row.getChildren().setAll(columns);
        refresh();
    }

    private void wireClicks(LayerColumn column) {
        int layer = column.layerIndex();
        if (layer < 0) {
            return; // the input is not a layer: nothing to open in a detail panel
        }
        column.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> getSkinnable().select(layer, NetworkStrip.NONE));
        for (FeatureMapView map : column.maps()) {
            map.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                boolean vector = map.getTensor() != null && map.getTensor().shape().vector();
                getSkinnable().select(layer, vector ? NetworkStrip.NONE : map.getChannel());
                e.consume(); // the column's handler would clear the map again
            });
        }
    }

    /**
     * Refreshes now if the strip is on the screen, else when it comes back: the focus layout takes
     * the strip out of the window while the detail panel is open, and redrawing its 13 columns at
     * every step for nobody took a good part of the frame.
     */
    private void refreshWhenShown() {
        if (getSkinnable().getScene() == null) {
            stale = true;
            return;
        }
        refresh();
    }

    private void refreshIfStale() {
        if (stale && getSkinnable().getScene() != null) {
            refresh();
        }
    }

    private void refresh() {
        stale = false;
        NetworkStrip strip = getSkinnable();
        gradients.setSelected(strip.isShowGradients());
        PassTrace trace = strip.getTrace();
        boolean anyGradient = trace != null && trace.layers().stream().anyMatch(l -> l.hasBackward());
        gradients.setDisable(strip.showGradientsProperty().isBound() || !anyGradient && !strip.isShowGradients());
        if (columns.isEmpty()) {
            return;
        }
        List<StripColouring.Column> shown = StripColouring.columns(strip.getTrace(), columns.size() - 1,
                strip.isShowGradients(), strip.getScaleMode());
        for (int i = 0; i < columns.size(); i++) {
            // The input column always shows the digit: its gradient is not part of the lesson.
            StripColouring.Column c = shown.get(i);
            if (i == 0 && strip.isShowGradients()) {
                c = StripColouring.columns(strip.getTrace(), 0, false, strip.getScaleMode()).get(0);
            }
            columns.get(i).show(c, strip.getScaleMode(), strip.isShowGradients() && i > 0);
        }
        mark();
    }

    private void mark() {
        NetworkStrip strip = getSkinnable();
        for (LayerColumn column : columns) {
            int layer = column.layerIndex();
            boolean current = layer >= 0 && layer == strip.getHighlightedLayer();
            boolean selected = layer >= 0 && layer == strip.getSelectedLayer();
            column.pseudoClassStateChanged(LayerColumn.CURRENT, current);
            column.pseudoClassStateChanged(LayerColumn.SELECTED, selected);
            for (FeatureMapView map : column.maps()) {
                map.setSelected(selected && map.getChannel() == strip.getSelectedMap());
            }
            if (selected) {
                column.showMapInLegend(strip.getSelectedMap());
            }
            if (current) {
                pendingScroll = column; // after the next layout, when the column has its place
                getSkinnable().requestLayout();
            }
        }
    }

    private void followCurrentColumn() {
        int current = getSkinnable().getHighlightedLayer();
        for (LayerColumn column : columns) {
            if (column.layerIndex() >= 0 && column.layerIndex() == current) {
                pendingScroll = column;
                getSkinnable().requestLayout();
            }
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        if (pendingScroll != null) {
            scroll.layout();
            if (scrollIntoView(pendingScroll)) {
                pendingScroll = null;
            }
        }
    }

    /**
     * Keeps the current step's column on screen as the pass walks along a strip wider than the
     * window. False while the strip has no size yet, so the next layout tries again.
     */
    private boolean scrollIntoView(LayerColumn column) {
        return HorizontalScroll.keepInView(scroll, row, column);
    }

    private void toggleChanged(Observable o, Toggle old, Toggle now) {
        if (now == null) {
            old.setSelected(true); // one mode is always in force: clicking the active one keeps it
            return;
        }
        getSkinnable().setScaleMode((ScaleMode) now.getUserData());
    }

    private void selectModeButton() {
        // Select only the mode's own button: deselecting the old one first would pass through
        // "no toggle", which toggleChanged answers by reselecting the old mode.
        for (ToggleButton button : modeButtons.getButtons()) {
            if (button.getUserData() == getSkinnable().getScaleMode()) {
                button.setSelected(true);
            }
        }
    }

    @Override
    public void dispose() {
        NetworkStrip strip = getSkinnable();
        modeButtons.getToggleGroup().selectedToggleProperty().removeListener(toggleChanged);
        strip.scaleModeProperty().removeListener(modeChanged);
        strip.networkProperty().removeListener(networkChanged);
        strip.sceneProperty().removeListener(sceneChanged);
        row.widthProperty().removeListener(widthChanged);
        for (Observable o : content) {
            o.removeListener(contentChanged);
        }
        for (Observable o : marks) {
            o.removeListener(marksChanged);
        }
        gradients.setOnAction(null);
        super.dispose();
    }
}
