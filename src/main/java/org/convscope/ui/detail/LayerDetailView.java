package org.convscope.ui.detail;

import javafx.scene.Node;

/**
 * One way of explaining a layer in the detail panel. The panel asks the
 * {@link LayerDetailViews registry} for the view of the selected layer's type, puts its
 * {@link #node()} under the layer's title and hands it every new {@link LayerDetail}; the view
 * draws it and may change the selection through the {@link LayerDetailViewModel} it was made with.
 *
 * <p>A view is made once per panel and kept: while another type is shown it is {@link #hide()
 * hidden} (its node stays in the scene, invisible), and it is {@link #dispose() disposed} with the
 * panel's skin. So {@link #show} must cope with any layer of its type and any snapshot (another
 * layer, map or step, gradients or not), and should reuse its nodes rather than rebuild them.
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

    /**
     * The panel now shows another type's view and keeps this one, out of sight, for the next
     * layer of its type (which it will be {@link #show shown}): stop anything running.
     */
    default void hide() {
    }

    /** Lets go of everything the view listens to; the panel drops the view afterwards. */
    void dispose();
}
