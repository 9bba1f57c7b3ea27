package org.convscope.ui.draw;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.convscope.model.ShippedModels;
import org.convscope.ui.BackgroundTasks;

/**
 * Sample launcher for the draw pad, the preview and the probability bars, wired to the shipped
 * LeNet-5: {@code java -cp <test and runtime classpath> org.convscope.ui.draw.HelloDrawPad}.
 * A plain class whose main launches the application, since an Application subclass as the main
 * class fails on the class path ("JavaFX runtime components are missing").
 * The TestFX tests build their scene with {@link #create}, so they test what the sample shows.
 */
public final class HelloDrawPad {
    static final String THEME = "/org/convscope/ui/convscope.css";

    private HelloDrawPad() {
    }

    /** The pad and preview on the left, the bars on the right, over {@code viewModel}. */
    static Parent create(DrawingViewModel viewModel) {
        DrawingPane drawing = new DrawingPane(viewModel);
        ProbabilityBars bars = new ProbabilityBars();
        bars.setId("probability-bars");
        bars.probabilitiesProperty().bind(viewModel.probabilitiesProperty());
        Label predicted = new Label();
        predicted.setId("predicted");
        predicted.textProperty().bind(viewModel.predictedClassProperty().asString("predicted: %d")); // NOI18N: sample only
        VBox right = new VBox(12, bars, predicted);
        right.setPadding(new Insets(12));
        BorderPane root = new BorderPane(drawing);
        root.setRight(right);
        return root;
    }

    static Scene scene(Parent root) {
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(HelloDrawPad.class.getResource(THEME).toExternalForm());
        return scene;
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The sample's application. */
    public static final class App extends Application {
        private ExecutorService worker;

        @Override
        public void start(Stage stage) throws Exception {
            worker = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "classifier");
                t.setDaemon(true);
                return t;
            });
            DrawingViewModel viewModel = new DrawingViewModel(new BackgroundTasks(worker, Platform::runLater),
                    DrawPad.LOGICAL_SIZE, ShippedModels.loadLenet5().network());
            stage.setScene(scene(create(viewModel)));
            stage.setTitle("HelloDrawPad"); // NOI18N: sample window
            stage.show();
        }

        @Override
        public void stop() {
            worker.shutdownNow();
        }
    }
}
