package org.convscope.ui.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Tensor;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.convscope.ui.maps.ColorLegend;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.MapCell;
import org.convscope.ui.maps.ValueRange;

/**
 * The fully connected layer explained: its weight matrix as a heat map (a row per output unit, a
 * column per input; on backward steps dL/dW instead), and for one unit, the one pointed at or
 * else the most active, its weighted sum written out with the real numbers: how many products,
 * the largest of them, the sum, plus the bias, equals the unit's output. Backward, the unit's
 * gradient and how each of its weights' gradients is made (dL/dy x input).
 *
 * <p>The matrix is one image (a 120 x 400 matrix is 48,000 cells), drawn by a {@link FeatureMapView}
 * at a whole number of pixels per cell that fits the panel.
 */
public final class DenseDetailView implements LayerDetailView {
    /** How many of a unit's products are written out; the rest are summed. */
    static final int TERMS_SHOWN = 4;
    // The matrix gets about this much of the panel at 1280 x 720; cells stay whole pixels.
    private static final int MATRIX_WIDTH = 440;
    private static final int MATRIX_HEIGHT = 200;
    private static final int MAX_CELL = 12;

    private final LayerDetailViewModel model;
    private final Label explain = new Label();
    private final Label matrixCaption = new Label();
    private final FeatureMapView matrix = new FeatureMapView();
    private final ColorLegend legend = new ColorLegend();
    private final Label formula = new Label();
    private final Label terms = new Label();
    private final Label hover = new Label();
    private final VBox root;
    private DenseExplanation shown;
    private boolean gradients;

    public DenseDetailView(LayerDetailViewModel model) {
        this.model = model;
        explain.getStyleClass().add("explain");
        explain.setWrapText(true);
        matrixCaption.getStyleClass().add("panel-caption");
        // Backward the caption is longer than the panel is wide at 720p: it wraps rather than ending in "...".
        matrixCaption.setWrapText(true);
        matrixCaption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        matrix.getStyleClass().add("weight-matrix");
        matrix.setId("dense-weight-matrix");
        matrix.setValueTooltip(false); // the line under the matrix says it, without covering the matrix
        matrix.setColorScale(ColorScale.DIVERGING);
        formula.setId("dense-formula");
        formula.getStyleClass().add("formula");
        formula.setWrapText(true);
        terms.setId("dense-terms");
        terms.getStyleClass().add("formula");
        terms.setWrapText(true);
        hover.setId("dense-hover");
        hover.getStyleClass().add("hover-value");
        hover.setWrapText(true);
        VBox legendBox = new VBox(4, legend);
        legendBox.setMinWidth(180);
        HBox matrixRow = new HBox(16, matrix, legendBox);
        root = new VBox(6, explain, matrixCaption, matrixRow, formula, terms, hover);
        root.getStyleClass().add("dense-detail-view");
        matrix.hoveredCellProperty().addListener((o, old, cell) -> describe(cell));
        Messages.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
    }

    private final javafx.beans.InvalidationListener relabel = o -> {
        if (shown != null) {
            redraw();
        }
    };

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
        shown = DenseExplanation.of(trace);
        gradients = detail.gradients() && shown.hasGradients();
        int cell = Math.max(1, Math.min(MAX_CELL,
                Math.min(MATRIX_WIDTH / shown.inputs(), MATRIX_HEIGHT / shown.units())));
        matrix.setCellSize(cell);
        Tensor values = gradients ? shown.weightGradientMap() : shown.weightMap();
        ValueRange range = ColorScale.DIVERGING.rangeOf(values);
        matrix.setRange(range);
        matrix.setTensor(values);
        legend.setColorScale(ColorScale.DIVERGING);
        legend.setRange(range);
        redraw();
    }

    /** The unit the formula is about: the one pointed at, or else the most active (or, backward, the steepest). */
    int focusedUnit() {
        MapCell cell = matrix.getHoveredCell();
        if (cell != null) {
            return cell.row();
        }
        int best = 0;
        for (int j = 1; j < shown.units(); j++) {
            double current = gradients ? Math.abs(shown.outputGradient(j)) : shown.output(j);
            double leader = gradients ? Math.abs(shown.outputGradient(best)) : shown.output(best);
            if (current > leader) {
                best = j;
            }
        }
        return best;
    }

    private void redraw() {
        String inputs = Integer.toString(shown.inputs());
        String units = Integer.toString(shown.units());
        if (gradients) {
            explain.setText(Messages.get("dense.explain.backward"));
            matrixCaption.setText(Messages.get("dense.matrix.gradient", units, inputs));
        } else {
            explain.setText(Messages.get("dense.explain", inputs, units));
            matrixCaption.setText(Messages.get("dense.matrix", units, inputs));
        }
        legend.setCaption(gradients ? Messages.get("dense.legend.gradient") : Messages.get("dense.legend"));
        describe(matrix.getHoveredCell());
    }

    private void describe(MapCell cell) {
        if (shown == null) {
            return;
        }
        int unit = focusedUnit();
        String unitText = Integer.toString(unit + 1);
        if (gradients) {
            formula.setText(Messages.get("dense.formula.backward", unitText, NumberText.sig3(shown.outputGradient(unit)),
                    NumberText.sig3(shown.outputGradient(unit))));
            DenseExplanation.Term largest = shown.largestTerms(unit, 1).get(0);
            terms.setText(Messages.get("dense.terms.backward", unitText, Integer.toString(largest.input() + 1),
                    NumberText.sig3(shown.outputGradient(unit)), NumberText.sig3(largest.value()),
                    NumberText.sig3(shown.weightGradient(unit, largest.input()))));
        } else {
            formula.setText(Messages.get("dense.formula", unitText, Integer.toString(shown.inputs()),
                    Integer.toString(shown.zeroInputs()), NumberText.sig3(shown.weightedSum(unit)),
                    NumberText.sig3(shown.bias(unit)), NumberText.sig3(shown.output(unit))));
            terms.setText(Messages.get("dense.terms", termsText(unit)));
        }
        if (cell == null) {
            hover.setText(Messages.get("dense.hover.idle"));
        } else {
            int in = cell.col();
            String inputText = Integer.toString(in + 1);
            String value = NumberText.full(cell.value());
            String x = NumberText.full(shown.input(in));
            hover.setText(gradients ? Messages.get("dense.hover.gradient", unitText, inputText, value, x)
                    : Messages.get("dense.hover.weight", unitText, inputText, value, x));
        }
    }

    /** "0.31 x 0.80 + (-0.22) x 0.95 + ...": the largest products, negative factors in brackets. */
    private String termsText(int unit) {
        List<String> parts = new ArrayList<>();
        for (DenseExplanation.Term t : shown.largestTerms(unit, TERMS_SHOWN)) {
            parts.add(factor(t.weight()) + " \u00d7 " + factor(t.value()));
        }
        return String.join(" + ", parts) + (shown.inputs() > TERMS_SHOWN ? " + ..." : "");
    }

    private static String factor(double value) {
        String text = NumberText.sig3(value);
        return value < 0 ? "(" + text + ")" : text;
    }

    @Override
    public void dispose() {
        matrix.setTensor(null);
    }
}
