package org.convscope.ui.overview;

import org.convscope.model.Model;

/**
 * A model ready to be shown: where it came from, the model itself and its overview.
 *
 * <p>Made on a worker thread and handed to the FX thread, which owns it from then on; the
 * overview is immutable, and the loader keeps no reference to the network.
 */
public record LoadedModel(ModelOrigin origin, Model model, ModelOverview overview) {

    LoadedModel(ModelOrigin origin, Model model) {
        this(origin, model, ModelOverview.of(model.network()));
    }
}
