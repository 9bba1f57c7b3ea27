package org.convscope.ui.detail;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;

/** A layer detail panel alone on a stage, over one pass through a network: for the views' tests. */
final class DetailPaneStage {
    private DetailPaneStage() {
    }

    /** Shows a panel with {@code views} over {@code pass} on {@code stage}, {@code width} x {@code height}. */
    static LayerDetailPane show(Stage stage, Network network, PassTrace pass, LayerDetailViews views, double width,
            double height) {
        LayerDetailViewModel model = new LayerDetailViewModel();
        model.networkProperty().set(network);
        model.traceProperty().set(pass);
        LayerDetailPane pane = new LayerDetailPane(model, views);
        stage.setScene(new Scene(pane, width, height));
        stage.show();
        return pane;
    }

    /** The view {@code pane} shows now, or null. */
    static LayerDetailView view(LayerDetailPane pane) {
        return ((LayerDetailPaneSkin) pane.getSkin()).view();
    }
}
