package org.convscope.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.engine.Shape;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.convscope.ui.maps.ColorLegend;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.MapCell;
import org.convscope.ui.maps.ScaleMode;

/**
 * The generic detail view, for every layer type without a view of its own: the selected map
 * drawn large (on a forward step the layer's output; on a backward step dL/dOutput and, beside it,
 * dL/dInput), each with its legend; under them the exact value of the hovered cell and its
 * position; beside them the layer's maps as thumbnails, a click on one shows it large. A vector
 * (dense, flatten) is drawn as a grid of units, numbered down the columns.
 *
 * <p>Its nodes are made once; a new snapshot hands new tensors to the same map views, which
 * redraw their images (whole-pixel cells in a {@code WritableImage}, no node per cell). Only
 * the thumbnails are rebuilt, and only when another layer is selected.
 */
public final class MapsDetailView implements LayerDetailView {
    /** Below this a cell is too small to point at, or to see from the back of a classroom (UI guide). */
    static final int MIN_CELL = 8;
    // A 5 x 5 map (maxpool2) at 40 px a cell is as wide as a 28 x 28 one at 8 px.
    private static final int MAX_CELL = 40;
    // A 28 x 28 map at 8 px a cell: two of them, the legends and the thumbnails fit the centre column at 1280 px.
    private static final int TARGET_SIDE = 230;
    // Two maps side by side (backward) are drawn smaller where they can be, so the column beside
    // them keeps room for the thumbnails; a 28 x 28 map stays at 8 px a cell either way.
    private static final int TARGET_SIDE_BY_SIDE = 160;
    private static final int THUMBNAIL_SIDE = 56;
    private static final int MIN_COLUMN_WIDTH = 260;

    private final LayerDetailViewModel model;
    private final List<PanelBox> panelBoxes = List.of(new PanelBox(), new PanelBox());
    private final Label hover = new Label();
    private final ThumbnailRow outputThumbnails;
    private final ThumbnailRow inputThumbnails;
    private final VBox sideColumn = new VBox();
    private final HBox legendsRow = new HBox();
    private final HBox root;
    private final StringBinding hoverText;
    private LayerDetail shown;

    public MapsDetailView(LayerDetailViewModel model) {
        this.model = model;
        HBox panelsRow = new HBox();
        panelsRow.getStyleClass().add("panels");
        for (PanelBox box : panelBoxes) {
            panelsRow.getChildren().add(box.root);
        }
        hover.setId("detail-hover");
        hover.getStyleClass().add("hover-value");
        hover.setWrapText(true);
        hover.setMinHeight(Region.USE_PREF_SIZE);
        // As wide as the maps, wrapping: right under the map the pointer is on, never pushed
        // out of sight by a long side column, and never widening the maps' column.
        hover.setPrefWidth(0);
        hover.setMaxWidth(Double.MAX_VALUE);
        hoverText = Messages.binding(this::hoverText, panelBoxes.get(0).map.hoveredCellProperty(),
                panelBoxes.get(1).map.hoveredCellProperty());
        hover.textProperty().bind(hoverText);

        outputThumbnails = new ThumbnailRow(Messages.bind("detail.thumbnails"), model::selectMap);
        outputThumbnails.box.setId("detail-thumbnails");
        inputThumbnails = new ThumbnailRow(Messages.bind("detail.thumbnails.input"), model::selectInputMap);
        inputThumbnails.box.setId("detail-input-thumbnails");
        // Legends and thumbnails beside the maps, not under them: at 1280x720 the panel has
        // about 330 px of height, and a 28 x 28 map at 8 px a cell takes 228 of them. With two
        // maps side by side the legends go under their maps (see placeLegends).
        sideColumn.getChildren().addAll(outputThumbnails.box, inputThumbnails.box);
        sideColumn.getStyleClass().add("side-column");
        sideColumn.setMinWidth(0);
        HBox.setHgrow(sideColumn, Priority.ALWAYS);
        legendsRow.getStyleClass().add("legends-row");
        legendsRow.setVisible(false);
        legendsRow.setManaged(false);
        VBox mapsColumn = new VBox(panelsRow, hover, legendsRow);
        mapsColumn.getStyleClass().add("maps-column");
        // Room for the value line on two lines at most, even beside a narrow vector grid.
        hover.setMinWidth(MIN_COLUMN_WIDTH);
        root = new HBox(mapsColumn, sideColumn);
        root.getStyleClass().add("maps-detail-view");
    }

    @Override
    public Node node() {
        return root;
    }

    /** The large map of panel {@code i} (0: output or dL/dOutput, 1: dL/dInput); for tests. */
    FeatureMapView largeMap(int i) {
        return panelBoxes.get(i).map;
    }

    List<FeatureMapView> thumbnailViews() {
        return outputThumbnails.views;
    }

