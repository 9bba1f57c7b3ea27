package org.convscope.ui.draw;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The network's answer: one horizontal bar per digit 0 to 9, as long as its probability, with
 * the value (3 significant digits; full precision in the tooltip). The most probable digit's bar
 * is highlighted in the accent colour. With no probabilities (nothing drawn) the bars are empty
 * and a placeholder says so; so are they when the probabilities are not numbers (NaN or
 * infinite: the model's weights are too large for this drawing), and the placeholder says that.
 *
 * <p>Style class {@code probability-bars}; each row has style class {@code row} and the
 * pseudo-class {@code :top} for the most probable digit; the control has {@code :empty}, and
 * {@code :not-numbers} when the probabilities are not all finite.
 * Stylesheet {@code probability-bars.css}.
 */
public class ProbabilityBars extends Control {
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass NOT_NUMBERS = PseudoClass.getPseudoClass("not-numbers");

    private final ObjectProperty<List<Double>> probabilities = new SimpleObjectProperty<>(this, "probabilities") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(EMPTY, get() == null);
            pseudoClassStateChanged(NOT_NUMBERS, isNotNumbers());
        }
    };

    /** Empty bars. */
    public ProbabilityBars() {
        getStyleClass().add("probability-bars");
        pseudoClassStateChanged(EMPTY, true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ProbabilityBarsSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return ProbabilityBars.class.getResource("probability-bars.css").toExternalForm();
    }

    /**
     * The probabilities of the classes, digit 0 first (ten for a digit model, but any number
     * works); null for "nothing drawn".
     */
    public ObjectProperty<List<Double>> probabilitiesProperty() {
        return probabilities;
    }

    public List<Double> getProbabilities() {
        return probabilities.get();
    }

    public void setProbabilities(List<Double> value) {
        probabilities.set(value == null ? null : List.copyOf(value));
    }

    /**
     * True when there are probabilities but not all of them are numbers (NaN or infinite): the
     * bars stay empty, since no bar can be as long as NaN.
     */
    public boolean isNotNumbers() {
        List<Double> p = getProbabilities();
        return p != null && p.stream().anyMatch(v -> !Double.isFinite(v));
    }

    /** The index of the largest probability, or -1 when there are none or they are {@linkplain #isNotNumbers not numbers}. */
    public int getTopClass() {
        List<Double> p = getProbabilities();
        if (isNotNumbers()) {
            return -1;
        }
        int top = -1;
        for (int i = 0; p != null && i < p.size(); i++) {
            if (top < 0 || p.get(i) > p.get(top)) {
                top = i;
            }
        }
        return top;
    }
}
