package org.convscope.ui.detail;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.convscope.ui.detail.PoolingCanvas.Hover;
import org.convscope.ui.detail.PoolingCanvas.Part;
import org.convscope.ui.detail.PoolingWalkthrough.Cell;
import org.convscope.ui.detail.PoolingWalkthrough.Kind;
import org.convscope.ui.maps.ColorLegend;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.ValueRange;

/**
 * The detail view of max- and average-pooling layers (issue 5): the selected map's input with its
 * pooling windows outlined and, beside it, the output; for max pooling the winning cell of every
 * window marked in the accent colour with its route to the output cell. Pointing at an output cell
 * shows its window and the formula with the numbers ("max(0.120, 0.800, 0.310, 0.0500) = 0.800"),
 * at an input cell whether it won. Backward, dL/dOutput at the right and dL/dInput at the left:
 * each gradient travels back along its route to the winner (every other cell gets exactly 0), or
 * is split evenly, gradient / k^2, over its window. On a max-pool layer a check box adds what
 * average pooling would give for the same input, computed here and never handed to the model.
 *
 * <p>Every number comes from a {@link PoolingWalkthrough} built on the engine's trace (its input,
 * routes and gradients); the picture is one {@link PoolingCanvas}. Thumbnails of the layer's maps
 * pick the map, as in the {@link MapsDetailView generic view}.
 */
public final class PoolingDetailView implements LayerDetailView {
    // A 28 x 28 input at 8 px a cell, a 10 x 10 one at 22: the tallest map the panel shows at 1280x720.
    private static final int INPUT_SIDE = 224;
    private static final int MAX_INPUT_CELL = 24;
    // The output beside it; smaller when the what-if's map goes under it.
    private static final int OUTPUT_SIDE = 140;
    private static final int OUTPUT_SIDE_STACKED = 104;
    private static final int MAX_OUTPUT_CELL = 40;
    private static final int THUMBNAIL_SIDE = 28;

    private final LayerDetailViewModel model;
    private final PoolingCanvas canvas = new PoolingCanvas();
    private final Label explanation = new Label();
    private final Label hover = new Label();
    private final CheckBox whatIf = new CheckBox();
    private final Label legendTitle = new Label();
    private final ColorLegend legend = new ColorLegend();
    private final Label thumbnailsTitle = new Label();
    private final MapThumbnails thumbnailPane;
    private final StringBinding hoverText;
    private final StringBinding explanationText;
    private final VBox root;
    private LayerDetail shown;
    private PoolingWalkthrough walk;

