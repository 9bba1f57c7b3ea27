package org.convscope.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.ValueRange;

/**
 * A convolution's input channels side by side, each with its zero padding drawn as real cells
 * (light grey, with a grid, around a dark frame that marks the image itself), the orange kernel
 * window on every channel at the current output cell, and, for a selected kernel weight, the input
 * cells that weight meets over all positions (its receptive positions) tinted in the accent colour.
 *
 * <p>One {@link Canvas} for the canvas, redrawn only when the input changes, and one for the
 * tint; the windows are rectangles moved as the window slides, so sliding never repaints a map.
 * The cell under the pointer is reported to {@link #setOnHover}.
 */
final class PaddedInputView extends CanvasRegion {
    /** The input cell under the pointer, in unpadded coordinates (on the padding when outside the image). */
    record HoveredInput(int channel, int y, int x, double value, boolean padding) {
    }

    private static final Color PADDING_FILL = Color.web("#e4e4e4");
    private static final Color PADDING_GRID = Color.web("#b8b8b8");
    private static final Color IMAGE_FRAME = Color.web("#404040");
    private static final Color FALLBACK_ACCENT = Color.web("#e66100");
    private static final int GAP = 10;
    private static final int LABEL_HEIGHT = 14;

    private final Canvas tint = new Canvas();
    private final List<Rectangle> windows = new ArrayList<>();
    private final List<Label> numbers = new ArrayList<>();
    private ConvolutionArithmetic conv;
    private int cell = 8;
    private int perRow = 1;
    private Consumer<HoveredInput> onHover = h -> { };

    PaddedInputView() {
        getStyleClass().add("padded-input");
        tint.setMouseTransparent(true);
        getChildren().addAll(canvas, tint);
        overlay(tint); // the receptive positions' tint, over the input's values
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> onHover.accept(cellAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> onHover.accept(null));
    }

    void setOnHover(Consumer<HoveredInput> onHover) {
        this.onHover = onHover;
    }

    private int paddedSide(boolean height) {
        int p = conv.padding();
        return (height ? conv.inputShape().height() : conv.inputShape().width()) + 2 * p;
    }

    private boolean numbered() {
        return conv.inputShape().channels() > 1;
    }

    private double channelX(int channel) {
        return (channel % perRow) * (paddedSide(false) * cell + GAP);
    }

    private double channelY(int channel) {
        int label = numbered() ? LABEL_HEIGHT : 0;
        return (channel / perRow) * (paddedSide(true) * cell + GAP + label) + label;
    }

    /**
     * Draws the input of {@code arithmetic}: {@code pixels} per cell, {@code channelsPerRow} maps
     * to a row, on {@code scale} over {@code range}.
     */
    void setInput(ConvolutionArithmetic arithmetic, int pixels, int channelsPerRow, ColorScale scale, ValueRange range) {
        this.conv = arithmetic;
        this.cell = pixels;
        int channels = arithmetic.inputShape().channels();
        this.perRow = Math.max(1, Math.min(channelsPerRow, channels));
        double width = perRow * paddedSide(false) * cell + (perRow - 1) * GAP;
        double height = channelY(channels - 1) + paddedSide(true) * cell;
        for (Canvas canvas : List.of(canvas, tint)) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        while (windows.size() < channels) {
            Rectangle window = new Rectangle();
            window.getStyleClass().add("kernel-window");
            window.setManaged(false);
            window.setMouseTransparent(true);
            windows.add(window);
            Label number = new Label();
            number.getStyleClass().add("channel-number");
            number.setManaged(false);
            numbers.add(number);
        }
        // Every channel's window and number stays a child once made, the unused ones hidden:
        // nodes taken out and put back are restyled, and LeNet-5's conv1 and conv2 (1 and 6
        // channels) take turns at every pass.
        List<Node> children = new ArrayList<>(List.of(canvas, tint));
        for (int c = 0; c < windows.size(); c++) {
            children.add(windows.get(c));
            children.add(numbers.get(c));
            boolean used = c < channels;
            windows.get(c).setVisible(used);
            Label number = numbers.get(c);
            number.setVisible(used && numbered());
            if (used && numbered()) {
                number.setText(Integer.toString(c + 1)); // a channel number, the same in every language
                number.relocate(channelX(c), channelY(c) - LABEL_HEIGHT - 1);
                number.resize(40, LABEL_HEIGHT);
            }
        }
        if (!getChildren().equals(children)) {
            getChildren().setAll(children);
        }
        drawValues(scale, range);
        requestLayout();
    }

