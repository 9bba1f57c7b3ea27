package org.convscope.ui.maps;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.convscope.engine.Tensor;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;

/**
 * Draws a {@link FeatureMapView} into a {@link WritableImage} of whole-pixel cells and outlines the
 * hovered cell in the accent colour.
 *
 * <p>The image is a cache: it is redrawn only when the tensor, channel, scale, range or the
 * number of pixels per cell changes, never on hover (the hover outline is a separate rectangle).
 */
public class FeatureMapViewSkin extends SkinBase<FeatureMapView> {
    private final ImageView imageView = new ImageView();
    private final Rectangle hover = new Rectangle();
    private final Tooltip tooltip = new Tooltip();
    private final InvalidationListener contentChanged = this::contentChanged;
    private final ChangeListener<MapCell> hoverChanged = (obs, old, now) -> showHover(now);
    private final Observable[] content;
    private final EventHandler<MouseEvent> moved = this::pointerMoved;
    private final ChangeListener<Boolean> tooltipSwitched = (obs, old, on) -> {
        if (on) {
            Tooltip.install(getSkinnable(), tooltip);
        } else {
            Tooltip.uninstall(getSkinnable(), tooltip);
        }
    };
    private final EventHandler<MouseEvent> exited = e -> getSkinnable().setHoveredCell(null);
    private WritableImage image;
    private int shownCell;
    private int hatchedCells;
    private boolean dirty = true;

    public FeatureMapViewSkin(FeatureMapView control) {
        super(control);
        imageView.setSmooth(false);
        hover.getStyleClass().add("hover-cell");
        hover.setManaged(false);
        hover.setMouseTransparent(true);
        hover.setVisible(false);
        getChildren().addAll(imageView, hover);
        tooltip.setShowDelay(Duration.millis(200));
        content = new Observable[] {control.tensorProperty(), control.channelProperty(), control.colorScaleProperty(),
                control.rangeProperty(), control.wrapProperty(), control.cellSizeProperty(),
                control.minCellSizeProperty()};
        for (Observable o : content) {
            o.addListener(contentChanged);
        }
        control.hoveredCellProperty().addListener(hoverChanged);
        control.addEventHandler(MouseEvent.MOUSE_MOVED, moved);
        // Installed once; only its text follows the hovered cell.
        if (control.isValueTooltip()) {
            Tooltip.install(control, tooltip);
        }
        control.valueTooltipProperty().addListener(tooltipSwitched);
        control.addEventHandler(MouseEvent.MOUSE_EXITED, exited);
    }

    /** The image drawn now (null before the first layout or without a tensor); for tests and export. */
    public WritableImage image() {
        return image;
    }

    /** How many cells of the current image are hatched, their values NaN or infinite; for tests. */
    public int hatchedCells() {
        return hatchedCells;
    }

    /** Pixels per cell in the current image. */
    public int pixelsPerCell() {
        return shownCell;
    }

    private void contentChanged(Observable o) {
        dirty = true;
        getSkinnable().setHoveredCell(null);
        getSkinnable().requestLayout();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + getSkinnable().columns() * getSkinnable().effectiveCellSize();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + getSkinnable().rows() * getSkinnable().effectiveCellSize();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + getSkinnable().columns() * getSkinnable().getMinCellSize();
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + getSkinnable().rows() * getSkinnable().getMinCellSize();
    }

    @Override
    protected double computeMaxWidth(double height, double top, double right, double bottom, double left) {
        return computePrefWidth(height, top, right, bottom, left);
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        FeatureMapView view = getSkinnable();
        int rows = view.rows();
        int cols = view.columns();
        if (rows == 0) {
            image = null;
            imageView.setImage(null);
            shownCell = 0;
            return;
        }
        // Whole pixels per cell keep every cell a crisp square at any size.
        int cell = Math.max(view.getMinCellSize(), (int) Math.floor(Math.min(w / cols, h / rows)));
        if (dirty || cell != shownCell) {
            render(cell);
        }
        imageView.relocate(x, y);
    }

