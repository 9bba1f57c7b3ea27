package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.convscope.data.SyntheticDigits;
import org.convscope.ui.draw.DrawPad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File > Export current view as PNG...: the selected tab's content, at twice its size, in a file
 * named after what it shows; a failure named in a dialog. Engine work and writing run on the
 * test's thread, so the file is there when the call returns.
 */
@ExtendWith(ApplicationExtension.class)
class ExportViewTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = ShippedModelWindow.show(stage, false);
    }

    @Test
    void theNetworkTabIsExportedAtTwiceItsSizeUnderTheNameOfTheStep(FxRobot robot, @TempDir Path dir)
            throws IOException {
        DrawPad pad = robot.lookup("#draw-pad").queryAs(DrawPad.class);
        double toPad = (double) DrawPad.LOGICAL_SIZE / SyntheticDigits.CANVAS;
        robot.interact(() -> {
            SyntheticDigits.drawing(32, 2026).strokes().forEach(s -> pad.addStroke(s.scaled(toPad)));
            for (int step = 0; step < 4; step++) {
                window.stepper().next();
            }
        });
        assertEquals("convscope-conv2-forward.png", window.exportFileName());

        Path file = dir.resolve(window.exportFileName());
        robot.interact(() -> window.exportView(file));

        Node network = robot.lookup("#network-split").query(); // the Network tab's content
        assertExportedAtTwiceTheSizeOf(network, file, robot);
    }

    @Test
    void theModelTabIsExportedWhenItIsSelected(FxRobot robot, @TempDir Path dir) throws IOException {
        assertEquals("convscope-network.png", window.exportFileName(), "nothing stepped yet");
        robot.interact(() -> robot.lookup("#main-tabs").queryAs(TabPane.class).getSelectionModel().selectLast());
        assertEquals("convscope-model.png", window.exportFileName());

        Path file = dir.resolve(window.exportFileName());
        robot.interact(() -> window.exportView(file));

        Node overview = robot.lookup("#main-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getContent();
        assertExportedAtTwiceTheSizeOf(overview, file, robot);
    }

    /** The PNG is {@code view} (not the tabs, not the window) pixel for pixel, at 2x. */
    private static void assertExportedAtTwiceTheSizeOf(Node view, Path file, FxRobot robot) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " was written");
        BufferedImage png = ImageIO.read(file.toFile());
        double width = view.getLayoutBounds().getWidth();
        double height = view.getLayoutBounds().getHeight();
        assertTrue(width > 100 && height > 100, "the view is on screen: " + width + " x " + height);
        assertEquals((int) Math.ceil(2 * width), png.getWidth());
        assertEquals((int) Math.ceil(2 * height), png.getHeight());

        AtomicReference<PngExport.Pixels> again = new AtomicReference<>();
        robot.interact(() -> again.set(PngExport.snapshot(view, 2)));
        for (int y = 0; y < png.getHeight(); y += 7) {
            for (int x = 0; x < png.getWidth(); x += 7) {
                assertEquals(again.get().at(x, y), png.getRGB(x, y), "pixel " + x + ", " + y);
            }
        }
    }

    @Test
    void aFailedExportNamesTheFileAndTheReason(FxRobot robot, @TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path file = notAFolder.resolve("slide.png");

        robot.interact(() -> window.exportView(file));

        DialogPane dialog = robot.lookup("#export-failed-dialog").queryAs(DialogPane.class);
        try {
            assertEquals("The view could not be saved as \u201cslide.png\u201d.", dialog.getHeaderText());
            assertTrue(dialog.getContentText().contains("cannot be written"), dialog.getContentText());
            assertTrue(dialog.getContentText().endsWith("Any earlier file of that name is unchanged."));
        } finally {
            robot.interact(() -> dialog.getScene().getWindow().hide());
        }
    }

    @Test
    void theLayerDetailIsExportedWholeAlsoWhereItIsScrolledOutOfSight(FxRobot robot, @TempDir Path dir)
            throws IOException {
        MenuItem export = fileMenuItem(robot, "menu-export-layer-detail");
        assertEquals("Export _layer detail as PNG...", export.getText());
        assertEquals(KeyCombination.keyCombination("Shortcut+Shift+E"), export.getAccelerator());
        assertTrue(export.isDisable(), "nothing to export while the panel is closed");
        Path nothing = dir.resolve("nothing.png");
        robot.interact(() -> window.exportLayerDetail(nothing));
        assertFalse(Files.exists(nothing));

        DrawPad pad = robot.lookup("#draw-pad").queryAs(DrawPad.class);
        double toPad = (double) DrawPad.LOGICAL_SIZE / SyntheticDigits.CANVAS;
        robot.interact(() -> {
            SyntheticDigits.drawing(32, 2026).strokes().forEach(s -> pad.addStroke(s.scaled(toPad)));
            window.appearance().setLayerDetail(true);
            window.stepper().next(); // conv1 forward
        });
        assertFalse(export.isDisable());
        Path file = dir.resolve("convscope-conv1-forward-detail.png");
        robot.interact(() -> window.exportLayerDetail(file));
        Node content = robot.lookup("#layer-detail-content").query();
        double visible = robot.lookup("#layer-detail .detail-scroll").queryAs(ScrollPane.class).getViewportBounds().getHeight();
        assertTrue(content.getLayoutBounds().getHeight() > visible + 200,
                "the convolution view is taller than the panel: " + content.getLayoutBounds().getHeight() + " vs " + visible);
        assertExportedAtTwiceTheSizeOf(content, file, robot);

        robot.interact(() -> {
            for (int step = 1; step < window.stepper().getTotalSteps() / 2 + 1; step++) {
                window.stepper().next(); // to the loss
            }
        });
        Path loss = dir.resolve("loss.png");
        robot.interact(() -> window.exportLayerDetail(loss));
        assertExportedAtTwiceTheSizeOf(robot.lookup("#softmax-content").query(), loss, robot);

        robot.interact(() -> robot.lookup("#main-tabs").queryAs(TabPane.class).getSelectionModel().selectLast());
        assertTrue(export.isDisable(), "the Model tab has no layer detail");
    }

    private static MenuItem fileMenuItem(FxRobot robot, String id) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void theFileMenuOffersTheExportWithCtrlE(FxRobot robot) {
        MenuItem export = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "menu-export-view".equals(item.getId())).findFirst().orElseThrow();
        assertEquals("_Export current view as PNG...", export.getText());
        assertEquals(KeyCombination.keyCombination("Shortcut+E"), export.getAccelerator());
    }
}
