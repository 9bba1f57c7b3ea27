package org.convscope.ui.maps;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import org.convscope.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * Lays out a {@link ColorLegend}: the bar (a region filled with the scale as a linear gradient,
 * so it takes any width without the legend forcing the column wider), the numbers under it and
 * the caption.
 */
public class ColorLegendSkin extends SkinBase<ColorLegend> {
    private static final int STOPS = 33;
    private static final int KEY_WIDTH = 24;
    private static final int KEY_HEIGHT = 14;
    private final Region barBox = new Region();
    private final Label min = new Label();
    private final Label zero = new Label("0");
    private final Label max = new Label();
    private final Label caption = new Label();
    private final Label nonFinite = new Label();
    private final InvalidationListener changed = o -> update();
    private final Observable[] watched;

    public ColorLegendSkin(ColorLegend control) {
        super(control);
        barBox.getStyleClass().add("bar");
        barBox.setMinWidth(0);
        min.getStyleClass().add("min");
        zero.getStyleClass().add("zero");
        max.getStyleClass().add("max");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        // The hatching's key: the same picture the maps draw, beside what it means.
        nonFinite.getStyleClass().add("non-finite");
        nonFinite.setGraphic(new ImageView(Hatching.image(KEY_WIDTH, KEY_HEIGHT)));
        nonFinite.textProperty().bind(Messages.bind("maps.legend.nonFinite"));
        // One short line: a legend is often as narrow as its map, and a strip column's height
        // is settled before a key wraps. The tooltip says the rest.
        Tooltip explained = new Tooltip();
        explained.textProperty().bind(Messages.bind("maps.legend.nonFinite.tooltip"));
        nonFinite.setTooltip(explained);
        Region numbers = new Numbers(min, zero, max);
        numbers.getStyleClass().add("numbers");
        VBox box = new VBox(barBox, numbers, nonFinite, caption);
        box.getStyleClass().add("box");
        getChildren().add(box);
        watched = new Observable[] {control.colorScaleProperty(), control.rangeProperty(), control.captionProperty()};
        for (Observable o : watched) {
            o.addListener(changed);
        }
        update();
    }

    // SkinBase asks its children for their height without a width, so the caption would never
    // wrap: pass the legend's width down.
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double inner = width < 0 ? -1 : Math.max(0, width - left - right);
        return top + bottom + getChildren().get(0).prefHeight(inner);
    }

    private void update() {
        ColorLegend legend = getSkinnable();
        // Fill, not setStyle: the colours come from the scale, not from CSS.
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < STOPS; i++) {
            double t = i / (STOPS - 1.0);
            int argb = legend.getColorScale().at(t);
            stops.add(new Stop(t, Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff)));
        }
        barBox.setBackground(new Background(new BackgroundFill(
                new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops), null, null)));
        min.setText(legend.minText());
        max.setText(legend.maxText());
        zero.setVisible(legend.getColorScale().isDiverging() && legend.getRange() != null);
        nonFinite.setVisible(legend.showsNonFinite());
        nonFinite.setManaged(legend.showsNonFinite());
        caption.setText(legend.getCaption());
        caption.setManaged(!legend.getCaption().isEmpty());
        caption.setVisible(!legend.getCaption().isEmpty());
    }

    /**
     * The numbers under the bar: min at the left end, max at the right and the 0 exactly over the
     * bar's white middle (even when "-3.43" is wider than "3.43"). Where they do not fit, as with
     * "-1.57e308" and "1.57e308" under a narrow map, the 0 steps aside first (the white middle
     * still says it), then max moves to a line of its own, so two numbers never run together.
     */
    private static final class Numbers extends Region {
        private static final double GAP = 6;
        private final Label min;
        private final Label zero;
        private final Label max;

        Numbers(Label min, Label zero, Label max) {
            this.min = min;
            this.zero = zero;
            this.max = max;
            getChildren().addAll(min, zero, max);
        }

        @Override
        public javafx.geometry.Orientation getContentBias() {
            return javafx.geometry.Orientation.HORIZONTAL;
        }

        private boolean zeroShown() {
            return zero.isVisible();
        }

        /** Whether min and max (and the 0, if shown and it fits) share one line at this width. */
        private boolean oneLine(double width) {
            return width < 0 || min.prefWidth(-1) + GAP + max.prefWidth(-1) <= width;
        }

        private boolean zeroFits(double width) {
            double half = width / 2;
            double zeroHalf = zero.prefWidth(-1) / 2;
            return min.prefWidth(-1) + GAP <= half - zeroHalf && max.prefWidth(-1) + GAP <= half - zeroHalf;
        }

        /** One line's width; given less, the numbers take two lines rather than run together. */
        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + min.prefWidth(-1) + GAP + max.prefWidth(-1) + snappedRightInset();
        }

        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + Math.max(min.prefWidth(-1), max.prefWidth(-1)) + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            double line = Math.max(min.prefHeight(-1), max.prefHeight(-1));
            double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + snappedBottomInset() + (oneLine(inner) ? line : 2 * line);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            double left = snappedLeftInset();
            double top = snappedTopInset();
            double width = getWidth() - left - snappedRightInset();
            double line = Math.max(min.prefHeight(-1), max.prefHeight(-1));
            double minWidth = Math.min(width, min.prefWidth(-1));
            double maxWidth = Math.min(width, max.prefWidth(-1));
            min.resizeRelocate(left, top, minWidth, line);
            boolean oneLine = oneLine(width);
            max.resizeRelocate(left + width - maxWidth, oneLine ? top : top + line, maxWidth, line);
            boolean zeroHere = zeroShown() && oneLine && zeroFits(width);
            double zeroWidth = zero.prefWidth(-1);
            zero.resizeRelocate(left + (width - zeroWidth) / 2, top, zeroWidth, line);
            zero.setOpacity(zeroHere ? 1 : 0);
        }
    }

    /** Texts shown now, for tests: min, zero (or "" when hidden), max. */
    String[] shownNumbers() {
        return new String[] {min.getText(), zero.isVisible() ? zero.getText() : "", max.getText()};
    }

    @Override
    public void dispose() {
        nonFinite.textProperty().unbind();
        nonFinite.getTooltip().textProperty().unbind();
        for (Observable o : watched) {
            o.removeListener(changed);
        }
        super.dispose();
    }
}