    private void render(int cell) {
        FeatureMapView view = getSkinnable();
        Tensor t = view.getTensor();
        int rows = view.rows();
        int cols = view.columns();
        ColorScale scale = view.getColorScale();
        ValueRange range = view.effectiveRange();
        int width = cols * cell;
        int height = rows * cell;
        int[] pixels = new int[width * height];
        int hatched = 0;
        // The values read straight from the tensor, not through cellAt: a property read and a
        // MapCell per cell were most of the time of drawing a map.
        boolean vector = t != null && t.shape().vector();
        int wrap = view.getWrap();
        int channel = view.getChannel();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int index = c * wrap + r;
                if (vector && index >= t.size()) {
                    continue; // transparent past a vector's end
                }
                double value = vector ? t.get(index) : t.get(channel, r, c);
                if (!Double.isFinite(value)) {
                    // Not a number: hatched, pixel by pixel, the lines running on across hatched neighbours.
                    hatched++;
                    for (int py = r * cell; py < (r + 1) * cell; py++) {
                        for (int px = c * cell; px < (c + 1) * cell; px++) {
                            pixels[py * width + px] = scale.argb(value, range, px, py);
                        }
                    }
                    continue;
                }
                int argb = scale.argb(value, range);
                for (int py = r * cell; py < (r + 1) * cell; py++) {
                    java.util.Arrays.fill(pixels, py * width + c * cell, py * width + (c + 1) * cell, argb);
                }
            }
        }
        hatchedCells = hatched;
        if (image == null || (int) image.getWidth() != width || (int) image.getHeight() != height) {
            image = new WritableImage(width, height);
        }
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        imageView.setImage(image);
        shownCell = cell;
        dirty = false;
        if (t == null) {
            imageView.setImage(null);
        }
    }

    private void pointerMoved(MouseEvent e) {
        if (shownCell == 0) {
            return;
        }
        double lx = e.getX() - imageView.getLayoutX();
        double ly = e.getY() - imageView.getLayoutY();
        MapCell cell = lx < 0 || ly < 0 ? null
                : getSkinnable().cellAt((int) (ly / shownCell), (int) (lx / shownCell));
        if (!java.util.Objects.equals(cell, getSkinnable().getHoveredCell())) {
            getSkinnable().setHoveredCell(cell);
        }
    }

    private void showHover(MapCell cell) {
        FeatureMapView view = getSkinnable();
        if (cell == null || shownCell == 0) {
            hover.setVisible(false);
            return;
        }
        boolean vector = view.getTensor().shape().vector();
        int row = vector ? cell.row() % view.getWrap() : cell.row();
        int col = vector ? cell.row() / view.getWrap() : cell.col();
        hover.setX(imageView.getLayoutX() + col * shownCell);
        hover.setY(imageView.getLayoutY() + row * shownCell);
        hover.setWidth(shownCell);
        hover.setHeight(shownCell);
        hover.setVisible(true);
        // Counted from 1 for the class; the property keeps the engine's 0-based indices.
        tooltip.setText(vector
                ? Messages.get("maps.cell.vector", cell.row() + 1, NumberText.full(cell.value()))
                : Messages.get("maps.cell", cell.row() + 1, cell.col() + 1, NumberText.full(cell.value())));
    }

    @Override
    public void dispose() {
        FeatureMapView view = getSkinnable();
        for (Observable o : content) {
            o.removeListener(contentChanged);
        }
        view.hoveredCellProperty().removeListener(hoverChanged);
        view.removeEventHandler(MouseEvent.MOUSE_MOVED, moved);
        view.removeEventHandler(MouseEvent.MOUSE_EXITED, exited);
        view.valueTooltipProperty().removeListener(tooltipSwitched);
        Tooltip.uninstall(view, tooltip);
        super.dispose();
    }
}
