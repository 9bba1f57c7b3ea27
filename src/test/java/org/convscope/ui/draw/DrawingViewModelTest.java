package org.convscope.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.convscope.data.Stroke;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.model.ShippedModels;
import org.convscope.ui.BackgroundTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The live classification, without a stage: same-thread tasks, or a worker queue run by hand. */
class DrawingViewModelTest {
    private static final int PAD = DrawPad.LOGICAL_SIZE;
    private static Network lenet5;

    @BeforeAll
    static void loadModel() throws Exception {
        lenet5 = ShippedModels.loadLenet5().network();
    }

    /** Synthetic digit {@code index} scaled from the generator's canvas to the pad. */
    static List<Stroke> digitOnPad(int index, long seed) {
        double scale = (double) PAD / SyntheticDigits.CANVAS;
        List<Stroke> strokes = new ArrayList<>();
        for (Stroke s : SyntheticDigits.drawing(index, seed).strokes()) {
            strokes.add(new Stroke(s.points().stream().map(p -> new Stroke.Point(p.x() * scale, p.y() * scale)).toList(),
                    s.width() * scale));
        }
        return strokes;
    }

    @Test
    void nothingDrawnHasNoProbabilitiesAndAnEmptyInput() {
        DrawingViewModel vm = new DrawingViewModel(BackgroundTasks.sameThread(), PAD, lenet5);
        assertTrue(vm.getClassification().empty());
        assertTrue(vm.getPreprocessed().empty());
        assertNull(vm.getProbabilities());
        assertEquals(-1, vm.getPredictedClass());

        vm.setStrokes(digitOnPad(3, 11));
        assertFalse(vm.getClassification().empty());
        vm.setStrokes(List.of());
        assertTrue(vm.getPreprocessed().empty(), "clearing the pad empties the input");
        assertNull(vm.getProbabilities());
        assertEquals(-1, vm.getPredictedClass());
    }

