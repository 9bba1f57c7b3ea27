package org.convscope.ui.detail;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.Activation;
import org.convscope.ui.MathText;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.convscope.ui.maps.ColorLegend;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.ValueRange;

/**
 * The detail view of an activation layer (ReLU, leaky ReLU, sigmoid, tanh): a plot of f and f'
 * over this digit's pre-activations with every one of them as a dot on f; the selected map
 * before the function (x, blue-white-red) with the units that pass no gradient crossed out (dead
 * ReLUs, saturated sigmoids and tanhs) and after it (f(x) forward, dL/dInput backward); how many
 * units pass no gradient. Pointing at a cell prints x, f(x) and f'(x) (backward: dL/dInput =
 * dL/dOutput x f'(x)) with the engine's numbers and marks that unit's dot on the plot. Under the
 * "after" map, the layer's maps as thumbnails: a click on one shows that map.
 *
 * <p>f and f' are the engine's own ({@link ActivationFacts} calls the layer), so the plot
 * cannot disagree with the pass.
 */
public final class ActivationDetailView implements LayerDetailView {
    /** The engine's activation types, each explained by this view. */
    public static final List<String> TYPES = List.of("relu", "leakyrelu", "sigmoid", "tanh");

    // A 28 x 28 map at 8 px a cell beside the plot and a smaller "after" map fills the 630 px
    // the panel has at 1280 px; smaller maps get larger cells, up to these sides.
    private static final int PLOT_WIDTH = 184;
    private static final int BEFORE_SIDE = 200;
    private static final int AFTER_SIDE = 150;
    private static final int MAX_CELL = 24;
    private static final int AFTER_MIN_CELL = 5;
    // With the 6 px gaps of the CSS, five 10 x 10 thumbnails (2 px a cell) or four 28 x 28 ones
    // (1 px) a row fit under the "after" map: relu2's 16 maps take four short rows.
    private static final int THUMBNAIL_SIDE = 28;

    private final LayerDetailViewModel model;
    private final Label summary = new Label();
    private final Label plotCaption = new Label();
    private final ActivationPlot plot = new ActivationPlot(PLOT_WIDTH, 150);
    private final Label hover = new Label();
    private final Label hint = new Label();
    private final MapBox before = new MapBox("activation-before");
    private final MapBox after = new MapBox("activation-after");
    private final Label thumbnailsTitle = new Label();
    private final MapThumbnails thumbnailPane;
    private final VBox root;
    private final InvalidationListener hoverMoved = o -> hoverChanged();
    private StringBinding summaryText = Messages.binding(() -> "");
    private StringBinding hoverText = Messages.binding(() -> "");
    private LayerDetail shown;
    private LayerTrace trace;
    private ActivationFacts facts;
    private int deadInLayer;

