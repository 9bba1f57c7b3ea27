package org.convscope.ui.maps;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.convscope.ui.NumberText;

/**
 * The key to a coloured map: a bar with the scale's colours from {@code range.min} to
 * {@code range.max}, labelled with both ends (and 0 in the middle of a diverging scale) to 3
 * significant digits, and an optional caption saying what the range covers ("per layer" ...).
 * When the range was made from values of which some are NaN or infinite (they are left out of
 * it, and drawn hatched), a hatched key under the bar says what the hatching means.
 *
 * <p>Style class {@code color-legend}, stylesheet {@code color-legend.css}; the labels have the
 * style classes {@code min}, {@code zero}, {@code max} and {@code caption}, the bar {@code bar},
 * the key for values that are not numbers {@code non-finite}.
 */
public class ColorLegend extends Control {
    private final ObjectProperty<ColorScale> colorScale =
            new SimpleObjectProperty<>(this, "colorScale", ColorScale.SEQUENTIAL);
    private final ObjectProperty<ValueRange> range = new SimpleObjectProperty<>(this, "range");
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");

    public ColorLegend() {
        getStyleClass().add("color-legend");
    }

    public ColorLegend(ColorScale scale, ValueRange range) {
        this();
        setColorScale(scale);
        setRange(range);
    }

    /** Its height depends on its width: the caption wraps, and huge numbers take two lines. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ColorLegendSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return ColorLegend.class.getResource("color-legend.css").toExternalForm();
    }

    /** The label at the low end, 3 significant digits ("" without a range). */
    public String minText() {
        return getRange() == null ? "" : NumberText.sig3(getRange().min());
    }

    /** The label at the high end, 3 significant digits ("" without a range). */
    public String maxText() {
        return getRange() == null ? "" : NumberText.sig3(getRange().max());
    }

    /** Whether the hatched key is shown: the range left out values that are NaN or infinite. */
    public boolean showsNonFinite() {
        return getRange() != null && getRange().nonFinite();
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

    /** The range the colours span; null hides the numbers. */
    public ObjectProperty<ValueRange> rangeProperty() {
        return range;
    }

    public ValueRange getRange() {
        return range.get();
    }

    public void setRange(ValueRange value) {
        range.set(value);
    }

    /** A short text under the bar saying what the range covers. */
    public StringProperty captionProperty() {
        return caption;
    }

    public String getCaption() {
        return caption.get();
    }

    public void setCaption(String value) {
        caption.set(value);
    }
}
