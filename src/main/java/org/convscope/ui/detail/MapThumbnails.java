package org.convscope.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import org.convscope.engine.Tensor;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.ScaleMode;
import org.convscope.ui.maps.ValueRange;

/**
 * A layer's maps as small pictures, one per map, the selected one outlined; a click on one picks
 * that map. The detail views put these beside their large picture to move between maps.
 *
 * <p>The pictures are made once and kept: a layer with fewer maps hides the rest. Stepping through
 * a pass shows layers of 6 and 16 maps in turn, and new nodes cost more to style than to draw.
 */
final class MapThumbnails extends FlowPane {
    private final IntConsumer onPick;
    private final List<FeatureMapView> views = new ArrayList<>();
    private int shown;

    /** @param onPick called with the map clicked */
    MapThumbnails(IntConsumer onPick) {
        this.onPick = onPick;
    }

    /**
     * Shows every map of {@code tensor} about {@code side} pixels wide, {@code selected} outlined,
     * on {@code scale} over {@code range} (null: each map over its own range).
     */
    void show(Tensor tensor, int selected, int side, ColorScale scale, ValueRange range) {
        shown = tensor.shape().vector() ? 1 : tensor.shape().channels();
        while (views.size() < shown) {
            FeatureMapView view = new FeatureMapView();
            view.getStyleClass().add("thumbnail");
            int map = views.size();
            view.setChannel(map);
            view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> onPick.accept(map));
            views.add(view);
            getChildren().add(view);
        }
        int cell = Math.max(1, side / Math.max(tensor.shape().height(), tensor.shape().width()));
        for (int map = 0; map < views.size(); map++) {
            FeatureMapView view = views.get(map);
            boolean used = map < shown;
            view.setVisible(used);
            view.setManaged(used);
            if (used) {
                view.setCellSize(cell);
                view.setColorScale(scale);
                view.setRange(range);
                view.setTensor(tensor);
                view.setSelected(map == selected);
            }
        }
    }

    /**
     * The maps of {@code detail}'s first panel (its outputs, or dL/dOutput), in the panel's scale
     * and range (each map's own in per-map mode); hidden for a layer of one map or a vector, where
     * there is nothing to pick.
     */
    void showLayer(LayerDetail detail, int side) {
        boolean many = detail.mapCount() > 1;
        setVisible(many);
        setManaged(many);
        if (many) {
            DetailPanel first = detail.panels().get(0);
            show(first.tensor(), detail.map(), side, first.scale(),
                    detail.scaleMode() == ScaleMode.PER_MAP ? null : first.range());
        }
    }

    /** The pictures of the maps shown now, map 0 first. */
    List<FeatureMapView> views() {
        return List.copyOf(views.subList(0, shown));
    }
}
