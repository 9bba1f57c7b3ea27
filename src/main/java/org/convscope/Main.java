package org.convscope;

import javafx.application.Application;
import org.convscope.cli.Cli;
import org.convscope.ui.ConvScopeApp;

/**
 * Entry point of the jar. With no argument it starts the app; with a command it runs headless
 * ({@code --help} lists the commands).
 *
 * <p>Deliberately not an {@link Application} subclass: when the main class extends Application
 * and JavaFX sits on the class path (as in the one-jar build), the launcher refuses to start with
 * "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(ConvScopeApp.class, args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
