package org.convscope.ui.draw;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.convscope.data.Preprocessed;

/**
 * "What the network sees": the 28x28 input after preprocessing, shown large in grey-scale with
 * the ink dark on light, so it looks like the digit the student drew (the network itself gets ink
 * as 1 on a 0 background).
 *
 * <p>With {@linkplain #showGuidesProperty() guides} on, it also shows in the accent colour how
 * the drawing was placed: the ink's bounding box where it landed in 28x28, the centre of mass
 * (always at the centre, (14, 14)), and the shift from centring the box to centring the mass,
 * as an arrow and as numbers in input pixels.
 *
 * <p>Style class {@code digit-preview}; pseudo-classes {@code :empty} (nothing drawn, the
 * preview says so) and {@code :guides}. Stylesheet {@code digit-preview.css}.
 */
public class DigitPreview extends Control {
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass GUIDES = PseudoClass.getPseudoClass("guides");

    private final ObjectProperty<Preprocessed> preprocessed = new SimpleObjectProperty<>(this, "preprocessed") {
        @Override
        protected void invalidated() {
            Preprocessed p = get();
            pseudoClassStateChanged(EMPTY, p == null || p.empty());
        }
    };
    private final BooleanProperty showGuides = new SimpleBooleanProperty(this, "showGuides") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(GUIDES, get());
        }
    };

    /** A preview showing "nothing drawn". */
    public DigitPreview() {
        getStyleClass().add("digit-preview");
        pseudoClassStateChanged(EMPTY, true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DigitPreviewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return DigitPreview.class.getResource("digit-preview.css").toExternalForm();
    }

    /** The preprocessed drawing; null or {@linkplain Preprocessed#empty() empty} shows "nothing drawn". */
    public ObjectProperty<Preprocessed> preprocessedProperty() {
        return preprocessed;
    }

    public Preprocessed getPreprocessed() {
        return preprocessed.get();
    }

    public void setPreprocessed(Preprocessed value) {
        preprocessed.set(value);
    }

    /** Whether the bounding box, the centre of mass and the shift are drawn over the input. */
    public BooleanProperty showGuidesProperty() {
        return showGuides;
    }

    public boolean isShowGuides() {
        return showGuides.get();
    }

    public void setShowGuides(boolean value) {
        showGuides.set(value);
    }
}
