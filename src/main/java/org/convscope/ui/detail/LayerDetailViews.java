package org.convscope.ui.detail;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which {@link LayerDetailView} explains which layer type (the engine's type names: "conv2d",
 * "maxpool" ...). A type without an entry gets the {@link MapsDetailView generic maps view}: the
 * layer's output, or its gradients, drawn large. Views that explain one type (the convolution
 * window, pooling routes, the dropout mask ...) are {@link #register registered} here, and the
 * panel picks them up without other changes.
 */
public final class LayerDetailViews {
    private final Map<String, LayerDetailView.Factory> byType = new HashMap<>();
    private final LayerDetailView.Factory fallback;

    /** A registry where every type gets {@code fallback}. */
    public LayerDetailViews(LayerDetailView.Factory fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** The app's registry: the layer types with a view of their own; every other type shows its maps. */
    public static LayerDetailViews standard() {
        LayerDetailViews views = new LayerDetailViews(MapsDetailView::new)
                .register("conv2d", ConvolutionDetailView::new)
                .register("dense", DenseDetailView::new)
                .register("flatten", FlattenDetailView::new)
                .register("maxpool", PoolingDetailView::new)
                .register("avgpool", PoolingDetailView::new)
                .register("dropout", DropoutDetailView::new);
        ActivationDetailView.TYPES.forEach(type -> views.register(type, ActivationDetailView::new));
        return views;
    }

    /** Explains layers of {@code type} with views made by {@code factory}. */
    public LayerDetailViews register(String type, LayerDetailView.Factory factory) {
        byType.put(type, Objects.requireNonNull(factory, "factory"));
        return this;
    }

    /** The factory for {@code type}: its own, or the fallback. */
    public LayerDetailView.Factory factoryFor(String type) {
        return byType.getOrDefault(type, fallback);
    }

    /** True when {@code type} has a view of its own, false when it gets the fallback. */
    public boolean hasOwnView(String type) {
        return byType.containsKey(type);
    }
}
