package org.convscope.ui.detail;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.convscope.ui.maps.ColorLegend;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.FeatureMapViewSkin;
import org.convscope.ui.maps.ValueRange;

/**
 * Flatten explained: no number changes, the maps are laid out in one vector, map after map and
 * row after row. One input map is drawn beside the vector (as a grid numbered down the columns);
 * pointing at a value of either marks the same value in the other, in the accent colour, and the
 * line under them says where it sits in both ("element 137 = map 6, row 3, column 2"). Backward,
 * the same with the gradients: dL/dInput is dL/dOutput folded back into maps.
 */
public final class FlattenDetailView implements LayerDetailView {
    private static final int MAP_SIDE = 140;
    private static final int VECTOR_WRAP = 20;
    private static final int VECTOR_CELL = 8;
    // Captions wrap at their picture's width, or this if the picture is narrower: two captions, the
    // legend and the gaps then fit the about 610 px the panel has at 1280 px, in both languages.
    private static final int MIN_CAPTION_WIDTH = 180;

    private final LayerDetailViewModel model;
    private final Label explain = new Label();
    private final Label mapCaption = new Label();
    private final Label vectorCaption = new Label();
    private final FeatureMapView map = new FeatureMapView();
    private final FeatureMapView vector = new FeatureMapView();
    private final Rectangle mapMark = mark();
    private final Rectangle vectorMark = mark();
    private final ColorLegend legend = new ColorLegend();
    private final Label hover = new Label();
    private final VBox root;
    private final InvalidationListener relabel = o -> relabel();
    private Shape inputShape;
    private boolean gradients;
    private boolean placing;