    public PoolingDetailView(LayerDetailViewModel model) {
        this.model = model;
        canvas.setId("pooling-canvas");
        explanation.getStyleClass().add("explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanationText = Messages.binding(this::explanationText);
        explanation.textProperty().bind(explanationText);

        hover.setId("pooling-hover");
        hover.getStyleClass().add("hover-value");
        hover.setWrapText(true);
        hover.setMinHeight(Region.USE_PREF_SIZE);
        hover.setPrefWidth(0);
        hover.setMaxWidth(Double.MAX_VALUE);
        hoverText = Messages.binding(this::hoverText, canvas.hoveredProperty());
        hover.textProperty().bind(hoverText);

        whatIf.setId("pooling-what-if");
        whatIf.textProperty().bind(Messages.bind("pool.whatIf"));
        whatIf.setWrapText(true);
        whatIf.selectedProperty().addListener(o -> redraw());

        legendTitle.getStyleClass().add("legend-title");
        legendTitle.setWrapText(true);
        legendTitle.setMinHeight(Region.USE_PREF_SIZE);
        legend.setMaxWidth(Double.MAX_VALUE);
        legend.setPrefWidth(0);
        thumbnailPane = new MapThumbnails(model::selectMap);
        // The title goes with the thumbnails (none for a layer of one map).
        thumbnailsTitle.visibleProperty().bind(thumbnailPane.visibleProperty());
        thumbnailsTitle.managedProperty().bind(thumbnailPane.managedProperty());
        thumbnailsTitle.textProperty().bind(Messages.bind("detail.thumbnails"));
        thumbnailsTitle.getStyleClass().add("thumbnails-title");
        thumbnailsTitle.setWrapText(true);
        thumbnailsTitle.setMinHeight(Region.USE_PREF_SIZE);
        thumbnailPane.getStyleClass().add("thumbnails");
        thumbnailPane.setPrefWrapLength(4 * (THUMBNAIL_SIDE + 6));

        VBox mapsColumn = new VBox(canvas, hover);
        mapsColumn.getStyleClass().add("maps-column");
        VBox side = new VBox(explanation, whatIf, legendTitle, legend, thumbnailsTitle, thumbnailPane);
        side.getStyleClass().add("side-column");
        side.setMinWidth(140);
        HBox.setHgrow(side, Priority.ALWAYS);
        // The value line wraps under the maps, never wider than they are.
        hover.maxWidthProperty().bind(canvas.widthProperty());
        HBox body = new HBox(mapsColumn, side);
        body.getStyleClass().add("body");
        root = new VBox(body);
        root.getStyleClass().add("pooling-detail-view");
        root.getStylesheets().add(PoolingDetailView.class.getResource("pooling-detail-view.css").toExternalForm());
    }

    @Override
    public Node node() {
        return root;
    }

    /** The picture; for tests. */
    PoolingCanvas canvas() {
        return canvas;
    }

    /** The walkthrough shown now, or null; for tests. */
    PoolingWalkthrough walkthrough() {
        return walk;
    }

    CheckBox whatIfToggle() {
        return whatIf;
    }

    @Override
    public void show(LayerDetail detail) {
        shown = detail;
        Optional<PoolingWalkthrough> found =
                PoolingWalkthrough.of(model.layer(detail), model.layerTrace(detail), detail.map());
        walk = found.orElse(null);
        thumbnailPane.showLayer(detail, THUMBNAIL_SIDE);
        redraw();
    }

    private void redraw() {
        if (shown == null || walk == null) {
            return;
        }
        boolean backward = shown.gradients();
        boolean whatIfShown = !backward && walk.kind() == Kind.MAX && whatIf.isSelected();
        whatIf.setVisible(!backward && walk.kind() == Kind.MAX);
        whatIf.setManaged(whatIf.isVisible());
        DetailPanel first = shown.panels().get(0);
        int map = shown.map();
        double[] left;
        double[] right = first.tensor().map(map);
        ColorScale scale = first.scale();
        ValueRange range;
        if (backward && shown.panels().size() > 1) {
            DetailPanel gradInput = shown.panels().get(1);
            // The engine's own dL/dInput: the split is explained, never substituted.
            left = gradInput.tensor().map(map);
            range = first.range().union(gradInput.range());
        } else {
            left = walk.inputMap();
            // One range for input and output, so a winner and its output cell have the same colour.
            range = first.range().union(scale.rangeOf(left));
        }
        int leftCell = Math.max(MapsDetailView.MIN_CELL,
                Math.min(MAX_INPUT_CELL, INPUT_SIDE / Math.max(walk.inputRows(), walk.inputCols())));
        int outputSide = whatIfShown ? OUTPUT_SIDE_STACKED : OUTPUT_SIDE;
        int rightCell = Math.max(MapsDetailView.MIN_CELL,
                Math.min(MAX_OUTPUT_CELL, outputSide / Math.max(walk.outputRows(), walk.outputCols())));
        canvas.show(walk, backward, left, right, whatIfShown ? walk.averageMap() : null, scale, range, leftCell,
                rightCell);
        captions(backward);
        legend.setColorScale(scale);
        legend.setRange(range);
        legendTitle.textProperty().bind(backward ? Messages.bind("pool.legend.backward") : Messages.bind("pool.legend.forward"));
        explanationText.invalidate();
        hoverText.invalidate();
    }

    private void captions(boolean backward) {
        int map = shown.map() + 1;
        if (backward) {
            canvas.leftCaption().textProperty().bind(Messages.bind("pool.caption.gradInput", map));
            canvas.rightCaption().textProperty().bind(Messages.bind("pool.caption.gradOutput"));
        } else {
            canvas.leftCaption().textProperty().bind(Messages.bind("pool.caption.input", map));
            canvas.rightCaption().textProperty().bind(walk.kind() == Kind.MAX
                    ? Messages.bind("pool.caption.output.max") : Messages.bind("pool.caption.output.average"));
        }
        canvas.whatIfCaption().textProperty().bind(Messages.bind("pool.caption.whatIf"));
    }

    /** The thumbnails, for tests. */
    List<FeatureMapView> thumbnailViews() {
        return thumbnailPane.views();
    }

    private String explanationText() {
        if (walk == null || shown == null) {
            return "";
        }
        int k = walk.window();
        if (shown.gradients()) {
            return walk.kind() == Kind.MAX ? Messages.get("pool.explain.max.backward")
                    : Messages.get("pool.explain.average.backward", k, walk.cellsPerWindow());
        }
        return walk.kind() == Kind.MAX ? Messages.get("pool.explain.max.forward", k, walk.stride())
                : Messages.get("pool.explain.average.forward", k, walk.stride(), walk.cellsPerWindow());
    }

    private String hoverText() {
        Hover h = canvas.getHovered();
        if (walk == null || shown == null) {
            return "";
        }
        if (h == null) {
            return shown.gradients() ? Messages.get("pool.hover.idle.backward") : Messages.get("pool.hover.idle.forward");
        }
        return shown.gradients() ? backwardText(h) : forwardText(h);
    }

    /** Output: the window's formula with its numbers and the exact value; input: whether it won. */
    private String forwardText(Hover h) {
        int row = h.row() + 1;
        int col = h.col() + 1;
        if (h.part() == Part.WHAT_IF) {
            double mean = walk.average(h.row(), h.col());
            return Messages.get("pool.hover.whatIf", row, col, walk.averageFormula(h.row(), h.col(), mean),
                    NumberText.full(mean));
        }
        if (h.part() == Part.OUTPUT_SIDE) {
            double out = shown.panels().get(0).tensor().get(shown.map(), h.row(), h.col());
            String formula = walk.kind() == Kind.MAX ? walk.maxFormula(h.row(), h.col(), out)
                    : walk.averageFormula(h.row(), h.col(), out);
            return Messages.get("pool.hover.output", row, col, formula, NumberText.full(out));
        }
        String value = NumberText.full(walk.input(h.row(), h.col()));
        List<Cell> holding = walk.windowsHolding(h.row(), h.col());
        if (holding.isEmpty()) {
            return Messages.get("pool.hover.input.outside", row, col, value);
        }
        if (walk.kind() == Kind.AVERAGE) {
            Cell o = holding.get(0);
            return Messages.get("pool.hover.input.average", row, col, value, walk.cellsPerWindow(), o.row() + 1,
                    o.col() + 1);
        }
        List<Cell> won = walk.windowsWonBy(h.row(), h.col());
        if (won.isEmpty()) {
            Cell winner = walk.winner(holding.get(0).row(), holding.get(0).col());
            return Messages.get("pool.hover.input.lost", row, col, value, winner.row() + 1, winner.col() + 1);
        }
        Cell output = won.get(0);
        // A tie (often a window of zeros after ReLU): the engine passes on the first cell, not a larger value.
        if (walk.windowTies(output.row(), output.col())) {
            return Messages.get("pool.hover.input.tie", row, col, value, output.row() + 1, output.col() + 1);
        }
        if (won.size() > 1) { // overlapping windows (stride < window) can share a winner
            return Messages.get("pool.hover.input.wonSeveral", row, col, value, won.size());
        }
        return Messages.get("pool.hover.input.won", row, col, value, output.row() + 1, output.col() + 1);
    }

    /** dL/dOutput: where its gradient goes, with the numbers; dL/dInput: what the cell received. */
    private String backwardText(Hover h) {
        int row = h.row() + 1;
        int col = h.col() + 1;
        if (h.part() == Part.OUTPUT_SIDE) {
            double g = walk.gradOutput(h.row(), h.col());
            if (walk.kind() == Kind.MAX) {
                Cell winner = walk.winner(h.row(), h.col());
                return Messages.get("pool.hover.gradOutput.max", row, col, NumberText.sig3(g), winner.row() + 1,
                        winner.col() + 1, walk.cellsPerWindow() - 1, NumberText.full(g));
            }
            return Messages.get("pool.hover.gradOutput.average", row, col, walk.splitFormula(h.row(), h.col()),
                    NumberText.full(g));
        }
        double received = canvas.values(Part.INPUT_SIDE)[h.row() * walk.inputCols() + h.col()];
        String value = NumberText.full(received);
        List<Cell> holding = walk.windowsHolding(h.row(), h.col());
        if (holding.isEmpty()) {
            return Messages.get("pool.hover.gradInput.outside", row, col, value);
        }
        if (walk.kind() == Kind.AVERAGE) {
            return Messages.get("pool.hover.gradInput.average", row, col, value, walk.cellsPerWindow());
        }
        List<Cell> won = walk.windowsWonBy(h.row(), h.col());
        if (won.isEmpty()) {
            return Messages.get("pool.hover.gradInput.lost", row, col, value);
        }
        if (won.size() > 1) { // the engine adds up the gradients of every window the cell won
            return Messages.get("pool.hover.gradInput.wonSeveral", row, col, value, won.size());
        }
        return Messages.get("pool.hover.gradInput.won", row, col, value, won.get(0).row() + 1, won.get(0).col() + 1);
    }

    @Override
    public void dispose() {
        hover.textProperty().unbind();
        explanation.textProperty().unbind();
        hoverText.dispose();
        explanationText.dispose();
        whatIf.textProperty().unbind();
        legendTitle.textProperty().unbind();
        thumbnailsTitle.textProperty().unbind();
        for (Label caption : List.of(canvas.leftCaption(), canvas.rightCaption(), canvas.whatIfCaption())) {
            caption.textProperty().unbind();
        }
    }
}
