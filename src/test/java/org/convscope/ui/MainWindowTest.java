package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.convscope.engine.Network;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import org.convscope.ui.overview.LayerRow;
import org.convscope.ui.overview.LoadedModel;
import org.convscope.ui.overview.ModelLoading;
import org.convscope.ui.overview.ModelOverviewViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The start window as a user sees it, headless. Loads run on the test's thread, so the window is
 * complete as soon as {@code @Start} returns. The robot is used only where the wiring itself is
 * under test (the language menu); everything else reads the scene graph.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    // The engine's "6 x (5 x 5 x 1) + 6 = 156", as the screen writes it.
    // The engine's "6 x (5 x 5 x 1) + 6 = 156" as the Model tab writes it: × and the bias on a second line.
    private static final String CONV1_FORMULA = "6\u00a0\u00d7\u00a0(5\u00a0\u00d7\u00a05\u00a0\u00d7\u00a01)\n+\u00a06 =\u00a0156";

    private Stage stage;
    private ModelOverviewViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        viewModel = new ModelOverviewViewModel(BackgroundTasks.sameThread());
        window = new MainWindow(stage, viewModel, BackgroundTasks.sameThread(), () -> { });
        // Shipped (once issue 3 has trained it) or freshly initialised: LeNet-5 either way.
        viewModel.loadStartupModel(ModelLoading.shippedModel());
        window.show();
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
    }

    @Test
    void nothingDrawnIsWrittenWholeInTheSmallPreview(FxRobot robot) {
        robot.interact(() -> { // a 720p projector
            stage.setWidth(1280);
            stage.setHeight(720);
            stage.getScene().getRoot().layout();
        });
        Text shown = robot.lookup(".digit-preview .nothing-drawn .text").queryAs(Text.class);
        assertEquals("Nothing drawn", ScreenText.plain(shown.getText()).replace('\n', ' '),
                "not cut to \"Nothing d...\" in the 112 px preview");
    }

    @Test
    void listsTheThirteenLayersOfLenet5WithFormulasAndTotal(FxRobot robot) {
        assertEquals("ConvScope", stage.getTitle());
        assertTrue(robot.lookup("#layer-table").tryQuery().isEmpty(), "the Model tab is built when first shown");
        List<String> cells = cellTexts(robot);
        TableView<LayerRow> table = robot.lookup("#layer-table").queryTableView();
        assertEquals(14, table.getItems().size(), "the input and 13 layers");
        for (String name : List.of("conv1", "maxpool1", "conv2", "flatten1", "dropout1", "dense3")) {
            assertTrue(cells.contains(name), name + " is not on screen: " + cells);
        }
        assertTrue(cells.contains(CONV1_FORMULA), "conv1's formula is not on screen");
        // At 1280 px no name, shape or formula is cut to "max..." or "6 x ...": the table scrolls instead.
        for (TableCell<?, ?> cell : robot.lookup(".table-cell").<TableCell<?, ?>>queryAllAs(castTableCell())) {
            if (cell.getText() != null && !cell.getText().isEmpty() && cell.lookup(".text") instanceof Text shown) {
                assertEquals(cell.getText(), shown.getText(), "the cell shows its whole text");
            }
        }
        assertTrue(robot.lookup("#total-parameters").queryAs(Label.class).getLayoutBounds().getWidth()
                >= new Text("Total parameters: 61,706").getLayoutBounds().getWidth(), "the total is not cut");
        assertTrue(cells.contains("Convolution"), "layer types are shown translated");
        assertEquals("Total parameters: 61,706", robot.lookup("#total-parameters").queryAs(Label.class).getText());
    }

    @Test
    void switchingToChineseChangesTheMenusAndTheLayerList(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280); // a common projector
            stage.setHeight(720);
        });
        robot.clickOn("#menu-view").clickOn("#menu-language").clickOn("#menu-language-simplified-chinese");

        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(List.of("文件(_F)", "视图(_V)", "帮助(_H)"), menuBar.getMenus().stream().map(Menu::getText).toList());
        assertEquals("打开模型(_O)...", menuBar.getMenus().get(0).getItems().get(0).getText());
        List<String> cells = cellTexts(robot);
        assertTrue(cells.contains("卷积层"));
        assertTrue(cells.contains("输入"), "the input row is named in Chinese: " + cells);
        assertEquals("参数总数：61,706", robot.lookup("#total-parameters").queryAs(Label.class).getText());
        // At 1280 px every column, the types last, fits in the table: no scrolling sideways.
        TableView<LayerRow> table = robot.lookup("#layer-table").queryTableView();
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertTrue(columns <= table.getWidth() - 16, // the vertical scroll bar
                "columns " + columns + " px in a table of " + table.getWidth());
    }

    @Test
    void savingTheModelWritesAFileThatLoadsBackWithTheSameWeights(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("saved.json");
        robot.interact(() -> window.saveModel(file));
        Model saved = ModelFile.load(file);
        Network shown = viewModel.getLoadedModel().model().network();
        assertEquals(shown.spec(), saved.network().spec());
        for (int p = 0; p < shown.params().size(); p++) {
            assertArrayEquals(shown.params().get(p).value(), saved.network().params().get(p).value(), 0.0);
        }
    }

    @Test
    void f1ListsTheKeyboardShortcuts(FxRobot robot) {
        robot.push(KeyCode.F1);
        DialogPane dialog = robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
        try {
            List<String> texts = robot.from(dialog.getContent()).lookup(".label").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList();
            assertTrue(texts.containsAll(List.of("\u2192 / Space", "next step", "Ctrl+Z", "undo the last stroke")),
                    texts.toString());
        } finally {
            robot.interact(() -> dialog.getScene().getWindow().hide());
        }
    }

    @Test
    void openingACorruptModelShowsTheLoadersMessageAndKeepsTheModel(FxRobot robot, @TempDir Path dir)
            throws IOException {
        Path corrupt = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"convscope-model\", ");
        LoadedModel before = viewModel.getLoadedModel();

        // As File > Open model... does once the file is chosen; the native file chooser is not for robots.
        robot.interact(() -> window.openModel(corrupt));

        DialogPane dialog = robot.lookup("#load-failed-dialog").queryAs(DialogPane.class);
        try {
            assertEquals("\u201cbroken.json\u201d cannot be used as a model.", dialog.getHeaderText());
            assertTrue(dialog.getContentText().contains("broken.json is not valid JSON"), dialog.getContentText());
            assertTrue(dialog.getContentText().endsWith("The model on screen has not changed."));
            assertSame(before, viewModel.getLoadedModel());
            assertTrue(cellTexts(robot).contains(CONV1_FORMULA), "the old layer list is still on screen");
        } finally {
            robot.interact(() -> dialog.getScene().getWindow().hide());
        }
    }

    private static List<String> cellTexts(FxRobot robot) {
        // The overview lives in the "Model" tab beside the network strip.
        robot.interact(() -> robot.lookup("#main-tabs").queryAs(TabPane.class)
                .getSelectionModel().selectLast());
        return robot.lookup(".table-cell").<TableCell<?, ?>>queryAllAs(castTableCell()).stream()
                .map(TableCell::getText).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<TableCell<?, ?>> castTableCell() {
        return (Class) TableCell.class;
    }
}
