package org.convscope.ui.maps;

import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.engine.Network;
import org.convscope.engine.Stepper;
import org.convscope.ui.Messages;

/**
 * Sample launcher: the shipped LeNet-5 on a synthetic digit in a {@link NetworkStrip}.
 * Right steps forward, Left back, L switches language. Arguments: the number of steps to start
 * at (default 6), optionally "zh" for Chinese and a {@link ScaleMode} name. Run through {@link Main}: JavaFX on the class path
 * needs a launcher that is not an Application.
 */
public class HelloNetworkStrip extends Application {

    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        int steps = args.isEmpty() ? 6 : Integer.parseInt(args.get(0));
        if (args.contains("zh")) {
            Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        }
        Network network = StripSamples.lenet5();
        Stepper stepper = StripSamples.stepper(network, 3, steps);
        NetworkStrip strip = StripSamples.strip(network, stepper);
        for (ScaleMode mode : ScaleMode.values()) {
            if (args.contains(mode.name())) {
                strip.setScaleMode(mode);
            }
        }
        Scene scene = new Scene(strip, 1280, 720);
        scene.getStylesheets().add(HelloNetworkStrip.class.getResource("/org/convscope/ui/convscope.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.RIGHT && stepper.canStepForward()) {
                stepper.next();
            } else if (e.getCode() == KeyCode.LEFT && stepper.canStepBack()) {
                stepper.previous();
            } else if (e.getCode() == KeyCode.L) {
                Messages.setLocale(Messages.getLocale().getLanguage().equals("zh") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
            }
            StripSamples.show(strip, stepper);
        });
        stage.setTitle("HelloNetworkStrip");
        stage.setScene(scene);
        stage.show();
    }

    /** Plain launcher, so the sample runs with JavaFX on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloNetworkStrip.class, args);
        }
    }
}
