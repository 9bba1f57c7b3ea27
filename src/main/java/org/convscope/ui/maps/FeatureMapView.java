package org.convscope.ui.maps;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.BooleanPropertyBase;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.SimpleStyleableIntegerProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableIntegerProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.convscope.engine.Tensor;

/**
 * One feature map drawn as coloured cells, crisp at any size (nearest neighbour: every cell is a
 * square of whole pixels, never blurred).
 *
 * <p>Shows channel {@link #channelProperty() channel} of {@link #tensorProperty() tensor}, whose
 * shape is C x H x W. A vector tensor (a dense, flatten or dropout output) is shown whole as a
 * column of cells, wrapped into further columns every {@link #wrapProperty() wrap} cells so that a
 * 400-value vector still fits on screen (default 40 cells).
 *
 * <p>Colours come from {@link #colorScaleProperty() colorScale} over
 * {@link #rangeProperty() range}; a null range means "per map": the map's own extremes.
 * The cell under the pointer is published in {@link #hoveredCellProperty() hoveredCell} with the
 * engine's exact value (null when the pointer is elsewhere); hovering never redraws the image.
 *
 * <p>Style class {@code feature-map-view}, stylesheet {@code feature-map-view.css}; pseudo-class
 * {@code :selected} while {@link #selectedProperty() selected}, {@code :empty} without a tensor.
 * CSS property {@code -cs-min-cell-size} ({@link #minCellSizeProperty() minCellSize}): the fewest
 * pixels per cell, raised by presenter mode.
 */
public class FeatureMapView extends Control {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    static final int DEFAULT_WRAP = 40;

    private final ObjectProperty<Tensor> tensor = new SimpleObjectProperty<>(this, "tensor");
    private final IntegerProperty channel = new SimpleIntegerProperty(this, "channel");
    private final ObjectProperty<ColorScale> colorScale =
            new SimpleObjectProperty<>(this, "colorScale", ColorScale.SEQUENTIAL);
    private final ObjectProperty<ValueRange> range = new SimpleObjectProperty<>(this, "range");
    private final IntegerProperty cellSize = new SimpleIntegerProperty(this, "cellSize", 8);
    private final IntegerProperty wrap = new SimpleIntegerProperty(this, "wrap", DEFAULT_WRAP);
    private final StyleableIntegerProperty minCellSize = new SimpleStyleableIntegerProperty(
            StyleableProperties.MIN_CELL_SIZE, this, "minCellSize", 1);
    private final BooleanProperty valueTooltip = new SimpleBooleanProperty(this, "valueTooltip", true);
    private final ReadOnlyObjectWrapper<MapCell> hoveredCell = new ReadOnlyObjectWrapper<>(this, "hoveredCell");
    private final BooleanProperty selected = new BooleanPropertyBase() {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(SELECTED, get());
        }

        @Override
        public Object getBean() {
            return FeatureMapView.this;
        }

