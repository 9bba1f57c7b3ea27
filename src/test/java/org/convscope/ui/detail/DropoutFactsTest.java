package org.convscope.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.engine.DropoutMask;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Tensor;
import org.junit.jupiter.api.Test;

/** The dropout view's numbers against the engine's own pass through LeNet-5's dropout layer. */
class DropoutFactsTest {
    private static final int DROPOUT = 9;

    private static LayerTrace dropoutTrace(Mode mode) {
        Network net = Network.build(Presets.lenet5(), new Rng(3));
        Rng pixels = new Rng(11);
        double[] image = new double[28 * 28];
        for (int i = 0; i < image.length; i++) {
            image[i] = pixels.nextDouble();
        }
        PassTrace pass = net.trace(Tensor.wrap(Presets.DIGIT, image), 4, mode);
        LayerTrace trace = pass.layer(DROPOUT);
        assertEquals("dropout", trace.type());
        return trace;
    }

    @Test
    void inTrainingModeTheFactsAreTheMasksAndTheRulesGiveTheEnginesOutputAndGradient() {
        LayerTrace trace = dropoutTrace(Mode.training(new Rng(5)));
        DropoutMask mask = DropoutFacts.mask(trace);
        DropoutFacts facts = DropoutFacts.of(trace);
        assertTrue(facts.active());
        assertEquals(0.5, facts.p());
        assertEquals(2.0, facts.scale(), "1/(1-p)");
        assertEquals("2.00", DropoutDetailView.scaleText(facts.scale()));
        int kept = 0;
        for (int i = 0; i < mask.size(); i++) {
            kept += mask.kept(i) ? 1 : 0;
        }
        assertEquals(kept, facts.kept());
        assertEquals(120, facts.total());
        assertEquals(120 - kept, facts.dropped());
        assertTrue(kept > 20 && kept < 100, "about half kept: " + kept);

        boolean[] dropped = DropoutFacts.droppedInMap(mask, trace.input(), 0);
        for (int i = 0; i < mask.size(); i++) {
            assertEquals(!mask.kept(i), dropped[i]);
            assertEquals(trace.output().get(i), DropoutFacts.output(mask, i, trace.input().get(i)), 0.0);
            assertEquals(trace.gradInput().get(i), DropoutFacts.gradInput(mask, i, trace.gradOutput().get(i)), 0.0);
            if (dropped[i]) {
                assertEquals(0.0, trace.gradInput().get(i), 0.0, "no gradient reaches a dropped unit");
            }
        }
    }

    @Test
    void inInferenceModeEverythingPassesUnchanged() {
        LayerTrace trace = dropoutTrace(Mode.INFERENCE);
        DropoutFacts facts = DropoutFacts.of(trace);
        DropoutMask mask = DropoutFacts.mask(trace);
        assertFalse(facts.active());
        assertEquals(1.0, facts.scale());
        assertEquals(facts.total(), facts.kept());
        for (int i = 0; i < mask.size(); i++) {
            assertEquals(trace.input().get(i), DropoutFacts.output(mask, i, trace.input().get(i)), 0.0);
            assertEquals(trace.output().get(i), trace.input().get(i), 0.0);
            assertEquals(trace.gradInput().get(i), DropoutFacts.gradInput(mask, i, trace.gradOutput().get(i)), 0.0);
        }
    }

    @Test
    void oneOverOneMinusPIsWrittenWithThreeSignificantDigits() {
        assertEquals("1.43", DropoutDetailView.scaleText(1 / (1 - 0.3)));
        assertEquals("1.25", DropoutDetailView.scaleText(1 / (1 - 0.2)));
    }
}
