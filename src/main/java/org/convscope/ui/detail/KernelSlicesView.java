package org.convscope.ui.detail;

import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.ValueRange;

/**
 * The kernel of one filter: its k x k slice for every input channel, side by side on the diverging
 * scale, with the selected weight outlined in the accent colour. A click selects the weight under
 * the pointer (whose gradient the backward view explains); the weight under the pointer is
 * reported for the value line.
 */
final class KernelSlicesView extends CanvasRegion {
    /** One kernel weight: which channel's slice, its row and column, and its value. */
    record Weight(int channel, int row, int col, double value) {
    }

    private static final int GAP = 8;

    private final Rectangle selected = new Rectangle();
    private ConvolutionArithmetic conv;
    private int filter;
    private int cell = 12;
    private int perRow = 1;
    private Consumer<Weight> onHover = w -> { };
    private Consumer<Weight> onClick = w -> { };

    KernelSlicesView() {
        getStyleClass().add("kernel-slices");
        selected.getStyleClass().add("selected-weight");
        selected.setManaged(false);
        selected.setMouseTransparent(true);
        getChildren().addAll(canvas, selected);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> onHover.accept(weightAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> onHover.accept(null));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            Weight w = weightAt(e.getX(), e.getY());
            if (w != null) {
                onClick.accept(w);
            }
        });
    }

    void setOnHover(Consumer<Weight> onHover) {
        this.onHover = onHover;
    }

    void setOnClick(Consumer<Weight> onClick) {
        this.onClick = onClick;
    }

    /** The top-left corner of weight (row, col) of {@code channel}'s slice in this view's coordinates; for tests. */
    double[] cellOrigin(int channel, int row, int col) {
        return new double[] {sliceX(channel) + col * cell, sliceY(channel) + row * cell};
    }

    int cellSize() {
        return cell;
    }

    private double sliceSide() {
        return conv.kernel() * cell;
    }

    private double sliceX(int channel) {
        return (channel % perRow) * (sliceSide() + GAP);
    }

    private double sliceY(int channel) {
        return (channel / perRow) * (sliceSide() + GAP);
    }

    /** Draws the slices of {@code filter} with {@code pixels} per weight, {@code slicesPerRow} to a row. */
    void setKernel(ConvolutionArithmetic arithmetic, int filter, int pixels, int slicesPerRow, ValueRange range) {
        this.conv = arithmetic;
        this.filter = filter;
        this.cell = pixels;
        int channels = arithmetic.inputShape().channels();
        this.perRow = Math.max(1, Math.min(slicesPerRow, channels));
        int rows = (channels + perRow - 1) / perRow;
        canvas.setWidth(perRow * sliceSide() + (perRow - 1) * GAP);
        canvas.setHeight(rows * sliceSide() + (rows - 1) * GAP);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int k = arithmetic.kernel();
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < k * k; i++) {
                ColorScale.DIVERGING.fill(g, arithmetic.weight(filter, c, i / k, i % k), range,
                        sliceX(c) + (i % k) * cell, sliceY(c) + (i / k) * cell, cell, cell);
            }
            // A thin frame: a slice of near-zero weights is white and would vanish into the page.
            g.setStroke(javafx.scene.paint.Color.web("#9a9a9a"));
            g.setLineWidth(1);
            g.strokeRect(sliceX(c) + 0.5, sliceY(c) + 0.5, sliceSide() - 1, sliceSide() - 1);
        }
        requestLayout();
    }

    /** Outlines weight (row, col) of {@code channel}'s slice; a negative channel hides the outline. */
    void setSelected(int channel, int row, int col) {
        selected.setVisible(channel >= 0 && conv != null);
        if (channel < 0 || conv == null) {
            return;
        }
        selected.setX(sliceX(channel) + col * cell);
        selected.setY(sliceY(channel) + row * cell);
        selected.setWidth(cell);
        selected.setHeight(cell);
    }

    private Weight weightAt(double x, double y) {
        if (conv == null) {
            return null;
        }
        for (int c = 0; c < conv.inputShape().channels(); c++) {
            double lx = x - sliceX(c);
            double ly = y - sliceY(c);
            if (lx >= 0 && ly >= 0 && lx < sliceSide() && ly < sliceSide()) {
                int row = (int) (ly / cell);
                int col = (int) (lx / cell);
                return new Weight(c, row, col, conv.weight(filter, c, row, col));
            }
        }
        return null;
    }
}
