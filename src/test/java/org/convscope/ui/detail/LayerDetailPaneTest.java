package org.convscope.ui.detail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.Stepper;
import org.convscope.model.ModelFormatException;
import org.convscope.model.ShippedModels;
import org.convscope.ui.Messages;
import org.convscope.ui.maps.NetworkStrip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The panel as a container: the registry decides which view explains a layer type, the generic
 * maps view is the default, and a view is replaced only when the type needs another one.
 */
@ExtendWith(ApplicationExtension.class)
class LayerDetailPaneTest {
    private final List<LayerDetail> shownByReluView = new ArrayList<>();
    private final List<Boolean> reluViewsDisposed = new ArrayList<>();
    private LayerDetailViewModel model;
    private LayerDetailPane pane;

    /** A stand-in for a type's own explainer (the activation plot to come): it records what it is shown. */
    private final class RecordingView implements LayerDetailView {
        private final Label node = new Label("relu view");
        private final int id = reluViewsDisposed.size();

        RecordingView() {
            reluViewsDisposed.add(false);
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void show(LayerDetail detail) {
            shownByReluView.add(detail);
        }

        @Override
        public void dispose() {
            reluViewsDisposed.set(id, true);
        }
    }

    @Start
    void start(Stage stage) throws ModelFormatException {
        Messages.setLocale(Locale.ENGLISH);
        Network network = ShippedModels.loadLenet5().network();
        Stepper stepper = new Stepper(network, SyntheticDigits.input(1, 7), Stepper.PREDICTED, Mode.INFERENCE);
        for (int i = 0; i < 6; i++) { // forward through maxpool2
            stepper.next();
        }
        // The app's own views for convolution and pooling, a recording stand-in for ReLU, and the
        // generic maps for every other type (in LeNet-5 every type has a view of its own by now).
        LayerDetailViews views = new LayerDetailViews(MapsDetailView::new)
                .register("conv2d", ConvolutionDetailView::new)
                .register("maxpool", PoolingDetailView::new)
                .register("relu", m -> new RecordingView());
        pane = DetailPaneStage.show(stage, network, stepper.current(), views, 800, 400);
        model = pane.getModel();
    }

    private LayerDetailView view() {
        return DetailPaneStage.view(pane);
    }

    @Test
    void eachTypeGetsItsRegisteredViewAndOthersTheMaps(FxRobot robot) {
        LayerDetailView.Factory fallback = MapsDetailView::new;
        LayerDetailViews registry = new LayerDetailViews(fallback).register("relu", m -> new RecordingView());
        assertSame(fallback, registry.factoryFor("softplus"), "a type without a view of its own gets the maps");
        for (String type : List.of("conv2d", "relu", "maxpool", "avgpool", "dropout", "flatten", "dense")) {
            assertNotSame(fallback, LayerDetailViews.standard().factoryFor(type), type + " has a view of its own");
        }
        robot.interact(() -> model.select(2, 1)); // maxpool1: the pooling view
        assertInstanceOf(PoolingDetailView.class, view());

        robot.interact(() -> model.select(1, 4)); // relu1
        assertInstanceOf(RecordingView.class, view());
        assertEquals("relu1", shownByReluView.get(0).name());
        assertEquals(4, shownByReluView.get(0).map());
        robot.interact(() -> model.selectMap(5));
        assertEquals(5, shownByReluView.get(shownByReluView.size() - 1).map(), "the same view gets the next snapshot");
        assertEquals(1, reluViewsDisposed.size());

        robot.interact(() -> model.select(0, NetworkStrip.NONE)); // conv1: the standard registry's convolution view
        LayerDetailView convolution = view();
        assertInstanceOf(ConvolutionDetailView.class, convolution);
        assertFalse(reluViewsDisposed.get(0), "the replaced view is kept, out of sight, for the next ReLU layer");
        robot.interact(() -> model.select(3, 2)); // conv2
        assertSame(convolution, view(), "one convolution view for both conv layers");
        assertEquals(2, ((ConvolutionDetailView) convolution).outputMap().getChannel());

        robot.interact(() -> model.select(4, 1)); // relu2: the ReLU view made for relu1, shown again
        assertEquals(1, reluViewsDisposed.size(), "not made again");
        assertEquals("relu2", shownByReluView.get(shownByReluView.size() - 1).name());
        robot.interact(() -> model.select(0, NetworkStrip.NONE));
        assertSame(convolution, view(), "and the convolution view too");
        assertEquals(1, pane.lookupAll(".convolution-detail-view").stream().filter(Node::isVisible).count()
                + pane.lookupAll(".pooling-detail-view").stream().filter(Node::isVisible).count(),
                "one view in sight");

        robot.interact(() -> pane.setSkin(new LayerDetailPaneSkin(pane))); // disposes the old skin
        assertTrue(reluViewsDisposed.get(0), "a skin let go lets go of every view it made");
    }

    @Test
    void anotherLayerOfTheSameTypeIsDrawnByTheSameView(FxRobot robot) {
        // How long this takes on the FX thread is measured by `bench --ui`, not here.
        robot.interact(() -> model.select(3, NetworkStrip.NONE));
        LayerDetailView conv2 = view();
        robot.interact(() -> model.select(0, 2)); // conv1: its padded input, 28 x 28 map and six thumbnails
        assertSame(conv2, view());
        assertEquals(2, ((ConvolutionDetailView) view()).outputMap().getChannel());
    }

    @Test
    void aKeptConvolutionViewStartsAfreshWhenItsTypeComesBack(FxRobot robot) {
        robot.interact(() -> model.select(3, NetworkStrip.NONE)); // conv2
        ConvolutionDetailView conv = (ConvolutionDetailView) view();
        int[] strongest = conv.windowCell();
        robot.interact(() -> conv.positionProperty().set(0)); // the student slides the window to the corner
        assertEquals(0, conv.windowCell()[0] + conv.windowCell()[1]);
        robot.interact(() -> model.select(2, NetworkStrip.NONE)); // maxpool1: another type
        robot.interact(() -> model.select(3, NetworkStrip.NONE)); // conv2 again, as the backward pass comes back
        assertSame(conv, view(), "the same view, kept");
        assertArrayEquals(strongest, conv.windowCell(), "but it starts again at the strongest cell, as a new view would");
    }

    @Test
    void thePoolingViewShowsTheSelectedMapOfMaxpool1(FxRobot robot) {
        robot.interact(() -> model.select(2, 4)); // maxpool1: 784 input cells, 196 routes, six thumbnails
        assertInstanceOf(PoolingDetailView.class, view());
        assertEquals(4, ((PoolingDetailView) view()).walkthrough().channel());
    }

    @Test
    void aLayerNotComputedYetShowsTheMessageInsteadOfAView(FxRobot robot) {
        robot.interact(() -> model.select(7, NetworkStrip.NONE)); // dense1, after the sixth step
        Label message = robot.lookup("#detail-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("Not computed yet: step forward to reach this layer.", message.getText());
        assertEquals("dense1", robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertTrue(pane.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("empty")));
    }
}