        @Override
        public String getName() {
            return "selected";
        }
    };

    public FeatureMapView() {
        getStyleClass().add("feature-map-view");
        pseudoClassStateChanged(EMPTY, true);
        tensor.addListener((obs, old, now) -> pseudoClassStateChanged(EMPTY, now == null));
    }

    /** Shows channel {@code channel} of {@code tensor} on {@code scale}, per-map range. */
    public FeatureMapView(Tensor tensor, int channel, ColorScale scale) {
        this();
        setTensor(tensor);
        setChannel(channel);
        setColorScale(scale);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FeatureMapViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return FeatureMapView.class.getResource("feature-map-view.css").toExternalForm();
    }

    /** Number of cell rows shown: H for a map, up to {@code wrap} for a vector. */
    public int rows() {
        Tensor t = getTensor();
        if (t == null) {
            return 0;
        }
        return t.shape().vector() ? Math.min(t.size(), getWrap()) : t.shape().height();
    }

    /** Number of cell columns shown: W for a map, ceil(n / wrap) for a vector. */
    public int columns() {
        Tensor t = getTensor();
        if (t == null) {
            return 0;
        }
        return t.shape().vector() ? (t.size() + getWrap() - 1) / getWrap() : t.shape().width();
    }

    /** The cell at (row, col) of the shown grid, or null outside the values (the tail of a wrapped vector). */
    public MapCell cellAt(int row, int col) {
        Tensor t = getTensor();
        if (t == null || row < 0 || col < 0 || row >= rows() || col >= columns()) {
            return null;
        }
        if (t.shape().vector()) {
            int index = col * getWrap() + row;
            return index < t.size() ? new MapCell(0, index, 0, t.get(index)) : null;
        }
        int c = getChannel();
        return new MapCell(c, row, col, t.get(c, row, col));
    }

    /** The range the colours use now: the set one, or the map's own. */
    public ValueRange effectiveRange() {
        if (getRange() != null || getTensor() == null) {
            return getRange();
        }
        return StripColouring.mapRange(getTensor(), getTensor().shape().vector() ? 0 : getChannel(), getColorScale());
    }

    public ObjectProperty<Tensor> tensorProperty() {
        return tensor;
    }

    public Tensor getTensor() {
        return tensor.get();
    }

    public void setTensor(Tensor value) {
        tensor.set(value);
    }

    /** The channel of a C x H x W tensor shown; ignored for a vector. */
    public IntegerProperty channelProperty() {
        return channel;
    }

    public int getChannel() {
        return channel.get();
    }

    public void setChannel(int value) {
        channel.set(value);
    }

    public ObjectProperty<ColorScale> colorScaleProperty() {
        return colorScale;
    }

    public ColorScale getColorScale() {
        return colorScale.get();
    }

    public void setColorScale(ColorScale value) {
        colorScale.set(value);
    }

    /** The colour range shared with other maps; null for this map's own range. */
    public ObjectProperty<ValueRange> rangeProperty() {
        return range;
    }

    public ValueRange getRange() {
        return range.get();
    }

    public void setRange(ValueRange value) {
        range.set(value);
    }

    /** Preferred size of one cell in pixels; the image grows or shrinks in whole pixels per cell to fit. */
    public IntegerProperty cellSizeProperty() {
        return cellSize;
    }

    public int getCellSize() {
        return cellSize.get();
    }

    public void setCellSize(int value) {
        cellSize.set(value);
    }

    /**
     * The fewest pixels a cell may shrink to, CSS {@code -cs-min-cell-size} (default 1). Presenter
     * mode sets 8 so that every cell can be seen from the back of the room; the strip scrolls instead.
     * It also raises the preferred size: a cell is never preferred smaller than its minimum.
     */
    public IntegerProperty minCellSizeProperty() {
        return minCellSize;
    }

    public int getMinCellSize() {
        return Math.max(1, minCellSize.get());
    }

    public void setMinCellSize(int value) {
        minCellSize.set(value);
    }

    /** The preferred pixels per cell in force: {@link #getCellSize() cellSize}, at least {@link #getMinCellSize() minCellSize}. */
    public int effectiveCellSize() {
        return Math.max(getCellSize(), getMinCellSize());
    }

    private static final class StyleableProperties {
        static final CssMetaData<FeatureMapView, Number> MIN_CELL_SIZE =
                new CssMetaData<>("-cs-min-cell-size", StyleConverter.getSizeConverter(), 1) { // NOI18N
                    @Override
                    public boolean isSettable(FeatureMapView view) {
                        return !view.minCellSize.isBound();
                    }

                    @Override
                    public StyleableProperty<Number> getStyleableProperty(FeatureMapView view) {
                        return view.minCellSize;
                    }
                };
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
            all.add(MIN_CELL_SIZE);
            ALL = Collections.unmodifiableList(all);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** Cells per column of a vector before it wraps into the next column. */
    public IntegerProperty wrapProperty() {
        return wrap;
    }

    public int getWrap() {
        return Math.max(1, wrap.get());
    }

    public void setWrap(int value) {
        wrap.set(value);
    }

    /**
     * Whether a tooltip shows the hovered cell's value (default true). A view that prints the
     * value itself, next to the map, turns it off so the tooltip does not cover the map.
     */
    public BooleanProperty valueTooltipProperty() {
        return valueTooltip;
    }

    public boolean isValueTooltip() {
        return valueTooltip.get();
    }

    public void setValueTooltip(boolean value) {
        valueTooltip.set(value);
    }

    /** The cell under the pointer with its exact value, or null. */
    public ReadOnlyObjectProperty<MapCell> hoveredCellProperty() {
        return hoveredCell.getReadOnlyProperty();
    }

    public MapCell getHoveredCell() {
        return hoveredCell.get();
    }

    void setHoveredCell(MapCell cell) {
        hoveredCell.set(cell);
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }
}