    @Override
    public void show(LayerDetail detail) {
        shown = detail;
        List<DetailPanel> panels = detail.panels();
        boolean sideBySide = panels.size() > 1;
        placeLegends(sideBySide);
        for (int i = 0; i < panelBoxes.size(); i++) {
            panelBoxes.get(i).show(i < panels.size() ? panels.get(i) : null, detail.scaleMode(), sideBySide);
        }
        showThumbnails(detail, sideBySide);
        hoverText.invalidate();
    }

    /**
     * One map: its legend beside it, above the thumbnails, where there is width to spare. Two maps
     * (a backward step) take most of the width at 1280 px, and the column beside them would be
     * too narrow for a legend's three numbers: each legend goes under its own map instead, below
     * the value line, so that at 1280x720 the value stays in sight and the legends scroll.
     */
    private void placeLegends(boolean underMaps) {
        legendsRow.setVisible(underMaps);
        legendsRow.setManaged(underMaps);
        for (int i = 0; i < panelBoxes.size(); i++) {
            PanelBox box = panelBoxes.get(i);
            if (underMaps && box.legendBox.getParent() != legendsRow) {
                legendsRow.getChildren().add(box.legendBox);
                // As wide as its map, so it reads as that map's key.
                box.legendBox.prefWidthProperty().bind(box.root.widthProperty());
                box.legendBox.maxWidthProperty().bind(box.root.widthProperty());
            } else if (!underMaps && box.legendBox.getParent() != sideColumn) {
                box.legendBox.prefWidthProperty().unbind();
                box.legendBox.maxWidthProperty().unbind();
                box.legendBox.setPrefWidth(Region.USE_COMPUTED_SIZE);
                box.legendBox.setMaxWidth(Double.MAX_VALUE);
                sideColumn.getChildren().add(i, box.legendBox);
            }
        }
    }

    private void showThumbnails(LayerDetail detail, boolean compact) {
        DetailPanel first = detail.panels().get(0);
        outputThumbnails.show(detail.layerIndex(), detail.mapCount() > 1 ? first : null, detail.map(),
                detail.scaleMode(), compact);
        // dL/dInput gets its own row only where its maps do not follow the selected one (convolution).
        DetailPanel second = detail.panels().size() > 1 ? detail.panels().get(1) : null;
        boolean ownInputMaps = second != null && second.mapCount() > 1 && second.mapCount() != detail.mapCount();
        inputThumbnails.show(detail.layerIndex(), ownInputMaps ? second : null, ownInputMaps ? second.map() : 0,
                detail.scaleMode(), compact);
    }

    private String hoverText() {
        for (int i = 0; i < panelBoxes.size(); i++) {
            PanelBox box = panelBoxes.get(i);
            MapCell cell = box.map.getHoveredCell();
            if (cell != null && box.panel != null) {
                return hoverText(box.panel, cell);
            }
        }
        return Messages.get("detail.hover.idle");
    }

    /** "Output, map 3, row 12, column 7: 0.417283619": counted from 1, the value as the engine holds it. */
    static String hoverText(DetailPanel panel, MapCell cell) {
        String kind = Messages.get("detail.kind." + panel.kind().name());
        String value = NumberText.full(cell.value());
        return panel.vector()
                ? Messages.get("detail.hover.unit", kind, cell.row() + 1, value)
                : Messages.get("detail.hover.map", kind, panel.map() + 1, cell.row() + 1, cell.col() + 1, value);
    }

    /** Units per column of a vector's grid: one column for a few units (the ten classes), else a square. */
    static int vectorWrap(int units) {
        return units <= 16 ? units : (int) Math.ceil(Math.sqrt(units));
    }

    @Override
    public void dispose() {
        hover.textProperty().unbind();
        hoverText.dispose();
        outputThumbnails.title.textProperty().unbind();
        inputThumbnails.title.textProperty().unbind();
        for (PanelBox box : panelBoxes) {
            box.caption.textProperty().unbind();
            box.legendTitle.textProperty().unbind();
        }
    }

    /**
     * A tensor's maps as small clickable images under a title; a click picks that map. Hidden
     * when given no panel. The image views are made again only for another layer.
     */
    private static final class ThumbnailRow {
        final Label title = new Label();
        final FlowPane pane = new FlowPane();
        final VBox box = new VBox(title, pane);
        final List<FeatureMapView> views = new ArrayList<>();
        private final IntConsumer pick;
        private int layer = -1;