    private void drawValues(ColorScale scale, ValueRange range) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int p = conv.padding();
        int h = conv.inputShape().height();
        int w = conv.inputShape().width();
        for (int c = 0; c < conv.inputShape().channels(); c++) {
            double ox = channelX(c);
            double oy = channelY(c);
            for (int y = -p; y < h + p; y++) {
                for (int x = -p; x < w + p; x++) {
                    double px = ox + (x + p) * cell;
                    double py = oy + (y + p) * cell;
                    if (conv.isPadding(y, x)) {
                        // A real cell holding 0, told apart from the image's own white zeros by grey and a grid.
                        g.setFill(PADDING_FILL);
                        g.fillRect(px, py, cell, cell);
                        g.setStroke(PADDING_GRID);
                        g.setLineWidth(1);
                        g.strokeRect(px + 0.5, py + 0.5, cell - 1, cell - 1);
                    } else {
                        scale.fill(g, conv.input().get(c, y, x), range, px, py, cell, cell);
                    }
                }
            }
            g.setStroke(IMAGE_FRAME);
            g.setLineWidth(1);
            g.strokeRect(ox + p * cell + 0.5, oy + p * cell + 0.5, w * cell - 1, h * cell - 1);
        }
    }

    /** Moves the kernel window on every channel to {@code window}. */
    void setWindow(ConvolutionArithmetic.Window window) {
        int p = conv.padding();
        for (int c = 0; c < conv.inputShape().channels(); c++) {
            Rectangle r = windows.get(c);
            r.setX(channelX(c) + (window.left() + p) * cell);
            r.setY(channelY(c) + (window.top() + p) * cell);
            r.setWidth(window.size() * cell);
            r.setHeight(window.size() * cell);
        }
    }

    /**
     * Tints the cells kernel weight (row, col) of {@code channel}'s slice meets at every output
     * position, the one of {@code position} darker; a negative channel clears the tint.
     */
    void setReceptive(int channel, int row, int col, int position) {
        GraphicsContext g = tint.getGraphicsContext2D();
        g.clearRect(0, 0, tint.getWidth(), tint.getHeight());
        if (channel < 0 || conv == null) {
            return;
        }
        Color accent = accent();
        int p = conv.padding();
        double ox = channelX(channel);
        double oy = channelY(channel);
        g.setFill(accent.deriveColor(0, 1, 1, 0.35));
        for (int i = 0; i < conv.positions(); i++) {
            int[] at = conv.receptiveCell(row, col, i);
            g.fillRect(ox + (at[1] + p) * cell, oy + (at[0] + p) * cell, cell, cell);
        }
        int[] now = conv.receptiveCell(row, col, position);
        g.setFill(accent);
        g.fillRect(ox + (now[1] + p) * cell, oy + (now[0] + p) * cell, cell, cell);
    }

    /** The theme's accent, as the windows got it from CSS; the canvas cannot look colours up itself. */
    private Color accent() {
        Paint stroke = windows.isEmpty() ? null : windows.get(0).getStroke();
        return stroke instanceof Color color ? color : FALLBACK_ACCENT;
    }

    private HoveredInput cellAt(double px, double py) {
        if (conv == null) {
            return null;
        }
        int p = conv.padding();
        for (int c = 0; c < conv.inputShape().channels(); c++) {
            double lx = px - channelX(c);
            double ly = py - channelY(c);
            if (lx >= 0 && ly >= 0 && lx < paddedSide(false) * cell && ly < paddedSide(true) * cell) {
                int y = (int) (ly / cell) - p;
                int x = (int) (lx / cell) - p;
                return new HoveredInput(c, y, x, conv.paddedInput(c, y, x), conv.isPadding(y, x));
            }
        }
        return null;
    }
}
