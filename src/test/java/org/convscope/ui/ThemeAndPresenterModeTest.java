package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.convscope.ui.draw.DrawPad;
import org.convscope.ui.draw.PadDigits;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.FeatureMapViewSkin;
import org.convscope.ui.overview.ModelLoading;
import org.convscope.ui.overview.ModelOverviewViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * View > Theme and View > Presenter mode on the real main window, headless. Colours are read back
 * from the scene graph after CSS has been applied, so a theme that does not reach a view (a
 * hard-coded colour, a looked-up colour missing from a theme) fails here.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeAndPresenterModeTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        ModelOverviewViewModel overview = new ModelOverviewViewModel(BackgroundTasks.sameThread());
        window = new MainWindow(stage, overview, BackgroundTasks.sameThread(), () -> { });
        overview.loadStartupModel(ModelLoading.shippedModel());
        window.show();
    }

    @AfterEach
    void backToDefaults(FxRobot robot) {
        robot.interact(() -> {
            window.appearance().setPresenterMode(false);
            Messages.setLocale(Locale.ENGLISH);
        });
    }

    @Test
    void highContrastMakesTheBackgroundBlackAndTheTextWhite(FxRobot robot) {
        Parent root = stage.getScene().getRoot();
        assertNotEquals(Color.BLACK, backgroundOf((Region) root), "the light theme is not black");
        assertTrue(brightness(stripName(robot).getTextFill()) < 0.5, "dark text in the light theme");

        robot.interact(() -> window.appearance().setTheme(Theme.HIGH_CONTRAST));
        applyCss(robot);

        assertEquals(Color.BLACK, backgroundOf((Region) root));
        assertEquals(Color.WHITE, stripName(robot).getTextFill(), "a layer's name in the strip");
        assertEquals(Color.WHITE, firstOf(robot, "#probability-bars .digit", Label.class).getTextFill(),
                "a class digit of the bars");
        assertEquals(Color.WHITE, firstOf(robot, "#network-strip .type", Label.class).getTextFill(),
                "muted text is white too in high contrast");
        assertTrue(brightness(firstOf(robot, "#draw-pad .hint", Label.class).getTextFill()) < 0.5,
                "the pad's hint stays dark: it lies on the white paper");
        assertTrue(brightness(firstOf(robot, ".digit-preview .nothing-drawn", Label.class).getTextFill()) < 0.5,
                "so does \"Nothing drawn\" on the white input");
        Region track = firstOf(robot, "#probability-bars .track", Region.class);
        assertTrue(brightness(backgroundOf(track)) < 0.3, "a bar's empty track is dark, not a light panel");
    }

    @Test
    void theDataKeepsItsColoursInEveryTheme(FxRobot robot) {
        robot.interact(() -> PadDigits.strokes(3).forEach(window.drawingPane().getPad()::addStroke));
        robot.push(KeyCode.RIGHT); // conv1: signed values on the blue-white-red scale
        FeatureMapView map = robot.lookup("#network-strip .feature-map-view")
                .match(node -> ((FeatureMapView) node).getTensor() != null).queryAs(FeatureMapView.class);
        int[] light = pixels(robot, map);
        DrawPad pad = window.drawingPane().getPad();

        for (Theme theme : List.of(Theme.DARK, Theme.HIGH_CONTRAST)) {
            robot.interact(() -> window.appearance().setTheme(theme));
            applyCss(robot);
            assertArrayEquals(light, pixels(robot, map), "the feature map's colours in " + theme);
            javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
            // The paper canvas itself; its drop shadow widens the snapshot by a few pixels on each side.
            robot.interact(() -> shot[0] = pad.lookup(".canvas").snapshot(null, null));
            Color paper = shot[0].getPixelReader().getColor(20, 20);
            assertEquals(Color.WHITE, paper, "the pad's paper stays white in " + theme);
        }
    }

    private static int[] pixels(FxRobot robot, FeatureMapView map) {
        javafx.scene.image.Image image = ((FeatureMapViewSkin) map.getSkin()).image();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height,
                javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    @Test
    void theMenuSwitchesToDarkAndDialogsOpenedAfterwardsFollow(FxRobot robot) {
        // Into the submenu along its first row, then down: a diagonal path would cross "Presenter mode".
        robot.clickOn("#menu-view").clickOn("#menu-theme").moveTo("#menu-theme-light").clickOn("#menu-theme-dark");
        applyCss(robot);

        assertEquals(Theme.DARK, window.appearance().getTheme());
        double background = brightness(backgroundOf((Region) stage.getScene().getRoot()));
        assertTrue(background > 0.05 && background < 0.25, "dark grey, not black: " + background);
        assertTrue(brightness(stripName(robot).getTextFill()) > 0.8, "light text on the dark strip");
        assertTrue(brightness(firstOf(robot, "#probability-bars .digit", Label.class).getTextFill()) > 0.8);

        robot.push(KeyCode.F1);
        DialogPane dialog = robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
        try {
            assertTrue(brightness(backgroundOf(dialog)) < 0.25, "the dialog is dark as well");
            Label key = robot.from(dialog).lookup(".shortcut-key").queryAs(Label.class);
            assertTrue(brightness(key.getTextFill()) > 0.8, "and its text light");
            List<String> keys = robot.from(dialog).lookup(".shortcut-key").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList();
            assertTrue(keys.contains("F11"), "F11 is listed: " + keys);
        } finally {
            robot.interact(() -> dialog.getScene().getWindow().hide());
        }
        RadioMenuItem dark = (RadioMenuItem) menuItem(robot, "menu-theme-dark");
        assertTrue(dark.isSelected(), "the menu marks the theme in force");
    }

    @Test
    void f11EntersPresenterModeWithLargeTypeBigCellsAndFullScreen(FxRobot robot) {
        robot.interact(() -> PadDigits.strokes(3).forEach(window.drawingPane().getPad()::addStroke));
        robot.push(KeyCode.RIGHT); // conv1's six 28 x 28 maps are drawn
        FeatureMapView conv1Map = robot.lookup("#network-strip .feature-map-view")
                .match(node -> ((FeatureMapView) node).getTensor() != null
                        && ((FeatureMapView) node).getTensor().shape().height() == 28
                        && ((FeatureMapView) node).getTensor().shape().channels() == 6)
                .queryAs(FeatureMapView.class);
        Label type = firstOf(robot, "#network-strip .type", Label.class);
        assertTrue(type.getFont().getSize() < 18, "the strip's small print is small outside presenter mode");

        robot.push(KeyCode.F11);
        applyCss(robot);

        assertTrue(window.appearance().isPresenterMode());
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("presenter"));
        assertTrue(stage.isFullScreen(), "the stage is full screen");
        assertTrue(((CheckMenuItem) menuItem(robot, "menu-presenter-mode")).isSelected());
        assertTrue(type.getFont().getSize() >= 18, "small print is at least 18 px: " + type.getFont().getSize());
        Label status = robot.lookup("#step-status").queryAs(Label.class);
        assertTrue(status.getFont().getSize() >= 18, "body text");
        assertTrue(stripName(robot).getFont().getSize() >= 28, "layer names are headings");
        robot.interact(() -> { });
        int pixels = ((FeatureMapViewSkin) conv1Map.getSkin()).pixelsPerCell();
        assertTrue(pixels >= 8, "feature-map cells are at least 8 px: " + pixels);

        robot.push(KeyCode.D); // the detail panel grows with the rest
        applyCss(robot);
        assertTrue(firstOf(robot, "#layer-detail .title", Label.class).getFont().getSize() >= 28, "its heading");
        // conv1's convolution view: its captions, formula lines and value line.
        for (String part : List.of(".subtitle", ".convolution-detail-view .caption", ".formula-line", ".hover-value")) {
            double size = firstOf(robot, "#layer-detail " + part, Label.class).getFont().getSize();
            assertTrue(size >= 18, part + " is at least 18 px: " + size);
        }
        assertTrue(firstOf(robot, "#layer-detail .formula-line.result", Label.class).getFont().getSize() >= 28,
                "the output value the formula is for");
        robot.push(KeyCode.D);

        robot.push(KeyCode.F11);
        assertFalse(window.appearance().isPresenterMode(), "F11 again leaves presenter mode");
        assertFalse(stage.isFullScreen());
        assertFalse(stage.getScene().getRoot().getStyleClass().contains("presenter"));
    }

    @Test
    void theBarsHideWhenThePointerRestsAndComeBackWhenItMoves(FxRobot robot) {
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Node toolBar = robot.lookup(".stepper-toolbar").query();
        robot.interact(() -> PadDigits.strokes(3).forEach(window.drawingPane().getPad()::addStroke));
        robot.interact(() -> window.appearance().setPresenterMode(true));
        PresenterMode presenter = window.presenterMode();
        assertTrue(menuBar.isVisible() && toolBar.isVisible(), "shown at first, so the teacher sees where they go");
        assertEquals(3, presenter.idleDelay().toSeconds(), 1e-9);

        robot.moveTo(window.drawingPane().getPad());
        robot.interact(presenter::pointerRested); // stands in for the 3 s timer
        assertFalse(menuBar.isVisible() || toolBar.isVisible(), "hidden after the pointer rested");
        assertFalse(menuBar.isManaged(), "and their room goes to the strip");

        robot.push(KeyCode.RIGHT);
        assertEquals(1, window.stepper().getPosition(), "the keys still step while the bars are hidden");

        robot.moveBy(30, 10);
        assertTrue(menuBar.isVisible() && toolBar.isVisible(), "a pointer move brings them back");

        robot.moveTo(toolBar);
        robot.interact(presenter::pointerRested);
        assertTrue(toolBar.isVisible(), "not hidden from under the pointer");

        robot.interact(() -> window.appearance().setPresenterMode(false));
        robot.interact(() -> window.appearance().setPresenterMode(true));
        robot.interact(presenter::pointerRested);
        // The pointer is still over the toolbar: move it off before the rest, as a teacher would.
        robot.moveTo(window.drawingPane().getPad());
        robot.interact(presenter::pointerRested);
        assertFalse(menuBar.isVisible());
        robot.push(KeyCode.F11);
        assertFalse(window.appearance().isPresenterMode(), "F11 works while the menu bar is hidden");
        assertTrue(menuBar.isVisible() && menuBar.isManaged(), "and brings the bars back for good");
    }

    @Test
    void anOpenMenuKeepsTheBarsUntilItCloses(FxRobot robot) {
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> window.appearance().setPresenterMode(true));
        PresenterMode presenter = window.presenterMode();
        robot.clickOn("#menu-help");
        robot.moveTo("#menu-about"); // off the bar, onto the open menu's item
        robot.interact(presenter::pointerRested);
        assertTrue(menuBar.isVisible(), "an open menu is not pulled from under the pointer");

        robot.push(KeyCode.ESCAPE);
        assertFalse(menuBar.getMenus().get(2).isShowing(), "Esc closes the menu");
        assertTrue(window.appearance().isPresenterMode(), "and only the menu");
        robot.moveTo(window.drawingPane().getPad());
        robot.interact(presenter::pointerRested);
        assertFalse(menuBar.isVisible(), "closed menu, resting pointer: the bars go");
    }

    @Test
    void leavingFullScreenOtherwiseLeavesPresenterModeAndClearsTheMark(FxRobot robot) {
        robot.interact(() -> window.appearance().setPresenterMode(true));
        assertTrue(stage.isFullScreen());

        robot.interact(() -> stage.setFullScreen(false)); // as the window manager may do
        assertFalse(window.appearance().isPresenterMode());
        assertFalse(((CheckMenuItem) menuItem(robot, "menu-presenter-mode")).isSelected());
        assertFalse(stage.getScene().getRoot().getStyleClass().contains("presenter"));

        robot.interact(() -> window.appearance().setPresenterMode(true));
        robot.push(KeyCode.ESCAPE);
        assertFalse(window.appearance().isPresenterMode(), "Esc leaves presenter mode");
        assertFalse(stage.isFullScreen());
        assertFalse(((CheckMenuItem) menuItem(robot, "menu-presenter-mode")).isSelected());
    }

    @Test
    void theNewMenuItemsAreTranslated(FxRobot robot) {
        assertEquals("_Theme", menuItem(robot, "menu-theme").getText());
        assertEquals("_High contrast", menuItem(robot, "menu-theme-high-contrast").getText());
        robot.interact(() -> Messages.setLanguage(Language.SIMPLIFIED_CHINESE));
        assertEquals("主题(_T)", menuItem(robot, "menu-theme").getText());
        assertEquals("浅色(_L)", menuItem(robot, "menu-theme-light").getText());
        assertEquals("深色(_D)", menuItem(robot, "menu-theme-dark").getText());
        assertEquals("高对比度(_H)", menuItem(robot, "menu-theme-high-contrast").getText());
        assertEquals("演示模式(_P)", menuItem(robot, "menu-presenter-mode").getText());
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return menuBar.getMenus().stream().flatMap(ThemeAndPresenterModeTest::itemsOf)
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static java.util.stream.Stream<MenuItem> itemsOf(MenuItem item) {
        return item instanceof Menu menu
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(item),
                        menu.getItems().stream().flatMap(ThemeAndPresenterModeTest::itemsOf))
                : java.util.stream.Stream.of(item);
    }

    private void applyCss(FxRobot robot) {
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    private static Label stripName(FxRobot robot) {
        return firstOf(robot, "#network-strip .layer-column .name", Label.class);
    }

    private static <T extends Node> T firstOf(FxRobot robot, String selector, Class<T> type) {
        return robot.lookup(selector).queryAllAs(type).iterator().next();
    }

    private static Paint backgroundOf(Region region) {
        assertTrue(region.getBackground() != null && !region.getBackground().getFills().isEmpty(),
                region + " has a background");
        var fills = region.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill(); // the top fill is the one seen
    }

    private static double brightness(Paint paint) {
        assertTrue(paint instanceof Color, "a plain colour: " + paint);
        return ((Color) paint).getBrightness();
    }
}
