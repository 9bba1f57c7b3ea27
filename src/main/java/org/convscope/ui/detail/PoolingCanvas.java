package org.convscope.ui.detail;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import org.convscope.ui.detail.PoolingWalkthrough.Cell;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.ValueRange;

/**
 * The pooling picture: the layer's input-side map at the left with every pooling window
 * outlined, its output-side map at the right (and, for the what-if, average pooling's output
 * under it), and routes between them. Forward, the left map is the layer's input and the right its
 * output; backward, the right map is dL/dOutput and the left dL/dInput, and the routes carry
 * arrowheads pointing left, the way the gradient travels.
 *
 * <p>One {@link Canvas} rather than a node per cell: a 28 x 28 map is 784 rectangles drawn in a
 * millisecond, and the routes can cross between the maps. The canvas is redrawn once per layout
 * pass after a new snapshot, and at once on hover. Colours of the maps are the data's ({@link ColorScale}); the accent and the window
 * outlines come from the stylesheet through two hidden probe shapes (looked-up colours cannot be
 * read by a canvas directly), so a theme restyles them.
 */
final class PoolingCanvas extends Region {
    /** Which map a cell belongs to. */
    enum Part {
        /** The input map forward, dL/dInput backward. */
        INPUT_SIDE,
        /** The output map forward, dL/dOutput backward. */
        OUTPUT_SIDE,
        /** What average pooling would give (the what-if of a max-pool layer). */
        WHAT_IF
    }

    /** The cell under the pointer. */
    record Hover(Part part, int row, int col) {
    }

    // Wide enough for the routes to read as lines going somewhere, not as a smudge.
    static final double ROUTE_GAP = 40;
    private static final double STACK_GAP = 6;
    private static final double CAPTION_GAP = 3;

    private final Canvas canvas = new Canvas();
    private final Label leftCaption = new Label();
    private final Label rightCaption = new Label();
    private final Label whatIfCaption = new Label();
    // Hidden shapes styled by the stylesheet: their fills are the looked-up colours the canvas uses.
    private final Rectangle accentProbe = new Rectangle();
    private final Rectangle outlineProbe = new Rectangle();
    private final ReadOnlyObjectWrapper<Hover> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");

    private PoolingWalkthrough walk;
    private boolean backward;
    private double[] left;
    private double[] right;
    private double[] whatIf;
    private boolean[] winners;
    private ColorScale scale = ColorScale.SEQUENTIAL;
    private ValueRange range = new ValueRange(0, 1);
    private int leftCell = 8;
    private int rightCell = 8;
    private boolean dirty = true;

    PoolingCanvas() {
        getStyleClass().add("pooling-canvas");
        accentProbe.getStyleClass().add("accent-probe");
        outlineProbe.getStyleClass().add("outline-probe");
        // What the stylesheet gives in the app; kept where the theme's colours are not defined (a bare pane).
        accentProbe.setFill(Color.web("#e66100"));
        outlineProbe.setFill(Color.web("#6e6e6e"));
        for (Rectangle probe : List.of(accentProbe, outlineProbe)) {
            probe.setManaged(false);
            probe.setVisible(false);
            probe.fillProperty().addListener(o -> redrawLater());
        }
        for (Label caption : List.of(leftCaption, rightCaption, whatIfCaption)) {
            caption.getStyleClass().add("map-caption");
            caption.setWrapText(true);
        }
        getChildren().addAll(canvas, leftCaption, rightCaption, whatIfCaption, accentProbe, outlineProbe);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> setHover(cellAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(null));
    }

    Label leftCaption() {
        return leftCaption;
    }

    Label rightCaption() {
        return rightCaption;
    }

    Label whatIfCaption() {
        return whatIfCaption;
    }

    /**
     * Draws a new picture.
     *
     * @param left   the input-side map, row by row (input forward, dL/dInput backward)
     * @param right  the output-side map (output forward, dL/dOutput backward)
     * @param whatIf average pooling's output for the what-if, or null
     */
    void show(PoolingWalkthrough walk, boolean backward, double[] left, double[] right, double[] whatIf,
            ColorScale scale, ValueRange range, int leftCell, int rightCell) {
        this.walk = walk;
        this.backward = backward;
        this.left = left;
        this.right = right;
        this.whatIf = whatIf;
        this.winners = walk.kind() == PoolingWalkthrough.Kind.MAX ? walk.winnerMask() : null;
        this.scale = scale;
        this.range = range;
        this.leftCell = leftCell;
        this.rightCell = rightCell;
        whatIfCaption.setVisible(whatIf != null);
        hovered.set(null);
        redrawLater();
    }

