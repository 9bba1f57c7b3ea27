package org.convscope.ui.detail;

import java.util.Objects;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The detail panel under the network strip: the selected layer's title (name, type, input and
 * output shape in the course's words) and, below it, the {@link LayerDetailView} its type has in
 * the {@link LayerDetailViews registry} (the {@link MapsDetailView maps} by default). When there is
 * nothing to draw it says why instead: no layer selected, the forward pass has not reached the
 * layer yet, or the backward pass has not come back to it.
 *
 * <p>Everything shown comes from the {@link LayerDetailViewModel}'s snapshot; the panel holds no
 * state of its own. Style class {@code layer-detail-pane}, stylesheet {@code layer-detail-pane.css}
 * (colours looked up from the app's theme); pseudo-class {@code :empty} while nothing is drawn.
 */
public class LayerDetailPane extends Control {
    private final LayerDetailViewModel model;
    private final LayerDetailViews views;

    public LayerDetailPane(LayerDetailViewModel model) {
        this(model, LayerDetailViews.standard());
    }

    public LayerDetailPane(LayerDetailViewModel model, LayerDetailViews views) {
        this.model = Objects.requireNonNull(model, "model");
        this.views = Objects.requireNonNull(views, "views");
        getStyleClass().add("layer-detail-pane");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LayerDetailPaneSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return LayerDetailPane.class.getResource("layer-detail-pane.css").toExternalForm();
    }

    public LayerDetailViewModel getModel() {
        return model;
    }

    public LayerDetailViews getViews() {
        return views;
    }
}