    public FlattenDetailView(LayerDetailViewModel model) {
        this.model = model;
        explain.getStyleClass().add("explain");
        explain.setWrapText(true);
        // Captions wrap within their picture's width: a long one would otherwise squeeze the pictures.
        for (Label caption : new Label[] {mapCaption, vectorCaption}) {
            caption.getStyleClass().add("panel-caption");
            caption.setWrapText(true);
        }
        map.setId("flatten-map");
        vector.setId("flatten-vector");
        for (FeatureMapView view : new FeatureMapView[] {map, vector}) {
            view.setValueTooltip(false);
        }
        vector.setWrap(VECTOR_WRAP);
        hover.setId("flatten-hover");
        hover.getStyleClass().add("hover-value");
        hover.setWrapText(true);
        VBox mapBox = new VBox(4, mapCaption, overlaid(map, mapMark));
        VBox vectorBox = new VBox(4, vectorCaption, overlaid(vector, vectorMark));
        // Its width, set in the CSS, holds three labels like -1.46e-8 (backward they ran together);
        // in presenter mode's larger type that is more than is left beside the pictures, and the
        // flow then puts the legend under them instead of off the right edge.
        VBox legendBox = new VBox(legend);
        legendBox.getStyleClass().add("flatten-legend-box");
        legend.setMaxWidth(Double.MAX_VALUE);
        FlowPane maps = new FlowPane(20, 8, mapBox, vectorBox, legendBox);
        maps.setAlignment(Pos.TOP_LEFT);
        maps.setRowValignment(VPos.TOP);
        // The value line under the pictures: as it grows to two lines it must not move them under the pointer.
        root = new VBox(6, explain, maps, hover);
        root.getStyleClass().add("flatten-detail-view");
        root.getStylesheets().add(FlattenDetailView.class.getResource("flatten-detail-view.css").toExternalForm());
        map.hoveredCellProperty().addListener((o, old, cell) -> {
            if (!placing && cell != null) {
                markElement(flatIndex(cell.channel(), cell.row(), cell.col()));
            }
        });
        vector.hoveredCellProperty().addListener((o, old, cell) -> {
            if (!placing && cell != null) {
                markElement(cell.row());
            }
        });
        Messages.localeProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private static Rectangle mark() {
        Rectangle r = new Rectangle();
        r.getStyleClass().add("flatten-mark");
        r.setManaged(false);
        r.setVisible(false);
        r.setMouseTransparent(true);
        return r;
    }

    /** The map with a mark drawn over it, which takes no pointer events and no layout room. */
    private static StackPane overlaid(FeatureMapView view, Rectangle mark) {
        Pane marks = new Pane(mark);
        marks.setMouseTransparent(true);
        StackPane stack = new StackPane(view, marks);
        stack.setAlignment(Pos.TOP_LEFT);
        stack.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        return stack;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(LayerDetail detail) {
        LayerTrace trace = model.layerTrace(detail);
        if (trace == null) {
            return;
        }
        gradients = detail.gradients() && trace.hasBackward();
        Tensor in = gradients ? trace.gradInput() : trace.input();
        Tensor out = gradients ? trace.gradOutput() : trace.output();
        inputShape = in.shape();
        ColorScale scale = ColorScale.forValues(gradients, in);
        ValueRange range = scale.rangeOf(in); // the same values in both: one range
        int side = Math.max(inputShape.height(), inputShape.width());
        int mapCell = Math.max(8, MAP_SIDE / side);
        map.setCellSize(mapCell);
        vector.setCellSize(VECTOR_CELL);
        mapCaption.setMaxWidth(Math.max(MIN_CAPTION_WIDTH, inputShape.width() * mapCell));
        vectorCaption.setMaxWidth(Math.max(MIN_CAPTION_WIDTH, (out.size() + VECTOR_WRAP - 1) / VECTOR_WRAP * VECTOR_CELL));
        for (FeatureMapView view : new FeatureMapView[] {map, vector}) {
            view.setColorScale(scale);
            view.setRange(range);
        }
        map.setTensor(in);
        map.setChannel(Math.min(Math.max(0, map.getChannel()), inputShape.channels() - 1));
        vector.setTensor(out);
        legend.setColorScale(scale);
        legend.setRange(range);
        mapMark.setVisible(false);
        vectorMark.setVisible(false);
        relabel();
    }

    /** Where value (channel, row, col) of the maps sits in the vector: map after map, row after row. */
    int flatIndex(int channel, int row, int col) {
        return (channel * inputShape.height() + row) * inputShape.width() + col;
    }

    /** Marks element {@code index} of the vector and its source cell (switching the map shown if needed). */
    void markElement(int index) {
        int perMap = inputShape.height() * inputShape.width();
        int channel = index / perMap;
        int row = index % perMap / inputShape.width();
        int col = index % inputShape.width();
        placing = true;
        try {
            if (map.getChannel() != channel) {
                map.setChannel(channel);
                map.applyCss();
                map.layout();
            }
        } finally {
            placing = false;
        }
        place(mapMark, map, row, col);
        place(vectorMark, vector, index % VECTOR_WRAP, index / VECTOR_WRAP);
        double value = vector.getTensor().get(index);
        String[] where = {Integer.toString(index + 1), Integer.toString(channel + 1), Integer.toString(row + 1),
            Integer.toString(col + 1), NumberText.full(value)};
        hover.setText(gradients ? Messages.get("flatten.hover.gradient", (Object[]) where)
                : Messages.get("flatten.hover", (Object[]) where));
        mapCaption.setText(Messages.get("flatten.map", Integer.toString(channel + 1),
                Integer.toString(inputShape.channels())));
    }

    private static void place(Rectangle mark, FeatureMapView view, int row, int col) {
        if (!(view.getSkin() instanceof FeatureMapViewSkin skin) || skin.pixelsPerCell() == 0) {
            mark.setVisible(false);
            return;
        }
        int px = skin.pixelsPerCell();
        mark.relocate(view.snappedLeftInset() + col * px, view.snappedTopInset() + row * px);
        mark.setWidth(px);
        mark.setHeight(px);
        mark.setVisible(true);
    }

    private void relabel() {
        if (inputShape == null) {
            return;
        }
        String c = Integer.toString(inputShape.channels());
        String h = Integer.toString(inputShape.height());
        String w = Integer.toString(inputShape.width());
        String n = Integer.toString(inputShape.size());
        explain.setText(gradients ? Messages.get("flatten.explain.backward", c, h, w, n)
                : Messages.get("flatten.explain", c, h, w, n));
        String mapNumber = Integer.toString(map.getChannel() + 1);
        mapCaption.setText(gradients ? Messages.get("flatten.map.gradient", mapNumber, c)
                : Messages.get("flatten.map", mapNumber, c));
        vectorCaption.setText(gradients ? Messages.get("flatten.vector.gradient", n) : Messages.get("flatten.vector", n));
        legend.setCaption(Messages.get("flatten.legend"));
        if (!mapMark.isVisible()) {
            hover.setText(Messages.get("flatten.hover.idle"));
        }
    }

    @Override
    public void dispose() {
        map.setTensor(null);
        vector.setTensor(null);
    }
}
