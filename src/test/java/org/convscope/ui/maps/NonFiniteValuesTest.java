package org.convscope.ui.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Values that are not numbers (NaN, +Infinity, -Infinity) on the maps: the colour ranges and
 * legends are made of the finite values, the non-finite cells are hatched (on pictures of pixels
 * and on canvases alike), and their values print as "NaN", "Infinity" and "−Infinity".
 */
@ExtendWith(ApplicationExtension.class)
class NonFiniteValuesTest {
    private static final int CELL = 12;
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;
    // A 4 x 4 map: -2 and 0.5 are its finite extremes.
    private static final double[] VALUES = {
        0.1, -2, NAN, 0.3,
        INF, 0.5, 0, -INF,
        0.2, 0.4, -0.1, 0,
        0, 0, 0.25, 0.5};

    private FeatureMapView view;
    private ColorLegend legend;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        Tensor map = Tensor.of(Shape.of(1, 4, 4), VALUES);
        view = new FeatureMapView(map, 0, ColorScale.forValues(false, map));
        view.setCellSize(CELL);
        legend = new ColorLegend(ColorScale.DIVERGING, ColorScale.DIVERGING.rangeOf(map));
        legend.setPrefWidth(240);
        stage.setScene(new Scene(new HBox(10, view, legend), 600, 300));
        stage.show();
    }

    @Test
    void rangesAreMadeOfTheFiniteValuesAndRememberTheOthers() {
        ValueRange diverging = ColorScale.DIVERGING.rangeOf(VALUES);
        assertEquals(new ValueRange(-2, 2, true), diverging, "not -Infinity..Infinity, not NaN");
        assertEquals(new ValueRange(0, 0.5, true), ColorScale.SEQUENTIAL.rangeOf(VALUES));
        assertEquals(new ValueRange(0, 0, true), ColorScale.SEQUENTIAL.rangeOf(NAN, INF), "nothing finite");
        assertEquals(new ValueRange(-0.5, 0.5), ColorScale.DIVERGING.rangeOf(0.5, -0.1), "all finite: no mark");
        assertEquals(diverging, StripColouring.mapRange(Tensor.of(Shape.of(1, 4, 4), VALUES), 0, ColorScale.DIVERGING));
        assertTrue(ValueRange.symmetric(1).union(diverging).nonFinite(), "a union keeps the mark");
        assertEquals(new ValueRange(0, 3, true), ColorScale.SEQUENTIAL.rangeFor(-INF, 3), "an infinite end is left out");
        assertThrows(IllegalArgumentException.class, () -> new ValueRange(0, INF));

        assertEquals(ColorScale.DIVERGING, ColorScale.forValues(false, Tensor.of(Shape.vector(2), 1, -INF)));
        assertEquals(ColorScale.SEQUENTIAL, ColorScale.forValues(false, Tensor.of(Shape.vector(2), 1, NAN)));
    }

    @Test
    void theFiniteCellsGetTheirColoursAndTheOthersAreHatched() {
        FeatureMapViewSkin skin = (FeatureMapViewSkin) view.getSkin();
        assertEquals(CELL, skin.pixelsPerCell());
        assertEquals(3, skin.hatchedCells(), "NaN, Infinity and -Infinity");
        ValueRange range = view.effectiveRange();
        assertEquals(ColorScale.DIVERGING.rangeOf(VALUES), range);
        PixelReader pixels = skin.image().getPixelReader();
        // -2, the finite minimum, takes the scale's darkest blue, as if the infinities were not there.
        assertEquals(ColorScale.DIVERGING.at(0), pixels.getArgb(1 * CELL + 5, 5));
        assertEquals(ColorScale.DIVERGING.argb(0.5, ValueRange.symmetric(2)), pixels.getArgb(1 * CELL + 5, CELL + 5));
        for (int[] rc : new int[][] {{0, 2}, {1, 0}, {1, 3}}) {
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < CELL; y++) {
                for (int x = 0; x < CELL; x++) {
                    int px = rc[1] * CELL + x;
                    int py = rc[0] * CELL + y;
                    assertEquals(Hatching.argb(px, py), pixels.getArgb(px, py), "the hatching at " + px + "," + py);
                    colours.add(pixels.getArgb(px, py));
                }
            }
            assertEquals(Set.of(Hatching.LINE, Hatching.BACKGROUND), colours, "lines on grey in cell " + rc[0] + "," + rc[1]);
        }
    }

    @Test
    void theLegendShowsTheFiniteRangeAndTheHatchingsKey(FxRobot robot) {
        assertArrayEquals(new String[] {"\u22122", "0", "2"}, ((ColorLegendSkin) legend.getSkin()).shownNumbers());
        assertTrue(legend.showsNonFinite());
        Node key = robot.from(legend).lookup(".non-finite").query();
        assertTrue(key.isVisible());
        assertEquals("NaN, \u00b1\u221e", ((Label) key).getText());
        assertEquals("Values that are NaN or infinite have no colour on the scale: they are hatched, and the range "
                + "is made of the other values.", ((Label) key).getTooltip().getText());
        robot.interact(() -> legend.setRange(ValueRange.symmetric(1)));
        assertFalse(key.isVisible(), "no key when every value has a colour");
        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals("非数值", ((Label) key).getText());
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
    }

    @Test
    void aCanvasCellIsHatchedTheSameWay(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(3 * CELL, CELL);
            ColorScale.SEQUENTIAL.fill(canvas.getGraphicsContext2D(), 0.5, new ValueRange(0, 1), 0, 0, CELL, CELL);
            ColorScale.SEQUENTIAL.fill(canvas.getGraphicsContext2D(), NAN, new ValueRange(0, 1), CELL, 0, CELL, CELL);
            ColorScale.SEQUENTIAL.fill(canvas.getGraphicsContext2D(), -INF, new ValueRange(0, 1), 2 * CELL, 0, CELL, CELL);
            shot[0] = canvas.snapshot(null, null);
        });
        PixelReader pixels = shot[0].getPixelReader();
        assertEquals(ColorScale.SEQUENTIAL.argb(0.5, new ValueRange(0, 1)), pixels.getArgb(CELL / 2, CELL / 2));
        for (int cell = 1; cell <= 2; cell++) {
            int dark = 0;
            int light = 0;
            for (int y = 0; y < CELL; y++) {
                for (int x = cell * CELL; x < (cell + 1) * CELL; x++) {
                    int grey = pixels.getArgb(x, y) & 0xff;
                    dark += grey < 0x80 ? 1 : 0;
                    light += grey > 0xc0 ? 1 : 0;
                }
            }
            // Lines 2 px wide every 6 px: about a third dark, with anti-aliased edges between.
            assertTrue(dark > CELL * CELL / 8 && light > CELL * CELL / 3, "cell " + cell + ": " + dark + " dark, "
                    + light + " light pixels");
        }
    }

    @Test
    void valuesThatAreNotNumbersPrintAsSuch() {
        assertEquals("NaN", NumberText.full(NAN));
        assertEquals("Infinity", NumberText.full(INF));
        assertEquals("\u2212Infinity", NumberText.full(-INF));
        assertEquals("\u2212Infinity", NumberText.sig3(-INF));
        assertEquals("Row 1, column 3: NaN", Messages.get("maps.cell", 1, 3, NumberText.full(view.cellAt(0, 2).value())));
    }
}
