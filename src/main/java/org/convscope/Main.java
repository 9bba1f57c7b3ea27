package org.convscope;

import java.util.logging.Logger;
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
    /**
     * JavaFX warns at start that it was loaded from the class path rather than as modules: true
     * and harmless for a one-jar app, but alarming to a teacher reading the terminal. Only that
     * one message is filtered out; held in a field so the logger and its filter are not collected.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        // Before the commands too: screenshots starts JavaFX headless.
        JAVAFX.setFilter(log -> log.getMessage() == null
                || !log.getMessage().startsWith("Unsupported JavaFX configuration"));
        if (args.length > 0) {
            System.exit(Cli.run(args));
        }
        try {
            Application.launch(ConvScopeApp.class, args);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // Typically "Unable to open DISPLAY": a server or a terminal session without a screen.
            System.err.println("error: ConvScope cannot open its window (" + e.getMessage() + "). Without a display, "
                    + "use the headless commands: java -jar convscope.jar --help");
            System.exit(1);
        }
    }
}
