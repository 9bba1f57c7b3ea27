package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import org.convscope.ui.overview.ModelLoading;
import org.convscope.ui.overview.ModelOrigin;
import org.convscope.ui.overview.ModelOverviewViewModel;
import org.convscope.ui.settings.Settings;
import org.convscope.ui.settings.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the app opens it, with a settings file in a temporary folder: what the teacher
 * chose is there again in the next window; a damaged file, a model file that is gone and a window on
 * an unplugged screen still give a usable window; View > Reset layout gives the default one.
 */
@ExtendWith(ApplicationExtension.class)
class RememberedSettingsTest {
    @TempDir
    Path dir;
    private final List<Stage> stages = new ArrayList<>();

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> {
            stages.forEach(Stage::close);
            Messages.setLocale(Locale.ENGLISH);
        });
    }

    private SettingsStore store() {
        return SettingsStore.at(dir.resolve("settings.json"));
    }

    /** Opens and shows a window as ConvScopeApp does, on tasks and saves that finish at once. */
    private RememberedSettings open(FxRobot robot) {
        RememberedSettings[] opened = new RememberedSettings[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            stages.add(stage);
            ModelOverviewViewModel overview = new ModelOverviewViewModel(BackgroundTasks.sameThread());
            opened[0] = RememberedSettings.open(stage, store(), overview, BackgroundTasks.sameThread(),
                    ModelLoading.shippedModel(), Runnable::run, () -> { });
            opened[0].window().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return opened[0];
    }

    private static double divider(Stage stage) {
        SplitPane split = (SplitPane) stage.getScene().lookup("#network-split");
        return split.getDividerPositions()[0];
    }

    private static String status(Stage stage) {
        return ((Label) stage.getScene().lookup("#step-status")).getText();
    }

    @Test
    void whatWasChosenIsThereInTheNextWindow(FxRobot robot) throws IOException {
        RememberedSettings first = open(robot);
        Stage stage = first.window().stage();
        Appearance appearance = first.window().appearance();
        robot.interact(() -> {
            stage.setX(60);
            stage.setY(40);
            // Wider than 1280 px: there the open panel shares the height with the strip (no focus layout).
            stage.setWidth(1400);
            stage.setHeight(800);
            Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
            appearance.setTheme(Theme.DARK);
            appearance.setLayerDetail(true);
        });
        // Dragged by hand, 100 px down from where the panel opened.
        double before = divider(stage);
        Node handle = stage.getScene().lookup("#network-split .split-pane-divider");
        robot.drag(handle).moveBy(0, 100).release(MouseButton.PRIMARY);
        double dragged = divider(stage);
        assertTrue(dragged > before + 0.05, before + " -> " + dragged);
        assertEquals(dragged, appearance.getDetailDivider(), 1e-9);
        robot.interact(() -> appearance.setPresenterMode(true));
        assertTrue(stage.isFullScreen());
        robot.interact(stage::close);

        Settings saved = store().load();
        assertEquals(new Settings(Language.SIMPLIFIED_CHINESE, Theme.DARK, true, true, dragged,
                new Settings.WindowPlace(60, 40, 1400, 800, false), null), saved, "what the file holds");

        robot.interact(() -> Messages.setLocale(Locale.ENGLISH)); // the next window must take it from the file
        RememberedSettings second = open(robot);
        Stage again = second.window().stage();
        Appearance restored = second.window().appearance();
        assertEquals(Language.SIMPLIFIED_CHINESE, Messages.getLanguage());
        assertEquals("视图(_V)", menu(again, "menu-view").getText());
        assertEquals(Theme.DARK, restored.getTheme());
        assertTrue(again.getScene().getStylesheets().contains(Theme.DARK.stylesheet()));
        assertTrue(restored.isPresenterMode());
        assertTrue(again.isFullScreen(), "presenter mode is full screen again");
        assertTrue(restored.isLayerDetail());
        assertEquals(dragged, restored.getDetailDivider(), 1e-9);
        robot.interact(() -> restored.setPresenterMode(false));
        assertEquals(dragged, divider(again), 0.01, "the divider where it was dragged");
        assertEquals(new Rectangle2D(60, 40, 1400, 800),
                new Rectangle2D(again.getX(), again.getY(), again.getWidth(), again.getHeight()),
                "after presenter mode, the window's own place and size");
    }

    @Test
    void aMaximizedWindowComesBackMaximizedAndKeepsItsOwnSize(FxRobot robot) throws IOException {
        store().save(new Settings(null, Theme.LIGHT, false, false, 0.38,
                new Settings.WindowPlace(30, 20, 1000, 650, true), null));
        Stage stage = open(robot).window().stage();
        assertTrue(stage.isMaximized());
        robot.interact(stage::close);
        assertEquals(new Settings.WindowPlace(30, 20, 1000, 650, true), store().load().window(),
                "the normal size, not the maximized one");
    }

    @Test
    void aChangeIsSavedSoonWithoutClosingTheWindow(FxRobot robot) {
        RememberedSettings window = open(robot);
        robot.interact(() -> window.window().appearance().setTheme(Theme.HIGH_CONTRAST));
        WaitForAsyncUtils.sleep(RememberedSettings.SAVE_DELAY_MS + 500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.HIGH_CONTRAST, store().load().theme());
    }

    @Test
    void aCorruptFileStartsWithTheDefaults(FxRobot robot) throws IOException {
        Files.writeString(store().file(), "{\"theme\": \"dark\", \"theme\": \"dark\", \"layerDetail\": tr");
        RememberedSettings window = open(robot);
        Appearance appearance = window.window().appearance();
        assertEquals(Theme.LIGHT, appearance.getTheme());
        assertFalse(appearance.isPresenterMode());
        assertFalse(appearance.isLayerDetail());
        assertEquals(Appearance.DEFAULT_DETAIL_DIVIDER, appearance.getDetailDivider());
        assertEquals(Language.ENGLISH, Messages.getLanguage());
        assertInstanceOf(ModelOrigin.Shipped.class, window.window().overviewModel().getLoadedModel().origin());
        assertTrue(window.window().stage().isShowing());
    }

    @Test
    void aWindowOnAScreenThatIsGoneOpensOnOneThatIsThere(FxRobot robot) throws IOException {
        store().save(Settings.DEFAULTS.withLastModel(null));
        store().save(new Settings(null, Theme.LIGHT, false, false, 0.38,
                new Settings.WindowPlace(5000, -3000, 1280, 720, false), null));
        Stage stage = open(robot).window().stage();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(screen.contains(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())),
                stage.getX() + ", " + stage.getY() + " on " + screen);
        assertEquals(1280, stage.getWidth());
    }

    @Test
    void aRememberedModelThatIsGoneGivesTheShippedModelAndTheStatusSaysSo(FxRobot robot) throws IOException {
        Path gone = dir.resolve("lenet5-class3.json");
        store().save(Settings.DEFAULTS.withLastModel(gone));
        RememberedSettings window = open(robot);
        Stage stage = window.window().stage();
        assertInstanceOf(ModelOrigin.Shipped.class, window.window().overviewModel().getLoadedModel().origin());
        assertTrue(status(stage).startsWith("The model file opened last time, \u201clenet5-class3.json\u201d, is no "
                + "longer there: the shipped model is shown."), status(stage));
        robot.interact(() -> Messages.setLanguage(Language.SIMPLIFIED_CHINESE));
        assertTrue(status(stage).startsWith("上次打开的模型文件“lenet5-class3.json”已不存在，现在显示的是内置模型。"
                + Messages.get("stepper.status.nothingDrawn")), status(stage));
        robot.interact(() -> ShippedModelWindow.draw(stage, 2));
        assertFalse(status(stage).contains("lenet5-class3.json"), "the first stroke ends the notice");
        robot.interact(stage::close);
        assertNull(store().load().lastModel(), "the next start does not try it again");
    }

    @Test
    void aRememberedModelThatIsRefusedGivesTheShippedModelAndTheStatusSaysWhy(FxRobot robot) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"convscope-model\"");
        store().save(Settings.DEFAULTS.withLastModel(broken));
        RememberedSettings window = open(robot);
        assertInstanceOf(ModelOrigin.Shipped.class, window.window().overviewModel().getLoadedModel().origin());
        String status = status(window.window().stage());
        assertTrue(status.startsWith("The model file opened last time, \u201cbroken.json\u201d, cannot be used ("), status);
    }

    @Test
    void aModelFileOpenedIsOpenedAgainAtTheNextStart(FxRobot robot) throws IOException {
        Path file = dir.resolve("mine.json");
        Model shipped = ModelLoading.startup(ModelLoading.shippedModel()).model();
        ModelFile.save(shipped.network(), shipped.metadata(), file);
        RememberedSettings first = open(robot);
        robot.interact(() -> first.window().openModel(file));
        robot.interact(() -> first.window().stage().close());
        assertEquals(file.toAbsolutePath(), store().load().lastModel());
        RememberedSettings second = open(robot);
        assertEquals(new ModelOrigin.OpenedFile(file), second.window().overviewModel().getLoadedModel().origin());
        assertFalse(status(second.window().stage()).contains("mine.json"));
    }

    @Test
    void resetLayoutGivesTheDefaultLayoutAndKeepsLanguageAndModel(FxRobot robot) throws IOException {
        Path gone = dir.resolve("gone.json");
        store().save(new Settings(Language.SIMPLIFIED_CHINESE, Theme.HIGH_CONTRAST, true, true, 0.7,
                new Settings.WindowPlace(10, 10, 900, 600, false), gone));
        RememberedSettings window = open(robot);
        Stage stage = window.window().stage();
        Appearance appearance = window.window().appearance();
        assertTrue(appearance.isPresenterMode());
        MenuItem reset = item(stage, "menu-view", "menu-reset-layout");
        assertEquals("重置布局(_R)", reset.getText());
        robot.interact(reset::fire);
        assertEquals(Theme.LIGHT, appearance.getTheme());
        assertFalse(appearance.isPresenterMode());
        assertFalse(stage.isFullScreen());
        assertFalse(appearance.isLayerDetail());
        assertEquals(Appearance.DEFAULT_DETAIL_DIVIDER, appearance.getDetailDivider());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(MainWindow.preferredExtent(1280, screen.getWidth()), stage.getScene().getWidth(), 1);
        assertEquals(Language.SIMPLIFIED_CHINESE, Messages.getLanguage(), "the language stays");
        robot.interact(() -> appearance.setLayerDetail(true));
        assertEquals(Appearance.DEFAULT_DETAIL_DIVIDER, divider(stage), 0.01, "the panel opens at the default divider");
        robot.interact(stage::close);
        Settings saved = store().load();
        assertEquals(Theme.LIGHT, saved.theme());
        assertEquals(Language.SIMPLIFIED_CHINESE, saved.language());
    }

    private static Menu menu(Stage stage, String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    private static MenuItem item(Stage stage, String menuId, String id) {
        return menu(stage, menuId).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