    @Test
    void classifiesSyntheticDigitsDrawnOnThePad() {
        DrawingViewModel vm = new DrawingViewModel(BackgroundTasks.sameThread(), PAD, lenet5);
        int right = 0;
        for (int i = 0; i < 20; i++) {
            vm.setStrokes(digitOnPad(i, 4242));
            List<Double> p = vm.getProbabilities();
            assertEquals(10, p.size());
            assertEquals(1, p.stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
            right += vm.getPredictedClass() == SyntheticDigits.label(i) ? 1 : 0;
        }
        assertTrue(right >= 19, right + " of 20 read right");
    }

    @Test
    void aDotTooSmallToBeADigitIsNothingDrawn() {
        DrawingViewModel vm = new DrawingViewModel(BackgroundTasks.sameThread(), PAD, lenet5);
        vm.setStrokes(List.of(new Stroke(List.of(new Stroke.Point(100, 100)), 1)));
        assertTrue(vm.getClassification().empty());
    }

    @Test
    void whileOneClassificationRunsOnlyTheLatestRequestWaits() {
        Queue<Runnable> worker = new ArrayDeque<>();
        DrawingViewModel vm = new DrawingViewModel(new BackgroundTasks(worker::add, Runnable::run), PAD, lenet5);
        assertEquals(1, worker.size(), "the start-up classification (nothing drawn)");
        List<Stroke> one = digitOnPad(1, 5);
        List<Stroke> seven = digitOnPad(7, 5);
        vm.setStrokes(digitOnPad(0, 5));
        vm.setStrokes(one);
        vm.setStrokes(seven);
        assertEquals(1, worker.size(), "requests while running wait instead of queueing up");

        worker.remove().run(); // the start-up one finishes, the latest request (the 7) starts
        assertTrue(vm.getClassification().empty());
        assertEquals(1, worker.size(), "only the latest request runs next; the 0 and the 1 were dropped");
        worker.remove().run();
        assertEquals(7, vm.getPredictedClass());
        assertTrue(worker.isEmpty(), "nothing left to do");
    }

    @Test
    void aFailedClassificationDoesNotStopLaterOnes() {
        Queue<Runnable> worker = new ArrayDeque<>();
        // A model for 32x32 inputs: predict throws on the worker for the pad's 28x28 input.
        Network wrongInput = Network.build(new NetworkSpec(Shape.of(1, 32, 32), Presets.tiny().layers()), new Rng(1));
        DrawingViewModel vm = new DrawingViewModel(new BackgroundTasks(worker::add, Runnable::run), PAD, wrongInput);
        worker.remove().run();
        vm.setStrokes(digitOnPad(2, 9));
        worker.remove().run(); // fails, and is logged
        assertNull(vm.getProbabilities());
        assertTrue(worker.isEmpty());

        vm.setNetwork(lenet5);
        assertEquals(1, worker.size(), "the next request still runs");
        worker.remove().run();
        assertEquals(2, vm.getPredictedClass());
    }

    @Test
    void swappingTheModelClassifiesTheSameDrawingAgain() {
        DrawingViewModel vm = new DrawingViewModel(BackgroundTasks.sameThread(), PAD, null);
        vm.setStrokes(digitOnPad(4, 21));
        assertFalse(vm.getPreprocessed().empty(), "without a model, the input is still shown");
        assertNull(vm.getProbabilities(), "but nothing is predicted");

        Network untrained = Network.build(Presets.lenet5(), new Rng(3));
        vm.setNetwork(untrained);
        assertSame(untrained, vm.getNetwork());
        List<Double> before = vm.getProbabilities();
        assertNotNull(before);

        vm.setNetwork(lenet5);
        assertEquals(4, vm.getPredictedClass());
        assertFalse(before.equals(vm.getProbabilities()), "the new model's answer replaced the old one");
    }

    @Test
    void aResultOfTheReplacedModelIsNeverShown() {
        Queue<Runnable> worker = new ArrayDeque<>();
        DrawingViewModel vm = new DrawingViewModel(new BackgroundTasks(worker::add, Runnable::run), PAD,
                Network.build(Presets.lenet5(), new Rng(3)));
        worker.remove().run();
        vm.setStrokes(digitOnPad(6, 12)); // runs with the untrained model ...
        vm.setNetwork(lenet5);            // ... which is replaced before it finishes
        List<Classification> shown = new ArrayList<>();
        vm.classificationProperty().addListener((o, old, now) -> shown.add(now));
        worker.remove().run();
        assertTrue(shown.isEmpty(), "the untrained model's answer is dropped");
        worker.remove().run();
        assertEquals(1, shown.size());
        assertEquals(6, shown.get(0).predicted());
    }

    @Test
    void theSnapshotIsPublishedLastAndIsImmutable() {
        DrawingViewModel vm = new DrawingViewModel(BackgroundTasks.sameThread(), PAD, lenet5);
        List<Integer> seen = new ArrayList<>();
        vm.classificationProperty().addListener((o, old, now) -> seen.add(vm.getPredictedClass()));
        vm.setStrokes(digitOnPad(8, 77));
        assertEquals(List.of(vm.getClassification().predicted()), seen);
        List<Double> p = vm.getProbabilities();
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> p.set(0, 1.0));
    }

    @Test
    void probabilitiesThatAreNotNumbersPredictNothing() {
        // conv1's weights are so large that any ink overflows: Infinity, and NaN after it.
        Network tooLarge = Network.build(org.convscope.engine.Presets.lenet5(), new org.convscope.engine.Rng(5));
        java.util.Arrays.fill(tooLarge.layers().get(0).params().get(0).value(), 1e308);
        DrawingViewModel vm = new DrawingViewModel(BackgroundTasks.sameThread(), PAD, tooLarge);
        vm.setStrokes(digitOnPad(3, 11));
        assertTrue(vm.getClassification().notNumbers());
        assertFalse(vm.getClassification().empty(), "something is drawn");
        assertTrue(vm.getProbabilities().stream().anyMatch(p -> p.isNaN()), vm.getProbabilities().toString());
        assertEquals(-1, vm.getPredictedClass(), "no class is the most probable");
        vm.setNetwork(lenet5);
        assertFalse(vm.getClassification().notNumbers());
        assertEquals(3, vm.getPredictedClass());
    }
}