    /**
     * Marks the picture for drawing at the next layout pass: a new snapshot, its new size and the
     * stylesheet's colours usually arrive together, and the canvas is then drawn once, not three times.
     */
    private void redrawLater() {
        dirty = true;
        requestLayout();
    }

    /** The cell under the pointer, or null. */
    ReadOnlyObjectProperty<Hover> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    Hover getHovered() {
        return hovered.get();
    }

    private void setHover(Hover hover) {
        if (!java.util.Objects.equals(hover, hovered.get())) {
            hovered.set(hover);
            draw();
        }
    }

    /** The input cells marked as winners (row by row), exactly as drawn; null for average pooling. For tests. */
    boolean[] markedWinners() {
        return winners == null ? null : winners.clone();
    }

    /** The values of the map drawn in {@code part}, row by row; for tests. */
    double[] values(Part part) {
        double[] values = switch (part) {
            case INPUT_SIDE -> left;
            case OUTPUT_SIDE -> right;
            case WHAT_IF -> whatIf;
        };
        return values == null ? null : values.clone();
    }

    /** The centre of cell (row, col) of {@code part}, in this region's coordinates; for tests and pointing. */
    Point2D cellCenter(Part part, int row, int col) {
        double cell = part == Part.INPUT_SIDE ? leftCell : rightCell;
        Point2D origin = origin(part);
        return new Point2D(canvas.getLayoutX() + origin.getX() + (col + 0.5) * cell,
                canvas.getLayoutY() + origin.getY() + (row + 0.5) * cell);
    }

    // ---- geometry ----

    private double captionHeight() {
        double h = 0;
        for (Label caption : List.of(leftCaption, rightCaption)) {
            h = Math.max(h, caption.prefHeight(captionWidth(caption)));
        }
        return h + CAPTION_GAP;
    }

    private double captionWidth(Label caption) {
        if (caption == leftCaption) {
            return leftWidth() + ROUTE_GAP - 8;
        }
        // The output map is narrower than its caption wants: it may use the width of the whole side.
        return Math.max(rightWidth(), 120);
    }

    private double leftWidth() {
        return walk == null ? 0 : walk.inputCols() * leftCell;
    }

    private double leftHeight() {
        return walk == null ? 0 : walk.inputRows() * leftCell;
    }

    private double rightWidth() {
        return walk == null ? 0 : walk.outputCols() * rightCell;
    }

    private double rightHeight() {
        return walk == null ? 0 : walk.outputRows() * rightCell;
    }

    /** Height of the right-hand column: the output map, and under it the what-if's caption and map. */
    private double rightStackHeight() {
        if (whatIf == null) {
            return rightHeight();
        }
        return rightHeight() + STACK_GAP + whatIfCaption.prefHeight(captionWidth(whatIfCaption)) + CAPTION_GAP
                + rightHeight();
    }

    private double mapsHeight() {
        return Math.max(leftHeight(), rightStackHeight());
    }

    /** Top-left corner of a map in canvas coordinates. */
    private Point2D origin(Part part) {
        double top = 1; // room for the outer outline
        double rightX = 1 + leftWidth() + ROUTE_GAP;
        // The output beside the middle of its input: the routes fan out evenly.
        double rightY = top + Math.max(0, (mapsHeight() - rightStackHeight()) / 2);
        return switch (part) {
            case INPUT_SIDE -> new Point2D(1, top + Math.max(0, (mapsHeight() - leftHeight()) / 2));
            case OUTPUT_SIDE -> new Point2D(rightX, rightY);
            case WHAT_IF -> new Point2D(rightX, rightY + rightHeight() + STACK_GAP
                    + whatIfCaption.prefHeight(captionWidth(whatIfCaption)) + CAPTION_GAP);
        };
    }

    private double canvasWidth() {
        return 2 + leftWidth() + ROUTE_GAP + rightWidth();
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(canvasWidth(), leftWidth() + ROUTE_GAP + captionWidth(rightCaption));
    }

