package org.convscope.ui;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * What presenter mode does to the window (View > Presenter mode, F11): the stage goes full screen,
 * and the menu bar and the toolbar step aside until the pointer moves, so the projected picture is
 * the network, not the controls. Every step stays on the keyboard (the window's keys and the menu
 * accelerators do not need the bars on screen). The larger type is the stylesheets' part, under the
 * root's {@code presenter} style class that {@link Appearance} sets.
 *
 * <p>The bars hide after {@link #idleDelay()} without pointer movement, unless the pointer is over
 * them or a menu or the toolbar's choice list is open. Esc leaves presenter mode too (once no menu
 * wants it), and so does leaving full screen any other way, so the menu's check mark always tells
 * the truth.
 */
final class PresenterMode {
    /** How long the pointer must rest before the bars hide: long enough to reach a menu. */
    static final Duration DEFAULT_IDLE_DELAY = Duration.seconds(3);

    private final Appearance appearance;
    private final Stage stage;
    private final MenuBar menuBar;
    private final List<Node> bars;
    private final PauseTransition idleTimer;
    private final ReadOnlyBooleanWrapper barsShown = new ReadOnlyBooleanWrapper(this, "barsShown", true);
    private final EventHandler<MouseEvent> moved = e -> pointerMoved();
    private final EventHandler<KeyEvent> escape = this::leaveOnEscape;
    private boolean usesFullScreen = true;

    /**
     * @param bars      the nodes to hide while the pointer rests: the menu bar and the toolbar
     * @param idleDelay rest before they hide; tests pass a long one and call {@link #pointerRested()}
     */
    PresenterMode(Appearance appearance, Stage stage, MenuBar menuBar, List<Node> bars, Duration idleDelay) {
        this.appearance = appearance;
        this.stage = stage;
        this.menuBar = menuBar;
        this.bars = List.copyOf(bars);
        idleTimer = new PauseTransition(idleDelay);
        idleTimer.setOnFinished(e -> pointerRested());

        appearance.presenterModeProperty().addListener((o, old, on) -> apply(on));
        // Esc is ours, not the stage's: the stage would take it even when it only meant "close
        // this menu". Handled on the scene after the open menu or list had its chance (see leaveOnEscape).
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        // The window manager may still end full screen: presenter mode ends with it.
        stage.fullScreenProperty().addListener((o, old, full) -> {
            if (!full && appearance.isPresenterMode()) {
                appearance.setPresenterMode(false);
            }
        });
        // A filter: the strip's and the pad's own mouse handlers consume some moves.
        stage.sceneProperty().addListener((o, old, scene) -> watchPointer(old, scene));
        watchPointer(null, stage.getScene());
        for (Menu menu : menuBar.getMenus()) {
            // Closing a menu counts as movement: the bars stay for a full delay after it.
            menu.addEventHandler(Menu.ON_HIDDEN, e -> pointerMoved());
        }
    }

    private void watchPointer(Scene old, Scene scene) {
        if (old != null) {
            old.removeEventFilter(MouseEvent.MOUSE_MOVED, moved);
            old.removeEventFilter(MouseEvent.MOUSE_DRAGGED, moved);
            old.removeEventHandler(KeyEvent.KEY_PRESSED, escape);
        }
        if (scene != null) {
            scene.addEventFilter(MouseEvent.MOUSE_MOVED, moved);
            scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, moved);
            scene.addEventHandler(KeyEvent.KEY_PRESSED, escape);
        }
    }

    /** Esc leaves presenter mode, unless an open menu or list used it to close itself (then it arrives consumed). */
    private void leaveOnEscape(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && appearance.isPresenterMode()) {
            appearance.setPresenterMode(false);
            e.consume();
        }
    }

    /**
     * False keeps the window's size in presenter mode: the screenshots picture a 1280 x 720
     * window as full screen on a 720p projector, on a headless screen that is larger.
     */
    void setUsesFullScreen(boolean value) {
        usesFullScreen = value;
    }

    private void apply(boolean on) {
        if (on) {
            // Says how to leave in the current language, instead of JavaFX's "Press ESC to exit full-screen mode".
            stage.setFullScreenExitHint(Messages.get("presenter.exitHint"));
            if (usesFullScreen) {
                stage.setFullScreen(true);
            }
            pointerMoved(); // the bars stay for one delay, so whoever pressed F11 sees where they went
        } else {
            idleTimer.stop();
            showBars(true);
            stage.setFullScreen(false);
        }
    }

    /** The pointer moved: show the bars and start the delay again. Nothing happens outside presenter mode. */
    void pointerMoved() {
        if (!appearance.isPresenterMode()) {
            return;
        }
        showBars(true);
        idleTimer.playFromStart();
    }

    /** The delay passed without movement: hide the bars, unless someone is using them. Called by the timer. */
    void pointerRested() {
        if (!appearance.isPresenterMode()) {
            return;
        }
        if (inUse()) {
            idleTimer.playFromStart(); // look again later rather than pull a menu from under the pointer
            return;
        }
        showBars(false);
    }

    private boolean inUse() {
        boolean menuOpen = menuBar.getMenus().stream().anyMatch(Menu::isShowing);
        boolean hovered = bars.stream().anyMatch(Node::isHover);
        boolean listOpen = bars.stream().flatMap(bar -> bar.lookupAll(".choice-box").stream())
                .anyMatch(node -> node instanceof ChoiceBox<?> box && box.isShowing());
        return menuOpen || hovered || listOpen;
    }

    private void showBars(boolean shown) {
        for (Node bar : bars) {
            bar.setVisible(shown);
            // Unmanaged while hidden: the strip takes the room, not an empty band.
            bar.setManaged(shown);
        }
        barsShown.set(shown);
    }

    /** True while the menu bar and toolbar are on screen (always, outside presenter mode). */
    ReadOnlyBooleanProperty barsShownProperty() {
        return barsShown.getReadOnlyProperty();
    }

    boolean isBarsShown() {
        return barsShown.get();
    }

    Duration idleDelay() {
        return idleTimer.getDuration();
    }
}
