package org.convscope.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.Preprocessed;
import org.convscope.data.Stroke;
import org.convscope.data.StrokeRenderer;
import org.convscope.engine.Network;
import org.convscope.engine.Tensor;
import org.convscope.ui.BackgroundTasks;

/**
 * Presentation model of live classification: takes the pad's strokes, and publishes what the
 * network sees and what it thinks, as one immutable {@link Classification}.
 *
 * <p>The strokes are rendered with {@link StrokeRenderer} (the generator's own pen, so a drawn
 * digit reaches the network exactly as the training digits did), preprocessed and classified on
 * the worker of the injected {@link BackgroundTasks}. Requests are coalesced: while one
 * classification runs, only the latest request waits, and older ones are dropped. The UI therefore
 * never falls behind the pen, however slow the model: it shows the result of at most one
 * classification ago.
 *
 * <p>Use it from the FX thread only (the delivery side of the tasks). Everything here is plain
 * JavaFX properties, testable without a stage.
 */
public final class DrawingViewModel {
    private static final System.Logger LOG = System.getLogger(DrawingViewModel.class.getName());
    /** Nothing drawn: no input, no probabilities. (A blank page is how to get an empty Preprocessed.) */
    public static final Classification NOTHING =
            new Classification(Preprocessed.NOTHING_DRAWN, null, -1);

    private final BackgroundTasks tasks;
    private final int padSize;
    private final ObjectProperty<List<Stroke>> strokes = new SimpleObjectProperty<>(this, "strokes", List.of());
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<Classification> classification =
            new ReadOnlyObjectWrapper<>(this, "classification", NOTHING);
    private final ReadOnlyObjectWrapper<Preprocessed> preprocessed =
            new ReadOnlyObjectWrapper<>(this, "preprocessed", NOTHING.preprocessed());
    private final ReadOnlyObjectWrapper<List<Double>> probabilities = new ReadOnlyObjectWrapper<>(this, "probabilities");
    private final ReadOnlyIntegerWrapper predictedClass = new ReadOnlyIntegerWrapper(this, "predictedClass", -1);

    /** The copy of the network the worker uses (Network is not thread-safe); it shares the weights. */
    private Network workerNetwork;
    private boolean running;
    private Request waiting;

    /** What one classification works on; captured on the FX thread, so the worker sees a fixed set. */
    private record Request(List<Stroke> strokes, Network network) {
    }

    /**
     * @param tasks   runs the classifications (one worker thread in the app, same-thread in tests)
     * @param padSize side of the square the strokes' coordinates live in (the pad's logical size);
     *                the strokes are rendered on a picture of this many pixels a side
     * @param network the model that classifies; may be null until one is loaded
     */
    public DrawingViewModel(BackgroundTasks tasks, int padSize, Network network) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        if (padSize < 28) {
            throw new IllegalArgumentException("the pad must be at least 28 pixels a side, got " + padSize);
        }
        this.padSize = padSize;
        strokes.addListener((o, old, now) -> request());
        setNetwork(network);
    }

    /**
     * The strokes to classify, in pad coordinates; bind it to {@link DrawPad#drawingProperty()}.
     * Every change starts (or queues) a classification.
     */
    public ObjectProperty<List<Stroke>> strokesProperty() {
        return strokes;
    }

    public List<Stroke> getStrokes() {
        return strokes.get();
    }

    public void setStrokes(List<Stroke> value) {
        strokes.set(value == null ? List.of() : List.copyOf(value));
    }

    /** The model that classifies (null: none loaded, nothing is classified). */
    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public Network getNetwork() {
        return network.get();
    }

    /** Classifies with {@code value} from now on, starting with the drawing on the pad now. */
    public void setNetwork(Network value) {
        network.set(value);
        // One copy per model: only one classification runs at a time, so the worker never shares it.
        workerNetwork = value == null ? null : value.copyForWorker();
        request();
    }

    /** Classifies the current strokes again, e.g. after the network's weights were changed in place. */
    public void refresh() {
        request();
    }

    private void request() {
        Request next = new Request(List.copyOf(strokes.get()), workerNetwork);
        if (running) {
            waiting = next; // replaces any older waiting request: it would be out of date anyway
        } else {
            start(next);
        }
    }

    private void start(Request request) {
        running = true;
        tasks.run(() -> classify(request, padSize), result -> finished(request, result), error -> {
            LOG.log(System.Logger.Level.ERROR, "Cannot classify the drawing", error);
            finished(request, null);
        });
    }

    private void finished(Request request, Classification result) {
        running = false;
        // A result from a model that has since been replaced would flash the old model's answer:
        // drop it (the swap queued a request with the new model). Results of older drawings with
        // the current model are shown: they keep the bars moving while the pen moves.
        if (result != null && request.network() == workerNetwork) {
            publish(result);
        }
        if (waiting != null) {
            Request next = waiting;
            waiting = null;
            start(next);
        }
    }

    private void publish(Classification result) {
        preprocessed.set(result.preprocessed());
        probabilities.set(result.probabilities());
        predictedClass.set(result.predicted());
        // Last, so a listener of the snapshot finds the single properties already matching it.
        classification.set(result);
    }

    /** Render, preprocess, predict: runs on the worker. */
    static Classification classify(List<Stroke> strokes, Network network, int padSize) {
        Preprocessed prepared = strokes.isEmpty() ? NOTHING.preprocessed()
                : DigitPreprocessor.preprocess(StrokeRenderer.render(strokes, padSize, padSize));
        if (prepared.empty() || network == null) {
            return new Classification(prepared, null, -1);
        }
        Tensor p = network.predict(prepared.input());
        List<Double> values = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            values.add(p.get(i));
        }
        // Probabilities that are not numbers (weights too large for this drawing) predict nothing.
        return new Classification(prepared, values, p.hasNonFinite() ? -1 : p.argmax());
    }

    private static Classification classify(Request request, int padSize) {
        return classify(request.strokes(), request.network(), padSize);
    }

    /** The latest result, never null ({@link #NOTHING} before anything is drawn). */
    public ReadOnlyObjectProperty<Classification> classificationProperty() {
        return classification.getReadOnlyProperty();
    }

    public Classification getClassification() {
        return classification.get();
    }

    /** What the network sees; {@linkplain Preprocessed#empty() empty} when nothing is drawn. */
    public ReadOnlyObjectProperty<Preprocessed> preprocessedProperty() {
        return preprocessed.getReadOnlyProperty();
    }

    public Preprocessed getPreprocessed() {
        return preprocessed.get();
    }

    /** The ten probabilities, digit 0 first (unmodifiable); null when nothing is drawn or no model is loaded. */
    public ReadOnlyObjectProperty<List<Double>> probabilitiesProperty() {
        return probabilities.getReadOnlyProperty();
    }

    public List<Double> getProbabilities() {
        return probabilities.get();
    }

    /** The most probable digit, or -1 when there is none (nothing drawn, or probabilities that are not numbers). */
    public ReadOnlyIntegerProperty predictedClassProperty() {
        return predictedClass.getReadOnlyProperty();
    }

    public int getPredictedClass() {
        return predictedClass.get();
    }
}
