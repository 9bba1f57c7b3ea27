package org.convscope.ui.detail;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.engine.Shape;
import org.convscope.ui.MathText;
import org.convscope.ui.Messages;

/**
 * Lays out a {@link LayerDetailPane}: the title lines, then either the message saying why nothing
 * is drawn or the type's view, in a scroll pane so that a small window scrolls rather than
 * squeezing it. The view is made when the selected layer's type needs another
 * factory, and otherwise kept and handed each new snapshot.
 */
public class LayerDetailPaneSkin extends SkinBase<LayerDetailPane> {
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label message = new Label();
    private final StackPane content = new StackPane();
    private final InvalidationListener detailChanged = o -> update();
    private LayerDetailView view;
    private LayerDetailView.Factory viewFactory;
    // Every view made so far, by factory, all kept in the scene and one of them shown. Stepping
    // through a pass changes the layer type at almost every step (conv, relu, pool, conv ...): a
    // view made and styled once is then only redrawn. A node taken out and put back, or a new
    // one, is restyled whole, which took about half of a step's time on the FX thread.
    private final Map<LayerDetailView.Factory, LayerDetailView> made = new LinkedHashMap<>();

    public LayerDetailPaneSkin(LayerDetailPane pane) {
        super(pane);
        title.getStyleClass().add("title");
        title.setId("detail-title");
        // The layer's name is never cut ("maxp..."): the description beside it wraps instead.
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        subtitle.getStyleClass().add("subtitle");
        subtitle.setId("detail-subtitle");
        subtitle.setWrapText(true);
        message.getStyleClass().add("message");
        message.setId("detail-message");
        message.setWrapText(true);
        content.getStyleClass().add("content");
        content.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        // Name and what the layer does on one line: every pixel of height goes to the map.
        HBox heading = new HBox(title, subtitle);
        heading.getStyleClass().add("heading");
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox.setHgrow(subtitle, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(heading, message, content);
        box.getStyleClass().add("box");
        box.setId("layer-detail-content"); // the screenshots command pictures it whole (ScreenShot.detailView)
        ScrollPane scroll = new ScrollPane(box);
        scroll.getStyleClass().add("detail-scroll");
        scroll.setFitToWidth(true);
        // Not fit to height: with too little room the panel scrolls, cells never go below 8 px.
        getChildren().add(scroll);
        pane.getModel().detailProperty().addListener(detailChanged);
        update();
    }

    /** The view shown now, or null; for tests. */
    LayerDetailView view() {
        return view;
    }

    private void update() {
        LayerDetailPane pane = getSkinnable();
        LayerDetail detail = pane.getModel().getDetail();
        boolean layer = detail.status() != LayerDetail.Status.NO_LAYER;
        title.setText(detail.name());
        title.setVisible(layer);
        title.setManaged(layer);
        subtitle.setVisible(layer);
        subtitle.setManaged(layer);
        if (layer) {
            subtitle.textProperty().bind(Messages.bind("detail.subtitle", Messages.binding(
                    () -> Messages.get("layer.type." + detail.type())), shapeText(detail.inputShape()),
                    shapeText(detail.outputShape())));
        }
        boolean shown = detail.status() == LayerDetail.Status.SHOWN;
        switch (detail.status()) {
            case NO_LAYER -> message.textProperty().bind(Messages.bind("detail.none"));
            case NOT_COMPUTED -> message.textProperty().bind(Messages.bind("detail.notComputed"));
            case NO_GRADIENT_YET -> message.textProperty().bind(Messages.bind("detail.noGradient"));
            case SHOWN -> {
                message.textProperty().unbind();
                message.setText("");
            }
        }
        message.setVisible(!shown);
        message.setManaged(!shown);
        content.setVisible(shown);
        content.setManaged(shown);
        pane.pseudoClassStateChanged(EMPTY, !shown);
        if (!shown) {
            return;
        }
        LayerDetailView.Factory factory = pane.getViews().factoryFor(detail.type());
        if (view == null || factory != viewFactory) {
            if (view != null) {
                view.hide();
            }
            viewFactory = factory;
            view = made.computeIfAbsent(factory, f -> {
                LayerDetailView fresh = f.create(pane.getModel());
                content.getChildren().add(fresh.node());
                return fresh;
            });
            for (LayerDetailView each : made.values()) {
                each.node().setVisible(each == view);
                each.node().setManaged(each == view);
            }
        }
        view.show(detail);
    }

    /** "6 × 28 × 28" as the strip and the model overview write shapes, "120" for a vector. */
    static String shapeText(Shape shape) {
        return MathText.shape(shape);
    }

    @Override
    public void dispose() {
        getSkinnable().getModel().detailProperty().removeListener(detailChanged);
        made.values().forEach(LayerDetailView::dispose);
        made.clear();
        content.getChildren().clear();
        view = null;
        subtitle.textProperty().unbind();
        message.textProperty().unbind();
        super.dispose();
    }
}
