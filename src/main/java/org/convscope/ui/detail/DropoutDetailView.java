package org.convscope.ui.detail;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.StringBinding;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.engine.DropoutMask;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.convscope.ui.maps.ColorLegend;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.ValueRange;

/**
 * The detail view of a dropout layer: the mask the engine drew for this pass as a grid (kept
 * units white, dropped units dark and crossed out), p, how many units were kept and the factor
 * 1/(1-p) kept units are multiplied by; beside the mask the layer's input and output (forward) or
 * dL/dOutput and dL/dInput (backward), where every dropped unit is exactly 0. Pointing at a unit
 * in any of the three grids outlines it in all three and prints the rule for that unit with the
 * engine's exact numbers. In inference mode the mask is all kept and the view says that
 * everything passes unchanged, and where to switch training mode on.
 *
 * <p>All numbers come from the pass's trace and its {@link DropoutMask}; {@link DropoutFacts}
 * holds the arithmetic the texts state.
 */
public final class DropoutDetailView implements LayerDetailView {
    // 120 units (LeNet-5's dropout1) in an 11 x 11 grid at 12 px: three grids and the key fit the
    // about 610 px the panel has beside its scroll bar at 1280 px (at 13 px the key ran off the edge).
    private static final int TARGET_SIDE = 140;
    private static final int MAX_CELL = 24;
    private static final int KEY_CELL = 14;

    private final LayerDetailViewModel model;
    private final Label facts = new Label();
    private final Label hover = new Label();
    private final GridBox first = new GridBox("dropout-first");
    private final GridBox mask = new GridBox("dropout-mask");
    private final GridBox second = new GridBox("dropout-second");
    private final List<GridBox> boxes = List.of(first, mask, second);
    private final Label legendTitle = new Label();
    private final ColorLegend legend = new ColorLegend();
    private final VBox root;
    private final InvalidationListener hoverMoved = o -> hoverChanged();
    private StringBinding factsText = Messages.binding(() -> "");
    private StringBinding hoverText = Messages.binding(() -> "");
    private LayerDetail shown;
    private LayerTrace trace;
    private DropoutMask dropoutMask;

    public DropoutDetailView(LayerDetailViewModel model) {
        this.model = model;
        facts.setId("dropout-facts");
        facts.getStyleClass().add("dropout-facts");
        facts.setWrapText(true);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        hover.setId("dropout-hover");
        hover.getStyleClass().add("dropout-hover");
        hover.setWrapText(true);
        hover.setMinHeight(Region.USE_PREF_SIZE);
        mask.caption.textProperty().bind(Messages.bind("dropout.caption.mask"));
        legendTitle.getStyleClass().add("dropout-small");
        legendTitle.setWrapText(true);
        legendTitle.setMinHeight(Region.USE_PREF_SIZE);
        legend.setMaxWidth(Double.MAX_VALUE);
        legend.setPrefWidth(0);

        CellGrid keptSwatch = new CellGrid();
        keptSwatch.showMask(Tensor.zeros(Shape.vector(1)), new boolean[] {false}, KEY_CELL);
        CellGrid droppedSwatch = new CellGrid();
        droppedSwatch.showMask(Tensor.zeros(Shape.vector(1)), new boolean[] {true}, KEY_CELL);
        Label kept = keyLabel(Messages.bind("dropout.key.kept"), keptSwatch);
        Label dropped = keyLabel(Messages.bind("dropout.key.dropped"), droppedSwatch);

        HBox grids = new HBox(first.root, mask.root, second.root);
        grids.getStyleClass().add("dropout-grids");
        VBox side = new VBox(kept, dropped, legendTitle, legend, hover);
        side.getStyleClass().add("dropout-side");
        // A flow, not a row: in presenter mode the key's large type needs more width than is left
        // beside the grids, and the key then moves under them instead of off the right edge.
        FlowPane row = new FlowPane(grids, side);
        row.setRowValignment(VPos.TOP);
        row.getStyleClass().add("dropout-row");
        root = new VBox(facts, row);
        root.getStyleClass().add("dropout-detail-view");
        root.getStylesheets().add(DropoutDetailView.class.getResource("dropout-activation-views.css").toExternalForm());
        for (GridBox box : boxes) {
            box.grid.hoveredIndexProperty().addListener(hoverMoved);
        }
    }

