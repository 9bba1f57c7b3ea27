package org.convscope.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The main window's menus: File (Open model..., Save model as..., Export current view as PNG..., Quit),
 * View (Theme, Presenter mode, Layer detail, Reset layout, Language) and Help (Keyboard shortcuts, About).
 * Every menu and item has an id ({@code menu-file}, {@code menu-open-model} ...) for tests; the
 * language items are named in their own language and switch {@link Messages} directly.
 */
final class MainMenuBar extends MenuBar {

    MainMenuBar(Runnable openModel, Runnable saveModel, Runnable exportView, Runnable exportLayerDetail,
            ObservableBooleanValue canExportLayerDetail, Runnable quit, Runnable showShortcuts, Runnable showAbout,
            Appearance appearance, Runnable resetLayout) {
        MenuItem exportDetail = item("menu-export-layer-detail", Messages.bind("menu.file.exportLayerDetail"),
                "Shortcut+Shift+E", exportLayerDetail);
        exportDetail.disableProperty().bind(Bindings.not(canExportLayerDetail));
        getMenus().addAll(
                menu("menu-file", Messages.bind("menu.file"),
                        item("menu-open-model", Messages.bind("menu.file.open"), "Shortcut+O", openModel),
                        item("menu-save-model", Messages.bind("menu.file.save"), "Shortcut+S", saveModel),
                        item("menu-export-view", Messages.bind("menu.file.exportView"), "Shortcut+E", exportView),
                        exportDetail,
                        new SeparatorMenuItem(),
                        item("menu-quit", Messages.bind("menu.file.quit"), "Shortcut+Q", quit)),
                menu("menu-view", Messages.bind("menu.view"), themeMenu(appearance), presenterItem(appearance),
                        layerDetailItem(appearance),
                        // No key: a reset is rare, and a stray key press must not undo a chosen layout.
                        item("menu-reset-layout", Messages.bind("menu.view.resetLayout"), null, resetLayout),
                        new SeparatorMenuItem(), languageMenu()),
                menu("menu-help", Messages.bind("menu.help"),
                        item("menu-shortcuts", Messages.bind("menu.help.shortcuts"), "F1", showShortcuts),
                        item("menu-about", Messages.bind("menu.help.about"), null, showAbout)));
    }

    private static Menu languageMenu() {
        Menu menu = menu("menu-language", Messages.bind("menu.view.language"));
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId("menu-language-" + language.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setUserData(language);
            item.setSelected(language == Messages.getLanguage());
            item.setOnAction(event -> Messages.setLanguage(language));
            menu.getItems().add(item);
        }
        // Tick the current language whenever the menu opens rather than listening to the
        // (static) locale property, which would keep every window ever built alive.
        menu.setOnShowing(event -> group.getToggles()
                .forEach(toggle -> toggle.setSelected(toggle.getUserData() == Messages.getLanguage())));
        return menu;
    }

    /** Radio items for the themes, kept in step with {@code appearance} both ways (tests and the menu set it). */
    private static Menu themeMenu(Appearance appearance) {
        Menu menu = menu("menu-theme", Messages.bind("menu.view.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("menu-theme-" + theme.id());
            item.textProperty().bind(Messages.bind("menu.view.theme." + theme.id()));
            item.setToggleGroup(group);
            item.setUserData(theme);
            item.setSelected(theme == appearance.getTheme());
            item.setOnAction(event -> appearance.setTheme(theme));
            menu.getItems().add(item);
        }
        // Window and menu live and die together, so listening to the window's own model leaks nothing.
        appearance.themeProperty().addListener((o, old, now) -> group.getToggles()
                .forEach(toggle -> toggle.setSelected(toggle.getUserData() == now)));
        return menu;
    }

    /** F11: a check item bound both ways to presenter mode, so leaving full screen by Esc clears its mark. */
    private static CheckMenuItem presenterItem(Appearance appearance) {
        CheckMenuItem item = new CheckMenuItem();
        item.setId("menu-presenter-mode");
        item.textProperty().bind(Messages.bind("menu.view.presenter"));
        item.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        item.selectedProperty().bindBidirectional(appearance.presenterModeProperty());
        return item;
    }

    private static CheckMenuItem layerDetailItem(Appearance appearance) {
        CheckMenuItem item = new CheckMenuItem();
        item.setId("menu-layer-detail");
        item.textProperty().bind(Messages.bind("menu.view.layerDetail"));
        // A plain letter, like the stepper's P and R: the main window has no text field to type it into.
        item.setAccelerator(new KeyCodeCombination(KeyCode.D));
        item.selectedProperty().bindBidirectional(appearance.layerDetailProperty());
        return item;
    }

    private static Menu menu(String id, StringBinding text, MenuItem... items) {
        Menu menu = new Menu();
        menu.setId(id);
        menu.textProperty().bind(text);
        menu.getItems().addAll(items);
        return menu;
    }

    private static MenuItem item(String id, StringBinding text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