    @Override
    protected double computePrefHeight(double width) {
        return captionHeight() + mapsHeight() + 2;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double captions = captionHeight();
        canvas.setLayoutX(0);
        canvas.setLayoutY(captions);
        if (canvas.getWidth() != canvasWidth() || canvas.getHeight() != mapsHeight() + 2) {
            canvas.setWidth(canvasWidth());
            canvas.setHeight(mapsHeight() + 2);
            dirty = true;
        }
        if (dirty) {
            draw();
        }
        // Each caption right above its own map (the output's sits lower, beside the input's middle).
        placeCaption(leftCaption, Part.INPUT_SIDE, captions);
        placeCaption(rightCaption, Part.OUTPUT_SIDE, captions);
        if (whatIf != null) {
            placeCaption(whatIfCaption, Part.WHAT_IF, captions);
        }
    }

    private void placeCaption(Label caption, Part part, double canvasTop) {
        Point2D origin = origin(part);
        double width = captionWidth(caption);
        double height = caption.prefHeight(width);
        caption.resizeRelocate(origin.getX(), canvasTop + origin.getY() - height - CAPTION_GAP, width, height);
    }

    private Hover cellAt(double x, double y) {
        if (walk == null) {
            return null;
        }
        for (Part part : Part.values()) {
            if (part == Part.WHAT_IF && whatIf == null) {
                continue;
            }
            boolean input = part == Part.INPUT_SIDE;
            int rows = input ? walk.inputRows() : walk.outputRows();
            int cols = input ? walk.inputCols() : walk.outputCols();
            double cell = input ? leftCell : rightCell;
            Point2D o = origin(part);
            int col = (int) Math.floor((x - o.getX()) / cell);
            int row = (int) Math.floor((y - o.getY()) / cell);
            if (x >= o.getX() && y >= o.getY() && row < rows && col < cols) {
                return new Hover(part, row, col);
            }
        }
        return null;
    }

    // ---- drawing ----

    private Color accent() {
        Paint p = accentProbe.getFill();
        return p instanceof Color c ? c : Color.web("#e66100");
    }

    private Color outline() {
        Paint p = outlineProbe.getFill();
        return p instanceof Color c ? c : Color.gray(0.45);
    }

    private void draw() {
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (walk == null || left == null || right == null) {
            return;
        }
        drawMap(g, Part.INPUT_SIDE, left, walk.inputRows(), walk.inputCols(), leftCell);
        drawWindows(g);
        if (winners != null) {
            // Under the output map: the routes fan into its edge instead of crossing its cells.
            drawAllRoutes(g);
        }
        drawMap(g, Part.OUTPUT_SIDE, right, walk.outputRows(), walk.outputCols(), rightCell);
        if (whatIf != null) {
            drawMap(g, Part.WHAT_IF, whatIf, walk.outputRows(), walk.outputCols(), rightCell);
        }
        if (winners != null) {
            drawWinners(g);
        }
        drawHover(g);
    }

