package org.convscope.ui.draw;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;

/**
 * Default skin of {@link ProbabilityBars}: rows of digit, bar and value, laid out by hand so the
 * bars share one track width and line up. Rows are made once for ten classes and rebuilt only if
 * the number of classes changes.
 */
class ProbabilityBarsSkin extends SkinBase<ProbabilityBars> {
    private static final PseudoClass TOP = PseudoClass.getPseudoClass("top");
    private static final int DEFAULT_CLASSES = 10;
    private static final double BAR_GAP = 10;

    private final List<Row> rows = new ArrayList<>();
    private final Label placeholder = new Label();
    private final InvalidationListener update = o -> update();

    /** One class: its digit, the track with the bar in it, and the value. */
    private static final class Row {
        final Label digit = new Label();
        final Region track = new Region();
        final Region bar = new Region();
        final Label value = new Label();
        final Tooltip tooltip = new Tooltip();
        double probability;

        Row(int index) {
            digit.setText(Integer.toString(index));
            digit.getStyleClass().add("digit");
            track.getStyleClass().add("track");
            bar.getStyleClass().add("bar");
            value.getStyleClass().add("value");
            for (Region r : List.of(digit, track, bar, value)) {
                r.getStyleClass().add("row");
            }
        }

        void setTop(boolean top) {
            for (Region r : List.of(digit, track, bar, value)) {
                r.pseudoClassStateChanged(TOP, top);
            }
        }
    }

    ProbabilityBarsSkin(ProbabilityBars bars) {
        super(bars);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Messages.binding(() -> bars.isNotNumbers()
                ? Messages.get("draw.bars.notNumbers") : Messages.get("draw.bars.empty"), bars.probabilitiesProperty()));
        getChildren().add(placeholder);
        bars.probabilitiesProperty().addListener(update);
        update();
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        getSkinnable().probabilitiesProperty().removeListener(update);
        placeholder.textProperty().unbind();
        // The children are the control's: a new skin's nodes are added before this one is disposed.
        for (Row row : rows) {
            Tooltip.uninstall(row.value, row.tooltip);
            getChildren().removeAll(row.digit, row.track, row.bar, row.value);
        }
        getChildren().remove(placeholder);
        super.dispose();
    }

    private void update() {
        // Bars of NaN would be drawn as empty or full at random: none at all, and say why.
        boolean notNumbers = getSkinnable().isNotNumbers();
        List<Double> p = notNumbers ? null : getSkinnable().getProbabilities();
        int classes = getSkinnable().getProbabilities() == null ? Math.max(rows.size(), DEFAULT_CLASSES)
                : getSkinnable().getProbabilities().size();
        if (classes != rows.size()) {
            rebuild(classes);
        }
        int top = getSkinnable().getTopClass();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.probability = p == null ? 0 : p.get(i);
            row.value.setText(p == null ? "" : format(row.probability));
            row.tooltip.setText(p == null ? "" : NumberText.full(row.probability));
            row.setTop(i == top);
        }
        placeholder.setVisible(p == null);
        getSkinnable().requestLayout();
    }

    private void rebuild(int classes) {
        for (Row row : rows) {
            getChildren().removeAll(row.digit, row.track, row.bar, row.value);
            Tooltip.uninstall(row.value, row.tooltip);
        }
        rows.clear();
        for (int i = 0; i < classes; i++) {
            Row row = new Row(i);
            Tooltip.install(row.value, row.tooltip);
            rows.add(row);
            getChildren().addAll(row.track, row.bar, row.digit, row.value);
        }
        placeholder.toFront();
    }

    /**
     * Three significant digits, as every view shows numbers: 0.973, 0.0412. A value that rounds to
     * 1 shows as 1.00, not as a bare 1, so it still reads as a probability. Below 0.001 it shows
     * "< 0.001": "5.11e-13" on a projector reads as noise to a class (the tooltip keeps every digit).
     */
    static String format(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) < 1e-3) {
            return "< 0.001";
        }
        return NumberText.round3(v).toPlainString();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (rows.isEmpty()) {
            return;
        }
        double digitWidth = 0;
        double rowHeight = 0;
        for (Row row : rows) {
            digitWidth = Math.max(digitWidth, row.digit.prefWidth(-1));
            rowHeight = Math.max(rowHeight, row.digit.prefHeight(-1));
        }
        // Room for the widest value there can be, so the bars do not jump as values change.
        Label probe = rows.get(0).value;
        double valueWidth = Math.max(probe.prefWidth(-1), textWidth(probe.getFont(), "0.000000")
                + probe.snappedLeftInset() + probe.snappedRightInset());
        double pitch = h / rows.size();
        double trackWidth = Math.max(10, w - digitWidth - valueWidth - 2 * BAR_GAP);
        double barHeight = Math.max(4, Math.min(pitch * 0.7, rowHeight));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double top = y + i * pitch;
            layoutInArea(row.digit, x, top, digitWidth, pitch, 0, HPos.RIGHT, VPos.CENTER);
            double trackX = snapPositionX(x + digitWidth + BAR_GAP);
            double barY = snapPositionY(top + (pitch - barHeight) / 2);
            row.track.resizeRelocate(trackX, barY, snapSizeX(trackWidth), snapSizeY(barHeight));
            double barWidth = trackWidth * Math.max(0, Math.min(1, row.probability));
            row.bar.resizeRelocate(trackX, barY, snapSizeX(barWidth), snapSizeY(barHeight));
            // Snapping rounds up: a probability of 1e-9 would still paint a one-pixel sliver.
            row.bar.setVisible(barWidth >= 1);
            layoutInArea(row.value, trackX + trackWidth + BAR_GAP, top, valueWidth, pitch, 0, HPos.LEFT, VPos.CENTER);
        }
        // Over the tracks and the value column together: the tracks alone are too narrow for the
        // sentence, which then wraps into a word-per-line column.
        layoutInArea(placeholder, x + digitWidth + BAR_GAP, y, w - digitWidth - BAR_GAP, h, 0, HPos.CENTER,
                VPos.CENTER);
    }

    private static double textWidth(Font font, String text) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 320 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double row = rows.isEmpty() ? 30 : rows.get(0).digit.prefHeight(-1) * 1.4;
        return row * Math.max(rows.size(), 1) + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        double row = rows.isEmpty() ? 24 : rows.get(0).digit.prefHeight(-1);
        return row * Math.max(rows.size(), 1) + top + bottom;
    }
}