    private static Label keyLabel(StringBinding text, Node swatch) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setGraphic(swatch);
        label.getStyleClass().add("dropout-key");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(LayerDetail detail) {
        shown = detail;
        trace = model.layerTrace(detail);
        dropoutMask = DropoutFacts.mask(trace);
        DropoutFacts stats = DropoutFacts.of(trace);
        boolean backward = detail.gradients();
        Tensor before = backward ? trace.gradOutput() : trace.input();
        Tensor after = backward ? trace.gradInput() : trace.output();
        int map = detail.map();
        boolean[] dropped = DropoutFacts.droppedInMap(dropoutMask, before, map);

        // One range for both grids, so a kept unit visibly doubles (p = 0.5) from one to the other.
        ColorScale scale = ColorScale.forValues(backward, before, after);
        ValueRange range = scale.rangeOf(before, after);
        int cell = cellSize(before.shape());
        first.grid.showValues(before, map, scale, range, null, cell);
        mask.grid.showMask(before, dropped, cell);
        // Dropped units are crossed on the result too: there the 0 is the mask's doing.
        second.grid.showValues(after, map, scale, range, dropped, cell);
        legend.setColorScale(scale);
        legend.setRange(range);

        first.caption.textProperty().bind(backward ? Messages.bind("dropout.caption.gradOutput")
                : Messages.bind("dropout.caption.input"));
        second.caption.textProperty().bind(backward ? Messages.bind("dropout.caption.gradInput")
                : Messages.bind("dropout.caption.output"));
        legendTitle.textProperty().bind(backward ? Messages.bind("dropout.legend.gradients")
                : Messages.bind("dropout.legend.values"));
        factsText.dispose();
        // A vector's units are neurons, a map's are cells: the course calls only the first neurons.
        Object[] counts = {NumberText.sig3(stats.p()), stats.kept(), stats.total(), stats.dropped(),
                scaleText(stats.scale())};
        factsText = !stats.active() ? Messages.bind("dropout.facts.inference")
                : trace.input().shape().vector() ? Messages.bind("dropout.facts.training.neurons", counts)
                : Messages.bind("dropout.facts.training.cells", counts);
        facts.textProperty().bind(factsText);
        hoverChanged();
    }

    /** 1/(1-p) as the lesson writes it, "2.00": two decimals, 3 significant digits for any p below 0.9. */
    static String scaleText(double scale) {
        return String.format(java.util.Locale.ROOT, "%.2f", scale);
    }

    private static int cellSize(Shape shape) {
        int side = shape.vector() ? MapsDetailView.vectorWrap(shape.channels()) : Math.max(shape.height(), shape.width());
        return Math.max(MapsDetailView.MIN_CELL, Math.min(MAX_CELL, TARGET_SIDE / side));
    }

    private void hoverChanged() {
        int index = -1;
        for (GridBox box : boxes) {
            if (box.grid.hoveredIndexProperty().get() >= 0) {
                index = box.grid.hoveredIndexProperty().get();
            }
        }
        for (GridBox box : boxes) {
            box.grid.setHighlighted(index);
        }
        hoverText.dispose();
        int unit = index;
        hoverText = unit < 0 || shown == null ? Messages.bind("dropout.hover.idle")
                : Messages.binding(() -> hoverText(unit));
        hover.textProperty().bind(hoverText);
    }

    /** The rule for one unit with the engine's exact numbers. */
    private String hoverText(int indexInMap) {
        boolean backward = shown.gradients();
        Tensor before = backward ? trace.gradOutput() : trace.input();
        Tensor after = backward ? trace.gradInput() : trace.output();
        Shape shape = before.shape();
        int flat = shape.vector() ? indexInMap : shown.map() * shape.mapSize() + indexInMap;
        String where = shape.vector() ? Messages.get("dropout.where.unit", indexInMap + 1)
                : Messages.get("dropout.where.cell", shown.map() + 1, indexInMap / shape.width() + 1,
                        indexInMap % shape.width() + 1);
        String in = NumberText.full(before.get(flat));
        String out = NumberText.full(after.get(flat));
        String scale = NumberText.full(dropoutMask.scale());
        if (!dropoutMask.active()) {
            return backward ? Messages.get("dropout.hover.off.backward", where, in)
                    : Messages.get("dropout.hover.off.forward", where, in);
        }
        if (!dropoutMask.kept(flat)) {
            return backward ? Messages.get("dropout.hover.dropped.backward", where, in)
                    : Messages.get("dropout.hover.dropped.forward", where, in);
        }
        return backward ? Messages.get("dropout.hover.kept.backward", where, in, scale, out)
                : Messages.get("dropout.hover.kept.forward", where, in, scale, out);
    }

    /** The grids, left to right: input (or dL/dOutput), mask, output (or dL/dInput); for tests. */
    List<CellGrid> grids() {
        return boxes.stream().map(b -> b.grid).toList();
    }

    @Override
    public void dispose() {
        for (GridBox box : boxes) {
            box.grid.hoveredIndexProperty().removeListener(hoverMoved);
            box.caption.textProperty().unbind();
        }
        facts.textProperty().unbind();
        hover.textProperty().unbind();
        legendTitle.textProperty().unbind();
        factsText.dispose();
        hoverText.dispose();
    }

    /** A grid under its caption. */
    private static final class GridBox {
        final Label caption = new Label();
        final CellGrid grid = new CellGrid();
        final VBox root = new VBox(caption, grid);

        GridBox(String id) {
            grid.setId(id);
            caption.getStyleClass().add("dropout-small");
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            // The grid sets the width; the caption wraps to it.
            caption.setPrefWidth(0);
            caption.setMaxWidth(Double.MAX_VALUE);
            root.getStyleClass().add("dropout-grid-box");
        }
    }
}
