package org.convscope.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.convscope.ui.overview.ModelLoadFailure;
import org.convscope.ui.overview.ModelOverviewView;
import org.convscope.ui.overview.ModelOverviewViewModel;

/**
 * The window ConvScope opens with, titled "ConvScope": the menus above the
 * {@linkplain ModelOverviewView model overview}. It turns menu commands into view-model calls and
 * shows the dialogs; it holds no state of its own beyond the folder of the last opened file.
 */
public final class MainWindow {
    private static final String TITLE = "ConvScope"; // NOI18N: the product name
    // Fills a 1280x720 projector; on a larger screen, leaves the rest of the desktop visible.
    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 800;

    private final Stage stage;
    private final ModelOverviewViewModel overview;
    private File lastDirectory;

    /**
     * @param stage    the window to fill
     * @param overview the model shown; its load failures become error dialogs
     * @param quit     what File > Quit does ({@code Platform::exit} in the app)
     */
    public MainWindow(Stage stage, ModelOverviewViewModel overview, Runnable quit) {
        this.stage = stage;
        this.overview = overview;
        overview.setOnLoadFailed(this::showLoadFailure);

        BorderPane root = new BorderPane(new ModelOverviewView(overview));
        root.setTop(new MainMenuBar(this::chooseAndOpenModel, quit, this::showAbout));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(PREFERRED_WIDTH, screen.getWidth()),
                Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
    }

    /** The app's theme: base font size and named colours, shared by the window and its dialogs. */
    static String stylesheet() {
        return MainWindow.class.getResource("convscope.css").toExternalForm();
    }

    public void show() {
        stage.show();
        // Otherwise the table takes the focus and boxes its first row, which reads as "selected"
        // on a projector. Tab still moves into the table.
        stage.getScene().getRoot().requestFocus();
    }

    /** Opens {@code file} as File > Open model... does once a file is chosen. */
    public void openModel(Path file) {
        File directory = file.toAbsolutePath().getParent().toFile();
        lastDirectory = directory.isDirectory() ? directory : null;
        overview.openModel(file);
    }

    private void chooseAndOpenModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("fileChooser.openModel.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("fileChooser.filter.models"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("fileChooser.filter.all"), "*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openModel(chosen.toPath());
        }
    }

    // show(), not showAndWait(): the dialog is modal either way, and the caller is not blocked.
    private void showLoadFailure(ModelLoadFailure failure) {
        AppDialogs.modelLoadFailed(stage, failure).show();
    }

    private void showAbout() {
        AppDialogs.about(stage).show();
    }
}
