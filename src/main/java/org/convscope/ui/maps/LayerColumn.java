package org.convscope.ui.maps;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.convscope.engine.Shape;
import org.convscope.ui.MathText;
import org.convscope.engine.Tensor;
import org.convscope.ui.Messages;

/**
 * One column of the {@link NetworkStrip}: the layer's labels, its legend and one
 * {@link FeatureMapView} per map (one for a vector). The map views are made once per network and
 * only get new tensors as the pass moves, so a step redraws images but builds no nodes.
 */
final class LayerColumn extends VBox {
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

    private final int layerIndex;
    private final Shape shape;
    private final List<FeatureMapView> maps = new ArrayList<>();
    private final TilePane mapPane = new TilePane();
    private final ColorLegend legend = new ColorLegend();
    private final Label placeholder = new Label();
    private StripColouring.Column content;
    private ScaleMode mode = ScaleMode.PER_LAYER;
    private int legendMap;

    /**
     * @param layerIndex the network's index of the layer, -1 for the input column
     * @param formula    the parameter-count formula, or null for the input
     */
    LayerColumn(int layerIndex, String name, String type, Shape shape, String formula) {
        this.layerIndex = layerIndex;
        this.shape = shape;
        getStyleClass().add("layer-column");

        Label nameLabel = new Label(name);
        if (layerIndex < 0) {
            nameLabel.textProperty().bind(Messages.bind("overview.name.input")); // "input" / "输入"
        }
        nameLabel.getStyleClass().add("name");
        Label typeLabel = new Label();
        typeLabel.textProperty().bind(Messages.binding(() -> Messages.get("layer.type." + type)));
        typeLabel.getStyleClass().add("type");
        Label shapeLabel = new Label(shapeText(shape));
        shapeLabel.getStyleClass().add("shape");
        getChildren().addAll(nameLabel, typeLabel, shapeLabel);
        // Every column has the formula line, empty for the input and for layers without
        // parameters (their formula would read "0"), so the legends line up across the strip.
        Label formulaLabel = new Label(formula == null ? "" : MathText.formula(formula));
        formulaLabel.getStyleClass().add("formula");
        formulaLabel.setWrapText(true);
        // A long formula wraps inside the column instead of widening it: the maps set the width.
        formulaLabel.setPrefWidth(0);
        formulaLabel.setMaxWidth(Double.MAX_VALUE);
        // Never squeezed below its wrapped height (which would cut it to "..."): the strip scrolls instead.
        formulaLabel.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().add(formulaLabel);
        legend.setMaxWidth(Double.MAX_VALUE);
        legend.setPrefWidth(0);
        mapPane.setMaxWidth(Region.USE_PREF_SIZE);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        mapPane.getStyleClass().add("maps");
        getChildren().addAll(legend, placeholder, mapPane);

        int count = shape.vector() ? 1 : shape.channels();
        int cell = cellSize(shape);
        mapPane.setPrefColumns(shape.vector() ? 1 : Math.min(count, count <= 6 ? 2 : 4));
        for (int c = 0; c < count; c++) {
            FeatureMapView view = new FeatureMapView();
            view.setChannel(c);
            view.setCellSize(cell);
            int channel = c;
            view.hoveredCellProperty().addListener((obs, old, now) -> {
                if (now != null && mode == ScaleMode.PER_MAP) {
                    legendMap = channel;
                    updateLegend();
                }
            });
            maps.add(view);
        }
        mapPane.getChildren().addAll(maps);
        // The column keeps the width its maps will need, so the strip does not jump sideways as
        // the pass reaches (or the backward pass returns to) a layer. CSS may raise the cell size
        // (presenter mode): the width follows.
        keepMapWidth();
        maps.get(0).minCellSizeProperty().addListener(o -> keepMapWidth());
    }

    private void keepMapWidth() {
        int cell = maps.get(0).effectiveCellSize();
        int perRow = mapPane.getPrefColumns();
        double tile = (shape.vector() ? 1 : shape.width()) * cell + 4; // + the map's 2px border each side
        if (shape.vector()) {
            tile = (shape.channels() + FeatureMapView.DEFAULT_WRAP - 1) / FeatureMapView.DEFAULT_WRAP * cell + 4;
        }
        mapPane.setMinWidth(perRow * tile + (perRow - 1) * 4);
    }

    /** Pixels per cell for this shape: big maps about 84 px wide, many small maps smaller, vectors about 300 px tall. */
    static int cellSize(Shape shape) {
        if (shape.vector()) {
            int rows = Math.min(shape.channels(), FeatureMapView.DEFAULT_WRAP);
            return Math.max(3, Math.min(16, 300 / rows));
        }
        int side = Math.max(shape.height(), shape.width());
        int target = shape.channels() <= 6 ? 84 : 60;
        return Math.max(2, Math.min(8, target / side));
    }

    /** "6 × 28 × 28" as the overview writes shapes, "120" for a vector. */
    static String shapeText(Shape shape) {
        return MathText.shape(shape);
    }

    int layerIndex() {
        return layerIndex;
    }

    List<FeatureMapView> maps() {
        return maps;
    }

    ColorLegend legend() {
        return legend;
    }

    boolean isEmpty() {
        return content == null || content.isEmpty();
    }

    /** Shows {@code column}'s tensor (or nothing) with its colours. */
    void show(StripColouring.Column column, ScaleMode scaleMode, boolean gradients) {
        this.content = column;
        this.mode = scaleMode;
        Tensor t = column.tensor();
        boolean empty = t == null || !t.shape().equals(shape) && t.size() != shape.size();
        for (FeatureMapView view : maps) {
            view.setColorScale(column.scale());
            view.setRange(column.range());
            view.setTensor(empty ? null : t.shape().equals(shape) ? t : t.reshape(shape));
        }
        mapPane.setVisible(!empty); // still managed: it holds the column's width
        placeholder.setVisible(empty);
        placeholder.setManaged(empty);
        legend.setVisible(!empty);
        placeholder.textProperty().bind(Messages.binding(() ->
                gradients ? Messages.get("maps.noGradient") : Messages.get("maps.notReached")));
        pseudoClassStateChanged(EMPTY, empty);
        if (legendMap >= maps.size()) {
            legendMap = 0;
        }
        updateLegend();
    }

    /** In per-map mode the legend follows the map last hovered (or selected), so every map's range can be read. */
    void showMapInLegend(int map) {
        if (map >= 0 && map < maps.size()) {
            legendMap = map;
            updateLegend();
        }
    }

    private void updateLegend() {
        if (isEmpty()) {
            legend.setRange(null);
            return;
        }
        legend.setColorScale(content.scale());
        ScaleMode m = mode;
        if (m == ScaleMode.PER_MAP) {
            legend.setRange(maps.get(legendMap).effectiveRange());
            legend.captionProperty().bind(shape.vector()
                    ? Messages.bind("maps.legend.vector")
                    : Messages.bind("maps.legend.map", legendMap + 1));
        } else {
            legend.setRange(content.range());
            legend.captionProperty().bind(m == ScaleMode.GLOBAL && layerIndex >= 0
                    ? Messages.bind("maps.legend.global") : Messages.bind("maps.legend.layer"));
        }
    }
}