    public ActivationDetailView(LayerDetailViewModel model) {
        this.model = model;
        summary.setId("activation-summary");
        summary.getStyleClass().add("activation-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        plotCaption.getStyleClass().add("activation-small");
        plotCaption.setWrapText(true);
        plotCaption.setMinHeight(Region.USE_PREF_SIZE);
        plotCaption.setPrefWidth(0);
        plotCaption.setMaxWidth(Double.MAX_VALUE);
        plotCaption.textProperty().bind(Messages.bind("activation.caption.plot"));
        hover.setId("activation-hover");
        hover.getStyleClass().add("activation-hover");
        hover.setWrapText(true);
        hover.setMinHeight(Region.USE_PREF_SIZE);
        // The whole width, above the maps, where the exact numbers are always in sight (under the
        // plot they ran below the panel's edge at 720p); its room for two lines is kept in CSS,
        // so pointing at another cell never moves the maps.
        hover.setMaxWidth(Double.MAX_VALUE);
        plot.setId("activation-plot");
        summary.setMaxWidth(Double.MAX_VALUE);
        hint.getStyleClass().add("activation-small");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setPrefWidth(0);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.textProperty().bind(Messages.bind("activation.hover.idle"));
        VBox plotBox = new VBox(plotCaption, plot, hint);
        plotBox.getStyleClass().add("activation-plot-box");
        // As wide as the plot (its captions wrap to it), which grows with the type in presenter mode.
        plotBox.setMinWidth(Region.USE_PREF_SIZE);
        plotBox.setMaxWidth(Region.USE_PREF_SIZE);
        thumbnailPane = new MapThumbnails(model::selectMap);
        // The title goes with the thumbnails (none for a layer of one map).
        thumbnailsTitle.visibleProperty().bind(thumbnailPane.visibleProperty());
        thumbnailsTitle.managedProperty().bind(thumbnailPane.managedProperty());
        thumbnailsTitle.textProperty().bind(Messages.bind("detail.thumbnails"));
        thumbnailsTitle.getStyleClass().add("activation-small");
        thumbnailsTitle.setWrapText(true);
        thumbnailsTitle.setMinHeight(Region.USE_PREF_SIZE);
        thumbnailsTitle.setPrefWidth(0);
        thumbnailsTitle.setMaxWidth(Double.MAX_VALUE);
        thumbnailPane.setId("activation-thumbnails");
        thumbnailPane.getStyleClass().add("activation-thumbnails");
        thumbnailPane.setPrefWrapLength(AFTER_SIDE);
        // Under the "after" map, which is shorter than the "before" one: the room there is free.
        VBox afterColumn = new VBox(after.root, thumbnailsTitle, thumbnailPane);
        afterColumn.getStyleClass().add("activation-after-column");
        // A flow, not a row: in presenter mode the plot and maps grow past the panel's width, and the
        // "after" column then moves under the plot instead of off the right edge.
        FlowPane row = new FlowPane(plotBox, before.root, afterColumn);
        row.setRowValignment(javafx.geometry.VPos.TOP);
        row.getStyleClass().add("activation-row");
        // The count and the hovered unit's numbers share the line above the maps: the count while
        // nothing is pointed at, so at 720p both are in sight without scrolling.
        StackPane top = new StackPane(summary, hover);
        top.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        root = new VBox(top, row);
        root.getStyleClass().add("activation-detail-view");
        root.getStylesheets().add(ActivationDetailView.class.getResource("dropout-activation-views.css").toExternalForm());
        before.grid.hoveredIndexProperty().addListener(hoverMoved);
        after.grid.hoveredIndexProperty().addListener(hoverMoved);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(LayerDetail detail) {
        shown = detail;
        trace = model.layerTrace(detail);
        facts = new ActivationFacts((Activation) model.layer(detail));
        boolean backward = detail.gradients();
        Tensor x = trace.input();
        Tensor result = backward ? trace.gradInput() : trace.output();
        int map = detail.map();
        boolean[] noGradient = facts.noGradientInMap(x, map);
        deadInLayer = facts.countNoGradient(x);
        int deadInMap = 0;
        for (boolean b : noGradient) {
            deadInMap += b ? 1 : 0;
        }

        Shape shape = x.shape();
        int side = shape.vector() ? MapsDetailView.vectorWrap(shape.channels()) : Math.max(shape.height(), shape.width());
        int beforeCell = Math.max(MapsDetailView.MIN_CELL, Math.min(MAX_CELL, BEFORE_SIDE / side));
        int afterCell = Math.max(AFTER_MIN_CELL, Math.min(beforeCell, AFTER_SIDE / side));
        ValueRange xRange = ColorScale.DIVERGING.rangeOf(x);
        before.grid.showValues(x, map, ColorScale.DIVERGING, xRange, noGradient, beforeCell);
        before.legend.setColorScale(ColorScale.DIVERGING);
        before.legend.setRange(xRange);
        ColorScale afterScale = ColorScale.forValues(backward, result);
        ValueRange afterRange = afterScale.rangeOf(result);
        // Backward, the same units are crossed out: their dL/dInput is (almost) 0.
        after.grid.showValues(result, map, afterScale, afterRange, backward ? noGradient : null, afterCell);
        after.legend.setColorScale(afterScale);
        after.legend.setRange(afterRange);
        plot.show(facts, x);
        thumbnailPane.showLayer(detail, THUMBNAIL_SIDE);

        String mapText = shape.vector() ? "" : Integer.toString(map + 1);
        int mapCount = shape.vector() ? 1 : shape.channels();
        before.caption.textProperty().bind(shape.vector() ? Messages.bind("activation.caption.before.units")
                : Messages.bind("activation.caption.before.map", mapText, mapCount));
        after.caption.textProperty().bind(backward ? Messages.bind("activation.caption.after.gradInput")
                : Messages.bind("activation.caption.after.output"));
        summaryText.dispose();
        int size = shape.vector() ? shape.channels() : shape.mapSize();
        summaryText = summaryBinding(facts.rule(), shape.vector(), deadInLayer, x.size(), deadInMap, size);
        summary.textProperty().bind(summaryText);
        hoverChanged();
    }

    /** The thumbnails, one per map of the layer, for tests. */
    List<FeatureMapView> thumbnailViews() {
        return thumbnailPane.views();
    }

    /**
     * The count of units that pass no gradient. A vector's units are a dense layer's neurons and the
     * vector is the whole layer, so it needs no count per map; a map's units are its cells, which the
     * course does not call neurons (see docs/glossary.md).
     */
    private static StringBinding summaryBinding(ActivationFacts.Rule rule, boolean vector, int inLayer, int layerSize,
            int inMap, int mapSize) {
        if (rule == ActivationFacts.Rule.DEAD) {
            return vector ? Messages.bind("activation.summary.dead.neurons", inLayer, layerSize)
                    : Messages.bind("activation.summary.dead.cells", inLayer, layerSize, inMap, mapSize);
        }
        return vector ? Messages.bind("activation.summary.saturated.neurons", inLayer, layerSize)
                : Messages.bind("activation.summary.saturated.cells", inLayer, layerSize, inMap, mapSize);
    }

    private void hoverChanged() {
        int index = before.grid.hoveredIndexProperty().get();
        if (index < 0) {
            index = after.grid.hoveredIndexProperty().get();
        }
        before.grid.setHighlighted(index);
        after.grid.setHighlighted(index);
        hoverText.dispose();
        if (index < 0 || shown == null) {
            plot.setHovered(null);
            hoverText = Messages.binding(() -> "");
        } else {
            int flat = trace.input().shape().vector() ? index : shown.map() * trace.input().shape().mapSize() + index;
            plot.setHovered(trace.input().get(flat));
            int unit = index;
            hoverText = Messages.binding(() -> hoverText(unit, flat));
        }
        hover.textProperty().bind(hoverText);
        hover.setVisible(index >= 0);
        summary.setVisible(index < 0);
    }

    /** x, f(x), f'(x) of one unit, or backward the rule dL/dInput = dL/dOutput x f'(x), with the engine's numbers. */
    private String hoverText(int indexInMap, int flat) {
        Shape shape = trace.input().shape();
        String where = shape.vector() ? Messages.get("dropout.where.unit", indexInMap + 1)
                : Messages.get("dropout.where.cell", shown.map() + 1, indexInMap / shape.width() + 1,
                        indexInMap % shape.width() + 1);
        double x = trace.input().get(flat);
        String derivative = NumberText.full(facts.derivative(x));
        String text = shown.gradients()
                ? Messages.get("activation.hover.backward", where, NumberText.full(x), derivative,
                        NumberText.full(trace.gradOutput().get(flat)), NumberText.full(trace.gradInput().get(flat)))
                : Messages.get("activation.hover.forward", where, NumberText.full(x),
                        NumberText.full(trace.output().get(flat)), derivative);
        if (!facts.passesNoGradient(x)) {
            return text;
        }
        return MathText.then(text, facts.rule() == ActivationFacts.Rule.DEAD ? Messages.get("activation.hover.dead")
                : Messages.get("activation.hover.saturated"));
    }

    /** The number of units in the layer that pass no gradient, as the view counted them; for tests. */
    int noGradientCount() {
        return deadInLayer;
    }

    CellGrid beforeGrid() {
        return before.grid;
    }

    CellGrid afterGrid() {
        return after.grid;
    }

    ActivationPlot plot() {
        return plot;
    }

    @Override
    public void dispose() {
        before.grid.hoveredIndexProperty().removeListener(hoverMoved);
        after.grid.hoveredIndexProperty().removeListener(hoverMoved);
        for (MapBox box : List.of(before, after)) {
            box.caption.textProperty().unbind();
        }
        plotCaption.textProperty().unbind();
        hint.textProperty().unbind();
        thumbnailsTitle.textProperty().unbind();
        summary.textProperty().unbind();
        hover.textProperty().unbind();
        summaryText.dispose();
        hoverText.dispose();
    }

    /** A map under its caption, its legend under it. */
    private static final class MapBox {
        final Label caption = new Label();
        final CellGrid grid = new CellGrid();
        final ColorLegend legend = new ColorLegend();
        final VBox root = new VBox(caption, grid, legend);

        MapBox(String id) {
            grid.setId(id);
            caption.getStyleClass().add("activation-small");
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            caption.setPrefWidth(0);
            caption.setMaxWidth(Double.MAX_VALUE);
            legend.setPrefWidth(0);
            legend.setMaxWidth(Double.MAX_VALUE);
            root.getStyleClass().add("activation-map-box");
        }
    }
}