    private void drawMap(GraphicsContext g, Part part, double[] values, int rows, int cols, int cell) {
        Point2D o = origin(part);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                scale.fill(g, values[r * cols + c], range, o.getX() + c * cell, o.getY() + r * cell, cell, cell);
            }
        }
        g.setStroke(outline());
        g.setLineWidth(1);
        g.strokeRect(o.getX() - 0.5, o.getY() - 0.5, cols * cell + 1, rows * cell + 1);
    }

    /** Every pooling window outlined, where the layer's stride puts it (overlapping windows overlap). */
    private void drawWindows(GraphicsContext g) {
        g.setStroke(outline());
        g.setLineWidth(1);
        for (int oy = 0; oy < walk.outputRows(); oy++) {
            for (int ox = 0; ox < walk.outputCols(); ox++) {
                strokeWindow(g, oy, ox, 0);
            }
        }
    }

    private void strokeWindow(GraphicsContext g, int oy, int ox, double inset) {
        Point2D o = origin(Part.INPUT_SIDE);
        Cell first = walk.windowOrigin(oy, ox);
        double side = walk.window() * leftCell;
        g.strokeRect(o.getX() + first.col() * leftCell + 0.5 + inset, o.getY() + first.row() * leftCell + 0.5 + inset,
                side - 1 - 2 * inset, side - 1 - 2 * inset);
    }

    /**
     * A winner: an accent square inside its cell, the cell's own colour still showing in the
     * middle. Where the whole window ties (after ReLU, often all zeros) the engine still picks a
     * cell, the first, and it is marked, but faintly: no value stood out there.
     */
    private void drawWinners(GraphicsContext g) {
        Color strong = accent();
        Color faint = strong.deriveColor(0, 1, 1, 0.35);
        g.setLineWidth(2);
        Point2D o = origin(Part.INPUT_SIDE);
        for (int oy = 0; oy < walk.outputRows(); oy++) {
            for (int ox = 0; ox < walk.outputCols(); ox++) {
                Cell w = walk.winner(oy, ox);
                g.setStroke(walk.windowTies(oy, ox) ? faint : strong);
                g.strokeRect(o.getX() + w.col() * leftCell + 1, o.getY() + w.row() * leftCell + 1, leftCell - 2,
                        leftCell - 2);
            }
        }
    }

    /** Every max-pool route, faint (tied windows fainter), so the hovered one stands out drawn strong on top. */
    private void drawAllRoutes(GraphicsContext g) {
        Color faint = accent().deriveColor(0, 1, 1, 0.45);
        Color fainter = accent().deriveColor(0, 1, 1, 0.12);
        for (int oy = 0; oy < walk.outputRows(); oy++) {
            for (int ox = 0; ox < walk.outputCols(); ox++) {
                route(g, walk.winner(oy, ox), Part.OUTPUT_SIDE, oy, ox, walk.windowTies(oy, ox) ? fainter : faint, 1,
                        false);
            }
        }
    }

    /**
     * A line from input cell {@code from} to output cell (oy, ox) of {@code to}; backward it gets
     * an arrowhead at the input end, the way the gradient travels.
     */
    private void route(GraphicsContext g, Cell from, Part to, int oy, int ox, Color color, double width,
            boolean arrow) {
        Point2D a = centerOnCanvas(Part.INPUT_SIDE, from.row(), from.col());
        Point2D b = centerOnCanvas(to, oy, ox);
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
        if (arrow) {
            Point2D tip = a;
            Point2D dir = a.subtract(b).normalize();
            Point2D normal = new Point2D(-dir.getY(), dir.getX());
            double len = Math.max(6, Math.min(10, leftCell));
            Point2D base = tip.subtract(dir.multiply(len));
            g.setFill(color);
            g.fillPolygon(new double[] {tip.getX(), base.getX() + normal.getX() * len / 2, base.getX() - normal.getX() * len / 2},
                    new double[] {tip.getY(), base.getY() + normal.getY() * len / 2, base.getY() - normal.getY() * len / 2}, 3);
        }
    }

    private Point2D centerOnCanvas(Part part, int row, int col) {
        double cell = part == Part.INPUT_SIDE ? leftCell : rightCell;
        Point2D o = origin(part);
        return new Point2D(o.getX() + (col + 0.5) * cell, o.getY() + (row + 0.5) * cell);
    }

    private void strokeCell(GraphicsContext g, Part part, int row, int col, Color color, double width) {
        double cell = part == Part.INPUT_SIDE ? leftCell : rightCell;
        Point2D o = origin(part);
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeRect(o.getX() + col * cell - width / 2, o.getY() + row * cell - width / 2, cell + width, cell + width);
    }

    /**
     * The hovered output cell: its window outlined in the accent, and lines from the cells it is
     * made of (the winner for max pooling, every cell for average pooling). The hovered input
     * cell: outlined, with the windows holding it and, if it won, its route.
     */
    private void drawHover(GraphicsContext g) {
        Hover h = hovered.get();
        if (h == null) {
            return;
        }
        Color accent = accent();
        if (h.part() == Part.INPUT_SIDE) {
            for (Cell o : walk.windowsHolding(h.row(), h.col())) {
                g.setStroke(accent);
                g.setLineWidth(2);
                strokeWindow(g, o.row(), o.col(), 0.5);
                boolean won = winners != null && walk.winner(o.row(), o.col()).equals(new Cell(h.row(), h.col()));
                if (won || winners == null) {
                    route(g, new Cell(h.row(), h.col()), Part.OUTPUT_SIDE, o.row(), o.col(), accent, 2.5, backward);
                    strokeCell(g, Part.OUTPUT_SIDE, o.row(), o.col(), accent, 2);
                }
            }
            strokeCell(g, Part.INPUT_SIDE, h.row(), h.col(), accent, 2);
            return;
        }
        g.setStroke(accent);
        g.setLineWidth(2.5);
        strokeWindow(g, h.row(), h.col(), 0.5);
        boolean max = winners != null && h.part() == Part.OUTPUT_SIDE;
        List<Cell> sources = max ? List.of(walk.winner(h.row(), h.col())) : walk.window(h.row(), h.col());
        for (Cell source : sources) {
            route(g, source, h.part(), h.row(), h.col(), accent, max ? 2.5 : 1.5, backward);
        }
        strokeCell(g, h.part(), h.row(), h.col(), accent, 2);
    }
}
