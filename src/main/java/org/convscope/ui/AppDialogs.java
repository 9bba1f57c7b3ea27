package org.convscope.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.convscope.model.Refusal;
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
        alert.setContentText(Messages.get("dialog.loadFailed.content", reason(failure)));
        alert.getDialogPane().setId("load-failed-dialog");
        return alert;
    }

    /**
     * The refusal in the user's language where the loader gave one as data (the limits, a field
     * named twice, numbers that are not finite), else the loader's English message, which names
     * the exact field of a damaged file for whoever wrote it.
     */
    static String reason(ModelLoadFailure failure) {
        Refusal refusal = failure.refusal();
        if (refusal == null) {
            return failure.message();
        }
        Object[] args = refusal.args().toArray();
        if (refusal.kind() == Refusal.Kind.NOT_FINITE_OUTPUT) {
            args[0] = Messages.get("modelRefusal.probe." + args[0].toString().toLowerCase(Locale.ROOT));
        }
        return Messages.get("modelRefusal." + camelCase(refusal.kind().name()), args);
    }

    /** INPUT_TOO_LARGE as inputTooLarge, the bundles' style of key. */
    private static String camelCase(String constant) {
        StringBuilder key = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            key.append(key.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return key.toString();
    }

    /** Says that a model could not be saved and why; any earlier file at that place is unchanged. */
    static Alert saveFailed(Window owner, Path file, Exception error) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, Messages.get("dialog.saveFailed.title"));
        alert.setHeaderText(Messages.get("dialog.saveFailed.header", file.getFileName()));
        alert.setContentText(Messages.get("dialog.saveFailed.content",
                error.getMessage() != null ? error.getMessage() : error.toString()));
        alert.getDialogPane().setId("save-failed-dialog");
        return alert;
    }

    /** Says that the current view could not be exported as a PNG and why; any earlier file is unchanged. */
    static Alert exportFailed(Window owner, Path file, Exception error) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, Messages.get("dialog.exportFailed.title"));
        alert.setHeaderText(Messages.get("dialog.exportFailed.header", file.getFileName()));
        alert.setContentText(Messages.get("dialog.exportFailed.content",
                error.getMessage() != null ? error.getMessage() : error.toString()));
        alert.getDialogPane().setId("export-failed-dialog");
        return alert;
    }

    /**
     * Every key of the main screen, so a teacher can run a lesson from the keyboard. Key names stay
     * as printed on keyboards (Chinese keyboards label them the same); what they do is translated.
     */
    static Alert shortcuts(Window owner) {
        Alert alert = alert(Alert.AlertType.INFORMATION, owner, Messages.get("dialog.shortcuts.title"));
        alert.setHeaderText(Messages.get("dialog.shortcuts.title"));
        String[][] shortcuts = { // NOI18N for the key names
            {"\u2192 / Space", Messages.get("shortcuts.next")}, {"\u2190", Messages.get("shortcuts.previous")},
            {"P", Messages.get("shortcuts.play")}, {"R", Messages.get("shortcuts.reset")},
            {"Ctrl+Z", Messages.get("shortcuts.undo")}, {"Delete", Messages.get("shortcuts.clear")},
            {"Ctrl+O", Messages.get("shortcuts.open")}, {"Ctrl+S", Messages.get("shortcuts.save")},
            {"Ctrl+E", Messages.get("shortcuts.exportView")},
            {"Ctrl+Shift+E", Messages.get("shortcuts.exportLayerDetail")},
            {"Ctrl+Q", Messages.get("shortcuts.quit")},
            {"F1", Messages.get("shortcuts.help")}, {"F11", Messages.get("shortcuts.presenter")},
            {"D", Messages.get("shortcuts.layerDetail")}, {"F", Messages.get("shortcuts.focus")}};
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int row = 0; row < shortcuts.length; row++) {
            Label key = new Label(shortcuts[row][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(row, key, new Label(shortcuts[row][1]));
        }
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcuts-dialog");
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
        // A dialog is a scene of its own: it takes the owner's stylesheets (base and theme) and,
        // in presenter mode, its large type, so it looks like the window it belongs to.
        Scene ownerScene = owner == null ? null : owner.getScene();
        if (ownerScene != null && !ownerScene.getStylesheets().isEmpty()) {
            alert.getDialogPane().getStylesheets().setAll(ownerScene.getStylesheets());
            if (ownerScene.getRoot().getStyleClass().contains(Appearance.PRESENTER_STYLE_CLASS)) {
                alert.getDialogPane().getStyleClass().add(Appearance.PRESENTER_STYLE_CLASS);
            }
        } else {
            alert.getDialogPane().getStylesheets().add(MainWindow.stylesheet());
        }
        // Long loader messages wrap instead of widening the dialog past a projector's edge.
        alert.getDialogPane().setPrefWidth(720);
        return alert;
    }
}
