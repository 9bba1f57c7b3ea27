package org.convscope.ui.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.convscope.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The numbers under a legend's bar never run together: under a narrow map, huge values like
 * -1.57e308 and 1.57e308 (a model whose weights overflow) take two lines instead of one.
 */
@ExtendWith(ApplicationExtension.class)
class ColorLegendNumbersTest {
    private ColorLegend narrow;
    private ColorLegend wide;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        ValueRange huge = ValueRange.symmetric(1.57e308);
        narrow = new ColorLegend(ColorScale.DIVERGING, huge);
        narrow.setMaxWidth(90);
        narrow.setCaption("This layer");
        wide = new ColorLegend(ColorScale.DIVERGING, huge);
        wide.setMaxWidth(400);
        VBox box = new VBox(12, narrow, wide);
        box.setFillWidth(true);
        Scene scene = new Scene(box, 400, 300);
        scene.getStylesheets().add(getClass().getResource("/org/convscope/ui/convscope.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static Bounds bounds(ColorLegend legend, String styleClass) {
        Node label = legend.lookup("." + styleClass);
        return label.localToScene(label.getBoundsInLocal());
    }

    @Test
    void hugeNumbersTakeTwoLinesUnderANarrowBar(FxRobot robot) {
        robot.interact(() -> { });
        Bounds min = bounds(narrow, "min");
        Bounds max = bounds(narrow, "max");
        assertTrue(max.getMinY() >= min.getMaxY() - 0.5, "max under min: " + min + " / " + max);
        assertTrue(bounds(narrow, "zero").getMinX() >= 0, "laid out");
        assertEquals(0.0, narrow.lookup(".zero").getOpacity(), "the 0 steps aside; the white middle still says it");
        Bounds caption = bounds(narrow, "caption");
        assertTrue(caption.getMinY() >= max.getMaxY() - 0.5, "the caption stays below both lines");
    }

    @Test
    void withRoomTheyShareOneLineWithTheZeroInTheMiddle(FxRobot robot) {
        robot.interact(() -> { });
        Bounds min = bounds(wide, "min");
        Bounds max = bounds(wide, "max");
        Bounds zero = bounds(wide, "zero");
        assertEquals(min.getMinY(), max.getMinY(), 0.5);
        assertTrue(min.getMaxX() < zero.getMinX() && zero.getMaxX() < max.getMinX(), min + " " + zero + " " + max);
        assertEquals(1.0, wide.lookup(".zero").getOpacity());
    }
}
