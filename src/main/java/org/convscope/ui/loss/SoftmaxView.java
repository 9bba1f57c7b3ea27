package org.convscope.ui.loss;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The softmax and loss step, with the numbers: for each class its logit z, e^(z - max), the
 * probability p = e / sum, and the gradient p - onehot(target) that the backward pass starts from;
 * under the table the sum, the loss -log p(target) and what goes back. Pointing at a row prints
 * its exact values. Empty (with a note) while there is no loss to explain.
 *
 * <p>Style class {@code softmax-view}, stylesheet {@code softmax-view.css}; rows carry the
 * pseudo-classes {@code :target} and {@code :predicted}.
 */
public class SoftmaxView extends Control {
    private final ObjectProperty<SoftmaxExplanation> explanation = new SimpleObjectProperty<>(this, "explanation");

    public SoftmaxView() {
        getStyleClass().add("softmax-view");
    }

    /** What is explained; null shows the note that the loss step has not been reached. */
    public ObjectProperty<SoftmaxExplanation> explanationProperty() {
        return explanation;
    }

    public SoftmaxExplanation getExplanation() {
        return explanation.get();
    }

    public void setExplanation(SoftmaxExplanation value) {
        explanation.set(value);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SoftmaxViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return SoftmaxView.class.getResource("softmax-view.css").toExternalForm();
    }
}
