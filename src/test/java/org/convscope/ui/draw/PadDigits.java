package org.convscope.ui.draw;

import java.util.List;
import org.convscope.data.Stroke;
import org.convscope.data.SyntheticDigits;

/** Generated digits as a student's strokes on the draw pad, for tests that need a digit drawn. */
public final class PadDigits {
    private PadDigits() {
    }

    /** The strokes of generated digit {@code index} (seed 8080), scaled from the generator's canvas to the pad. */
    public static List<Stroke> strokes(int index) {
        double scale = (double) DrawPad.LOGICAL_SIZE / SyntheticDigits.CANVAS;
        return SyntheticDigits.drawing(index, 8080).strokes().stream().map(s -> s.scaled(scale)).toList();
    }
}
