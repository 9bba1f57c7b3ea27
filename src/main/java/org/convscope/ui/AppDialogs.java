package org.convscope.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.convscope.ui.overview.ModelLoadFailure;

/**
 * The app's message dialogs, in the current language and the app's style.
 *
 * <p>Their button is made here rather than taken from {@link ButtonType#OK}: JavaFX translates
 * its own buttons once, by the system locale, so they would not follow a language switch.
 */
final class AppDialogs {

    private AppDialogs() {
    }

    /** Says why a model file could not be opened, in the loader's words, and that nothing changed. */
    static Alert modelLoadFailed(Window owner, ModelLoadFailure failure) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, Messages.get("dialog.loadFailed.title"));
        alert.setHeaderText(Messages.get("dialog.loadFailed.header", failure.file().getFileName()));
        alert.setContentText(Messages.get("dialog.loadFailed.content", failure.message()));
        alert.getDialogPane().setId("load-failed-dialog");
        return alert;
    }

    /** What ConvScope is and what it runs on (useful when a teacher reports a problem). */
    static Alert about(Window owner) {
        Alert alert = alert(Alert.AlertType.INFORMATION, owner, Messages.get("dialog.about.title"));
        alert.setHeaderText("ConvScope"); // NOI18N: the product name
        alert.setContentText(Messages.get("dialog.about.content", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version")));
        alert.getDialogPane().setId("about-dialog");
        return alert;
    }

    private static Alert alert(Alert.AlertType type, Window owner, String title) {
        ButtonType close = new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(type, "", close);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.getDialogPane().getStylesheets().add(MainWindow.stylesheet());
        // Long loader messages wrap instead of widening the dialog past a projector's edge.
        alert.getDialogPane().setPrefWidth(720);
        return alert;
    }
}
