package org.convscope.ui.detail;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.convscope.engine.Tensor;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.ValueRange;

/**
 * One map (or a whole vector) of a tensor as a grid of cells on a {@link Canvas}, with some cells
 * crossed out: dropped units in the dropout view, units that pass no gradient in the activation
 * view. A cross is a shape, not a colour, so it reads in grey-scale print and with any colour
 * vision. A vector is numbered down the columns, as in the generic maps view.
 *
 * <p>One canvas for the whole grid (a 28 x 28 map is 784 cells; a node per cell would be slow to
 * lay out); the hovered or {@link #setHighlighted highlighted} cell is outlined by a rectangle
 * styled {@code .hover-cell} in the accent colour, so hovering never redraws the canvas.
 *
 * <p>In {@link #showMask mask mode} the cells carry no value: kept units are white, dropped ones a
 * neutral dark with a white cross.
 */
public final class CellGrid extends CanvasRegion {
    private static final Color DROPPED_FILL = Color.web("#3a3a3a");
    private static final Color GRID_LINE = Color.web("#d0d0d0");
    // Mid grey on a value grid: the cross says "dropped" without hiding the colours around it.
    private static final Color CROSS_ON_VALUE = Color.web("#6e6e6e");
    private static final int BORDER = 1;

    private final Rectangle hover = new Rectangle();
    private final ReadOnlyIntegerWrapper hoveredIndex = new ReadOnlyIntegerWrapper(this, "hoveredIndex", -1);
    private double[] values = new double[0];
    private boolean[] crossed = new boolean[0];
    private int rows = 1;
    private int columns = 1;
    private int wrap = 1;
    private boolean vector;
    private int cell = MapsDetailView.MIN_CELL;

    CellGrid() {
        getStyleClass().add("cell-grid");
        hover.getStyleClass().add("hover-cell");
        hover.setManaged(false);
        hover.setMouseTransparent(true);
        hover.setVisible(false);
        getChildren().addAll(canvas, hover);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoveredIndex.set(indexAt(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoveredIndex.set(-1));
    }

    /**
     * Shows map {@code map} of {@code tensor} (the whole of a vector) on {@code scale} over
     * {@code range}, cells of {@code cellSize} pixels, crossing out the cells where
     * {@code crossedOut} is true (in the map's order; null for none).
     */
    void showValues(Tensor tensor, int map, ColorScale scale, ValueRange range, boolean[] crossedOut, int cellSize) {
        layout(tensor, cellSize);
        int offset = vector ? 0 : map * tensor.shape().mapSize();
        values = new double[vector ? tensor.size() : tensor.shape().mapSize()];
        for (int i = 0; i < values.length; i++) {
            values[i] = tensor.get(offset + i);
        }
        crossed = crossedOut == null ? new boolean[values.length] : crossedOut.clone();
        GraphicsContext g = start();
        for (int i = 0; i < values.length; i++) {
            scale.fill(g, values[i], range, x(i), y(i), cell, cell); // hatched when not a number
            if (crossed[i]) {
                cross(g, i, CROSS_ON_VALUE, Math.max(1.2, cell / 10.0));
            }
        }
    }

    /** Shows a dropout mask over {@code tensor}'s shape: kept white, dropped dark and crossed. */
    void showMask(Tensor tensor, boolean[] dropped, int cellSize) {
        layout(tensor, cellSize);
        values = new double[dropped.length];
        for (int i = 0; i < dropped.length; i++) {
            values[i] = dropped[i] ? 0 : 1;
        }
        crossed = dropped.clone();
        GraphicsContext g = start();
        g.setStroke(GRID_LINE);
        g.setLineWidth(1);
        for (int i = 0; i < dropped.length; i++) {
            if (dropped[i]) {
                g.setFill(DROPPED_FILL);
                g.fillRect(x(i), y(i), cell, cell);
                cross(g, i, Color.WHITE, Math.max(1.5, cell / 7.0));
            } else if (cell >= 10) {
                // Thin lines between kept cells, so a run of kept units can still be counted.
                g.strokeRect(x(i) + 0.5, y(i) + 0.5, cell - 1, cell - 1);
            }
        }
    }

    private void layout(Tensor tensor, int cellSize) {
        vector = tensor.shape().vector();
        cell = cellSize;
        if (vector) {
            wrap = MapsDetailView.vectorWrap(tensor.size());
            rows = Math.min(tensor.size(), wrap);
            columns = (tensor.size() + wrap - 1) / wrap;
        } else {
            rows = tensor.shape().height();
            columns = tensor.shape().width();
            wrap = columns;
        }
        canvas.setWidth(columns * cell + 2 * BORDER);
        canvas.setHeight(rows * cell + 2 * BORDER);
        requestLayout();
    }

    private GraphicsContext start() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#a0a0a0"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.WHITE);
        g.fillRect(BORDER, BORDER, columns * cell, rows * cell);
        setHighlighted(-1);
        return g;
    }

    private void cross(GraphicsContext g, int i, Color colour, double width) {
        double inset = Math.max(2, cell / 5.0);
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokeLine(x(i) + inset, y(i) + inset, x(i) + cell - inset, y(i) + cell - inset);
        g.strokeLine(x(i) + cell - inset, y(i) + inset, x(i) + inset, y(i) + cell - inset);
    }

    private double x(int i) {
        return BORDER + (vector ? i / wrap : i % wrap) * cell;
    }

    private double y(int i) {
        return BORDER + (vector ? i % wrap : i / wrap) * cell;
    }

    private int indexAt(double px, double py) {
        int col = (int) Math.floor((px - BORDER) / cell);
        int row = (int) Math.floor((py - BORDER) / cell);
        if (px < BORDER || py < BORDER || col >= columns || row >= rows) {
            return -1;
        }
        int i = vector ? col * wrap + row : row * wrap + col;
        return i < values.length ? i : -1;
    }

    /** Outlines cell {@code index} (in the map's order) in the accent colour; -1 for none. */
    void setHighlighted(int index) {
        boolean show = index >= 0 && index < values.length;
        hover.setVisible(show);
        if (show) {
            hover.setX(x(index));
            hover.setY(y(index));
            hover.setWidth(cell);
            hover.setHeight(cell);
        }
    }

    /** The cell under the pointer (index in the map's order, a unit for a vector), or -1. */
    public ReadOnlyIntegerProperty hoveredIndexProperty() {
        return hoveredIndex.getReadOnlyProperty();
    }

    /** The middle of cell {@code index} in this grid's coordinates; for tests that point at it. */
    public javafx.geometry.Point2D cellCentre(int index) {
        return new javafx.geometry.Point2D(x(index) + cell / 2.0, y(index) + cell / 2.0);
    }

    /** The value drawn in cell {@code index} (in mask mode 1 kept, 0 dropped). */
    public double value(int index) {
        return values[index];
    }

    /** Whether cell {@code index} is drawn hatched: its value is NaN or infinite (never in mask mode). */
    public boolean isHatched(int index) {
        return !Double.isFinite(values[index]);
    }

    /** Whether cell {@code index} is crossed out. */
    public boolean isCrossed(int index) {
        return crossed[index];
    }

    /** Cells shown: the map's size, or the vector's length. */
    public int cellCount() {
        return values.length;
    }

    public int cellSize() {
        return cell;
    }

    @Override
    protected double computeMaxWidth(double height) {
        return canvas.getWidth();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return canvas.getHeight();
    }
}
