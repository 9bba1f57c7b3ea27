package org.convscope.ui.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Stepper;
import org.junit.jupiter.api.Test;

class StripColouringTest {
    private static final Network LENET5 = StripSamples.lenet5();
    private static final int LAYERS = LENET5.layers().size();

    @Test
    void aForwardStepFillsTheReachedLayersOnly() {
        PassTrace trace = StripSamples.stepper(LENET5, 3, 3).current();
        List<StripColouring.Column> columns = StripColouring.columns(trace, LAYERS, false, ScaleMode.PER_LAYER);
        assertEquals(LAYERS + 1, columns.size());
        assertSame(trace.input(), columns.get(0).tensor());
        assertEquals(ColorScale.GREY, columns.get(0).scale());
        for (int i = 0; i < 3; i++) {
            assertSame(trace.layer(i).output(), columns.get(i + 1).tensor());
        }
        for (int i = 4; i <= LAYERS; i++) {
            assertTrue(columns.get(i).isEmpty(), "column " + i);
        }
        assertEquals(ColorScale.DIVERGING, columns.get(1).scale(), "conv1 has negative outputs");
        assertEquals(ColorScale.SEQUENTIAL, columns.get(2).scale(), "relu1 is >= 0");
        assertEquals(0, columns.get(2).range().min());
        assertEquals(trace.layer(1).output().max(), columns.get(2).range().max());
    }

    @Test
    void gradientsAppearWhereTheBackwardPassHasBeen() {
        Stepper stepper = StripSamples.stepper(LENET5, 3, LAYERS + 1 + 2); // loss, then the last two layers back
        PassTrace trace = stepper.current();
        List<StripColouring.Column> columns = StripColouring.columns(trace, LAYERS, true, ScaleMode.PER_LAYER);
        for (int i = 0; i < LAYERS - 2; i++) {
            assertTrue(columns.get(i + 1).isEmpty(), "layer " + i + " has no gradient yet");
        }
        for (int i = LAYERS - 2; i < LAYERS; i++) {
            StripColouring.Column c = columns.get(i + 1);
            assertSame(trace.layer(i).gradOutput(), c.tensor());
            assertEquals(ColorScale.DIVERGING, c.scale());
            assertEquals(-c.range().max(), c.range().min());
        }
    }

    @Test
    void perMapHasNoSharedRangeAndGlobalSharesOnePerScale() {
        PassTrace trace = LENET5.forwardTrace(StripSamples.digit(3), org.convscope.engine.Mode.INFERENCE);
        StripColouring.columns(trace, LAYERS, false, ScaleMode.PER_MAP).forEach(c -> assertNull(c.range()));
        List<StripColouring.Column> global = StripColouring.columns(trace, LAYERS, false, ScaleMode.GLOBAL);
        double maxActivation = 0;
        for (int i = 0; i < LAYERS; i++) {
            if (global.get(i + 1).scale() == ColorScale.SEQUENTIAL) {
                maxActivation = Math.max(maxActivation, trace.layer(i).output().max());
            }
        }
        for (int i = 1; i <= LAYERS; i++) {
            if (global.get(i).scale() == ColorScale.SEQUENTIAL) {
                assertEquals(new ValueRange(0, maxActivation), global.get(i).range());
            }
        }
        assertEquals(new ValueRange(0, trace.input().max()), global.get(0).range(), "the input keeps its own range");
    }

    @Test
    void nothingDrawnLeavesEveryColumnEmpty() {
        StripColouring.columns(null, LAYERS, false, ScaleMode.GLOBAL).forEach(c -> assertTrue(c.isEmpty()));
    }
}
