package org.convscope.ui.detail;

import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.Stepper;
import org.convscope.model.ModelFormatException;
import org.convscope.model.ShippedModels;
import org.convscope.ui.Messages;
import org.convscope.ui.maps.NetworkStrip;

/**
 * Sample launcher: the shipped LeNet-5 on a synthetic digit, a {@link NetworkStrip} above a
 * {@link LayerDetailPane} wired as the main screen wires them. Right steps forward, Left back,
 * L switches language; click a layer, a map or a thumbnail to select it. Arguments: the number of
 * steps to start at (default 1), optionally "zh" for Chinese. Run through {@link Main}: JavaFX on
 * the class path needs a launcher that is not an Application.
 */
public class HelloLayerDetailPane extends Application {

    @Override
    public void start(Stage stage) throws ModelFormatException {
        var args = getParameters().getRaw();
        int steps = args.isEmpty() ? 1 : Integer.parseInt(args.get(0));
        if (args.contains("zh")) {
            Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        }
        Network network = ShippedModels.loadLenet5().network();
        Stepper stepper = new Stepper(network, SyntheticDigits.input(3, 7), Stepper.PREDICTED, Mode.INFERENCE);
        NetworkStrip strip = new NetworkStrip();
        strip.setNetwork(network);
        SimpleIntegerProperty stepLayer = new SimpleIntegerProperty(-1);
        Runnable show = () -> {
            strip.setTrace(stepper.current());
            strip.setHighlightedLayer(stepper.layerAt(stepper.position()));
            strip.setShowGradients(stepper.phaseAt(stepper.position()) == Stepper.Phase.BACKWARD);
            stepLayer.set(stepper.layerAt(stepper.position()));
        };
        for (int i = 0; i < steps && stepper.canStepForward(); i++) {
            stepper.next();
        }
        LayerDetailViewModel model = new LayerDetailViewModel();
        model.attachTo(strip, stepLayer);
        show.run();
        SplitPane split = new SplitPane(strip, new LayerDetailPane(model));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        Scene scene = new Scene(split, 900, 720);
        scene.getStylesheets().add(HelloLayerDetailPane.class.getResource("/org/convscope/ui/convscope.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.RIGHT && stepper.canStepForward()) {
                stepper.next();
            } else if (e.getCode() == KeyCode.LEFT && stepper.canStepBack()) {
                stepper.previous();
            } else if (e.getCode() == KeyCode.L) {
                Messages.setLocale(Messages.getLocale().getLanguage().equals("zh") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
            }
            show.run();
        });
        stage.setTitle("HelloLayerDetailPane");
        stage.setScene(scene);
        stage.show();
    }

    /** Plain launcher, so the sample runs with JavaFX on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloLayerDetailPane.class, args);
        }
    }
}
