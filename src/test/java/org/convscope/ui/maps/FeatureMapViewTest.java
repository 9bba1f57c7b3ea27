package org.convscope.ui.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.convscope.engine.Network;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real conv1 map of the shipped LeNet-5 drawn by the skin: the pixels are the scale's colours
 * of the engine's values, and hovering a cell reports the engine's exact value.
 */
@ExtendWith(ApplicationExtension.class)
class FeatureMapViewTest {
    private static final int CELL = 8;
    private Tensor conv1;
    private FeatureMapView view;
    private FeatureMapView vector;
    private ColorLegend legend;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        Network network = StripSamples.lenet5();
        conv1 = network.forwardTrace(StripSamples.digit(3), org.convscope.engine.Mode.INFERENCE).layer(0).output();
        view = new FeatureMapView(conv1, 2, ColorScale.DIVERGING);
        view.setCellSize(CELL);
        vector = new FeatureMapView(Tensor.of(Shape.vector(5), 1, -2, 0, 4, 0.5), 0, ColorScale.DIVERGING);
        vector.setWrap(2);
        legend = new ColorLegend(ColorScale.DIVERGING, ValueRange.symmetric(3.4312));
        legend.setPrefWidth(200);
        stage.setScene(new Scene(new HBox(10, view, vector, legend), 800, 400));
        stage.show();
    }

    @Test
    void eachCellIsDrawnInTheScaleColourOfItsValue() {
        FeatureMapViewSkin skin = (FeatureMapViewSkin) view.getSkin();
        assertEquals(CELL, skin.pixelsPerCell());
        PixelReader pixels = skin.image().getPixelReader();
        ValueRange own = ColorScale.DIVERGING.rangeFor(min(conv1.map(2)), max(conv1.map(2)));
        assertEquals(own, view.effectiveRange(), "per-map range by default");
        for (int[] rc : new int[][] {{0, 0}, {14, 14}, {10, 7}, {27, 27}}) {
            double value = conv1.get(2, rc[0], rc[1]);
            // Every pixel of the cell, corner to corner: nearest neighbour, no blur into neighbours.
            for (int[] d : new int[][] {{0, 0}, {CELL - 1, CELL - 1}, {CELL / 2, CELL / 2}}) {
                assertEquals(ColorScale.DIVERGING.argb(value, own),
                        pixels.getArgb(rc[1] * CELL + d[0], rc[0] * CELL + d[1]), "cell " + rc[0] + "," + rc[1]);
            }
        }
    }

    @Test
    void aSharedRangeRedrawsTheImage(FxRobot robot) {
        ValueRange wide = ValueRange.symmetric(100);
        robot.interact(() -> view.setRange(wide));
        WaitForAsyncUtils.waitForFxEvents();
        PixelReader pixels = ((FeatureMapViewSkin) view.getSkin()).image().getPixelReader();
        assertEquals(ColorScale.DIVERGING.argb(conv1.get(2, 14, 14), wide), pixels.getArgb(14 * CELL + 1, 14 * CELL + 1));
    }

    @Test
    void hoveringACellReportsTheEngineValue(FxRobot robot) {
        int row = 12;
        int col = 9;
        Point2D target = view.localToScreen(view.snappedLeftInset() + col * CELL + CELL / 2.0,
                view.snappedTopInset() + row * CELL + CELL / 2.0);
        robot.moveTo(target);
        MapCell hovered = view.getHoveredCell();
        assertNotNull(hovered);
        assertEquals(new MapCell(2, row, col, conv1.get(2, row, col)), hovered);
        assertEquals(conv1.get(2, row, col), hovered.value(), 0.0, "exact, not rounded");
    }

    @Test
    void aVectorWrapsIntoColumnsAndReportsItsIndex() {
        assertEquals(2, vector.rows());
        assertEquals(3, vector.columns());
        assertEquals(new MapCell(0, 3, 0, 4), vector.cellAt(1, 1));
        assertNull(vector.cellAt(1, 2), "past the end of the vector");
    }

    @Test
    void theLegendShowsItsRangeToThreeSignificantDigits() {
        ColorLegendSkin skin = (ColorLegendSkin) legend.getSkin();
        assertArrayEquals(new String[] {"\u22123.43", "0", "3.43"}, skin.shownNumbers());
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElseThrow();
    }
}
