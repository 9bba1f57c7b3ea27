package org.convscope.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app (placeholder until the window lands in this same issue). */
public final class ConvScopeApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("ConvScope");
        stage.show();
    }
}
