package org.convscope.ui.detail;

import javafx.scene.Node;

/**
 * One way of explaining a layer in the detail panel. The panel asks the
 * {@link LayerDetailViews registry} for the view of the selected layer's type, puts its
 * {@link #node()} under the layer's title and hands it every new {@link LayerDetail}; the view
 * draws it and may change the selection through the {@link LayerDetailViewModel} it was made with.
 *
 * <p>A view is kept while the selected layers share its type, so {@link #show} must cope with
 * any layer of that type and any snapshot (another map, another step, gradients or not), and
 * should reuse its nodes rather than rebuild them on every step.
 */
public interface LayerDetailView {

    /** Makes a view for a layer type; called again only when the selected layer's type changes. */
    @FunctionalInterface
    interface Factory {
        LayerDetailView create(LayerDetailViewModel model);
    }

    /** The view's root, made once. */
    Node node();

    /** Draws {@code detail}, whose status is {@link LayerDetail.Status#SHOWN}. */
    void show(LayerDetail detail);

    /** Lets go of everything the view listens to; the panel drops the view afterwards. */
    void dispose();
}
