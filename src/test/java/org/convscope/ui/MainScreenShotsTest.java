package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javax.imageio.ImageIO;
import org.convscope.engine.DropoutMask;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Stepper;
import org.convscope.ui.detail.DropoutFacts;
import org.convscope.ui.detail.LayerDetailViews;
import org.convscope.ui.overview.ModelLoading;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Pictures of a part of the window: the subject's own size, in the language asked for, and the
 * language shown before put back; a layer's detail view in full, and in training mode with the
 * units dropout dropped. Which pictures the README gets is checked on the list itself, since
 * rendering all of them is the screenshots command's test.
 */
class MainScreenShotsTest {

    @BeforeAll
    static void toolkitStartedByTestFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aShotOfOnePartIsThatPartsSizeAndTheLanguageIsPutBack(@TempDir Path dir) throws Exception {
        Locale before = Messages.getLocale();
        List<MainScreenShots.Written> written = new ArrayList<>();
        ScreenShot strip = new ScreenShot("strip-zh.png", Language.SIMPLIFIED_CHINESE,
                ScreenShot.PassStep.forward("conv1"), "#network-strip");

        MainScreenShots.writeAll(List.of(strip), dir, 1, written::add);

        assertEquals(1, written.size());
        assertEquals(dir.resolve("strip-zh.png"), written.get(0).file());
        BufferedImage png = ImageIO.read(written.get(0).file().toFile());
        assertEquals(written.get(0).width(), png.getWidth());
        assertEquals(written.get(0).height(), png.getHeight());
        // The middle of a 1280 x 720 window, between the pad and the bars, under the toolbar.
        assertTrue(png.getWidth() > 400 && png.getWidth() < 900, "strip width " + png.getWidth());
        assertTrue(png.getHeight() > 300 && png.getHeight() < 650, "strip height " + png.getHeight());
        assertEquals(before, Messages.getLocale(), "the language shown before is back");
    }

    @Test
    void aSubjectThatIsNotOnScreenFailsAndWritesNothing(@TempDir Path dir) throws Exception {
        ScreenShot missing = new ScreenShot("detail.png", Language.ENGLISH, ScreenShot.PassStep.forward("conv1"),
                "#no-such-view");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MainScreenShots.writeAll(List.of(missing), dir, 1, w -> { }));
        assertTrue(e.getMessage().contains("#no-such-view"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("detail.png")));
    }

    @Test
    void everyLayerTypeWithAViewOfItsOwnIsPicturedForwardAndBackwardAndTheLossToo() {
        Network shipped = ModelLoading.startup(ModelLoading.shippedModel()).model().network();
        LayerDetailViews views = LayerDetailViews.standard();
        Map<String, String> typeOfLayer = new HashMap<>();
        shipped.layers().forEach(layer -> typeOfLayer.put(layer.name(), layer.type()));
        Set<String> typesWithAView = shipped.layers().stream().map(Layer::type).filter(views::hasOwnView)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(typesWithAView.containsAll(List.of("conv2d", "relu", "maxpool", "flatten", "dense", "dropout")),
                "the shipped model has every kind of view: " + typesWithAView);

        List<ScreenShot> pictures = MainScreenShots.MAIN.stream().filter(ScreenShot::isDetailView).toList();
        for (Stepper.Phase phase : List.of(Stepper.Phase.FORWARD, Stepper.Phase.BACKWARD)) {
            Set<String> pictured = pictures.stream().filter(shot -> shot.step().phase() == phase)
                    .map(shot -> typeOfLayer.get(shot.step().layer())).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(pictured.containsAll(typesWithAView), phase + " pictures " + pictured + ", not all of " + typesWithAView);
        }
        assertTrue(pictures.stream().anyMatch(shot -> shot.step().phase() == Stepper.Phase.LOSS), "softmax and the loss");
        // In inference mode the dropout view shows a mask that keeps every unit: nothing to see.
        pictures.stream().filter(shot -> "dropout".equals(typeOfLayer.get(shot.step().layer())))
                .forEach(shot -> assertTrue(shot.trainingMode(), shot.fileName() + " is in training mode"));
        assertEquals(MainScreenShots.MAIN.size(), MainScreenShots.MAIN.stream().map(ScreenShot::fileName).distinct().count(),
                "every picture has a file of its own");
        Set<Language> languages = pictures.stream().map(ScreenShot::language).collect(Collectors.toSet());
        assertEquals(Set.of(Language.values()), languages, "the views are seen in every language");
    }

    @Test
    void aDetailViewIsPicturedWholeAndTrainingModeDropsUnitsTheSameWayEachRun() throws Exception {
        ScreenShot conv = MainScreenShots.MAIN.stream()
                .filter(shot -> shot.isDetailView() && "conv1".equals(shot.step().layer())).findFirst().orElseThrow();
        ScreenShot dropout = MainScreenShots.MAIN.stream().filter(ScreenShot::trainingMode).findFirst().orElseThrow();
        String dropoutLayer = dropout.step().layer();
        ScreenShot inference = ScreenShot.detailView("view-dropout-inference.png", Language.ENGLISH,
                ScreenShot.PassStep.forward(dropoutLayer));

        boolean[][] kept = new boolean[2][];
        for (int run = 0; run < 2; run++) {
            int thisRun = run;
            HeadlessFx.call(() -> {
                MainScreenShots screen = MainScreenShots.open(MainScreenShots.WIDTH, MainScreenShots.HEIGHT);
                try {
                    if (thisRun == 0) {
                        PngExport.Pixels pixels = screen.take(conv, 1);
                        Node content = screen.subject(conv);
                        ScrollPane panel = scrollPaneAround(content);
                        assertEquals(panel.getViewportBounds().getWidth(), pixels.width(), 1, "the panel's width");
                        assertTrue(pixels.height() > panel.getViewportBounds().getHeight() + 100,
                                "all of the view, not the " + panel.getViewportBounds().getHeight()
                                        + " px the panel shows: " + pixels.height());
                    }
                    screen.take(dropout, 1);
                    DropoutMask mask = maskOf(screen.stepper().getTrace(), dropoutLayer);
                    assertTrue(mask.active(), "training mode");
                    assertTrue(mask.keptCount() > 0 && mask.keptCount() < mask.size(),
                            "some units kept, some dropped: " + mask.keptCount() + " of " + mask.size());
                    kept[thisRun] = new boolean[mask.size()];
                    for (int unit = 0; unit < mask.size(); unit++) {
                        kept[thisRun][unit] = mask.kept(unit);
                    }

                    screen.take(inference, 1);
                    assertFalse(screen.stepper().trainingProperty().get(), "a picture without training mode switches it off");
                    DropoutMask off = maskOf(screen.stepper().getTrace(), dropoutLayer);
                    assertFalse(off.active());
                    assertEquals(off.size(), off.keptCount(), "inference keeps every unit");
                } finally {
                    screen.close();
                }
                return null;
            });
        }
        assertArrayEquals(kept[0], kept[1], "the same pictures draw the same mask, run after run");
    }

    private static DropoutMask maskOf(PassTrace trace, String layer) {
        LayerTrace dropout = trace.layers().stream().filter(t -> t.name().equals(layer)).findFirst().orElseThrow();
        return DropoutFacts.mask(dropout);
    }

    private static ScrollPane scrollPaneAround(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError(node + " is not in a scroll pane");
    }
}