        ThumbnailRow(StringBinding titleText, IntConsumer pick) {
            this.pick = pick;
            title.textProperty().bind(titleText);
            title.getStyleClass().add("thumbnails-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            pane.getStyleClass().add("thumbnails");
            // The thumbnails take what the large maps leave, and wrap into rows there.
            pane.setPrefWrapLength(4 * (THUMBNAIL_SIDE + 8));
            box.getStyleClass().add("thumbnail-box");
        }

        void show(int layerIndex, DetailPanel panel, int selected, ScaleMode mode, boolean compact) {
            box.setVisible(panel != null);
            box.setManaged(panel != null);
            if (panel == null) {
                return;
            }
            if (layer != layerIndex || views.size() != panel.mapCount()) {
                build(layerIndex, panel.mapCount());
            }
            Shape shape = panel.tensor().shape();
            // Smaller when there are many (conv2's sixteen), and half size beside two large maps.
            int side = compact ? THUMBNAIL_SIDE / 2 : views.size() > 8 ? THUMBNAIL_SIDE * 3 / 4 : THUMBNAIL_SIDE;
            int cell = Math.max(1, side / Math.max(shape.height(), shape.width()));
            for (FeatureMapView view : views) {
                view.setCellSize(cell);
                view.setColorScale(panel.scale());
                // Per map, each thumbnail on its own range, as in the strip; else the shared one.
                view.setRange(mode == ScaleMode.PER_MAP ? null : panel.range());
                view.setTensor(panel.tensor());
                view.setSelected(view.getChannel() == selected);
            }
        }

        private void build(int layerIndex, int count) {
            layer = layerIndex;
            views.clear();
            for (int c = 0; c < count; c++) {
                FeatureMapView view = new FeatureMapView();
                view.getStyleClass().add("thumbnail");
                view.setChannel(c);
                int map = c;
                view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> pick.accept(map));
                views.add(view);
            }
            pane.getChildren().setAll(views);
        }
    }

    /** One large map with its caption and legend. */
    private static final class PanelBox {
        final Label caption = new Label();
        final FeatureMapView map = new FeatureMapView();
        final ColorLegend legend = new ColorLegend();
        // Its own label rather than the legend's caption: a label wraps in the narrow side
        // column, the legend's caption would be cut to "dL/dOutput colour...".
        final Label legendTitle = new Label();
        final VBox legendBox = new VBox(legendTitle, legend);
        final WholeCellBox mapBox = new WholeCellBox(map);
        final VBox root = new VBox(caption, mapBox);
        DetailPanel panel;

        PanelBox() {
            root.getStyleClass().add("panel");
            caption.getStyleClass().add("panel-caption");
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            map.getStyleClass().add("large-map");
            map.setValueTooltip(false); // the value line under the maps says it, without covering the map
            legend.setMaxWidth(Double.MAX_VALUE);
            legend.setPrefWidth(0);
            legendTitle.getStyleClass().add("legend-title");
            legendTitle.setWrapText(true);
            legendTitle.setMinHeight(Region.USE_PREF_SIZE);
            legendBox.getStyleClass().add("legend-box");
            // The map sets the panel's width; the caption wraps to it.
            caption.setPrefWidth(0);
            caption.setMaxWidth(Double.MAX_VALUE);
        }

        void show(DetailPanel panel, ScaleMode mode, boolean legendUnderMap) {
            this.panel = panel;
            root.setVisible(panel != null);
            root.setManaged(panel != null);
            legendBox.setVisible(panel != null);
            legendBox.setManaged(panel != null);
            if (panel == null) {
                map.setTensor(null);
                return;
            }
            int rows;
            int cols;
            if (panel.vector()) {
                int units = panel.tensor().size();
                int wrap = vectorWrap(units);
                map.setWrap(wrap);
                rows = Math.min(units, wrap);
                cols = (units + wrap - 1) / wrap;
            } else {
                rows = panel.tensor().shape().height();
                cols = panel.tensor().shape().width();
            }
            int target = legendUnderMap ? TARGET_SIDE_BY_SIDE : TARGET_SIDE;
            int cell = Math.max(MIN_CELL, Math.min(MAX_CELL, target / Math.max(rows, cols)));
            map.setCellSize(cell);
            mapBox.setGrid(rows, cols);
            map.setColorScale(panel.scale());
            map.setRange(panel.range());
            map.setChannel(panel.map());
            map.setTensor(panel.tensor());

            caption.textProperty().bind(Messages.binding(() -> {
                String kind = Messages.get("detail.kind." + panel.kind().name());
                return panel.vector()
                        ? Messages.get("detail.caption.vector", kind, panel.tensor().size())
                        : Messages.get("detail.caption.map", kind, panel.map() + 1, panel.mapCount());
            }));
            legend.setColorScale(panel.scale());
            legend.setRange(panel.range());
            // Beside the maps, so its caption says whose legend it is, then what the range covers.
            StringBinding range = Messages.binding(() -> mode == ScaleMode.PER_MAP && panel.vector()
                    ? Messages.get("detail.range.vector") // a vector is one "map": its own range
                    : Messages.get("detail.range." + mode.name()));
            // Under its map the caption above already says whose legend it is.
            legendTitle.textProperty().bind(legendUnderMap ? Messages.bind("detail.legend.underMap", range)
                    : Messages.bind("detail.legend", Messages.binding(
                            () -> Messages.get("detail.kind." + panel.kind().name())), range));
        }
    }
}
