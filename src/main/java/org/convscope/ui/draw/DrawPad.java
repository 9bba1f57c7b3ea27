package org.convscope.ui.draw;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.convscope.data.Stroke;

/**
 * A square pad to draw a digit on with the mouse, a pen or a finger: a black round pen on white,
 * drawn exactly as {@link org.convscope.data.StrokeRenderer} renders the recorded strokes.
 *
 * <p><b>Coordinates.</b> Strokes are recorded in a fixed logical square of
 * {@value #LOGICAL_SIZE} x {@value #LOGICAL_SIZE} units, whatever the pad's size on screen, so a
 * drawing survives a resize and can be rendered for the network at a known size. The
 * {@linkplain #penWidthProperty() pen width} is in the same units: a resized pad keeps the look.
 *
 * <p><b>Strokes.</b> {@link #getStrokes()} lists the finished strokes (read-only).
 * {@link #drawingProperty()} is an immutable snapshot of everything on the pad, including the
 * stroke being drawn; it is replaced after every stroke segment, Clear and Undo, so a listener can
 * classify the drawing live. Pen input is smoothed (quadratic curves through the midpoints of the
 * samples), and the smoothed points are what is recorded.
 *
 * <p><b>Input.</b> The primary mouse button draws; pens and touch screens arrive as (synthesised)
 * mouse events. When focused, Ctrl+Z (Cmd+Z) undoes the last stroke and Delete clears the pad.
 * The same actions are methods, {@link #penDown}, {@link #penMove}, {@link #penUp},
 * {@link #undo} and {@link #clear}, so a demo or a test can replay strokes.
 *
 * <p>Style class {@code draw-pad}; pseudo-classes {@code :empty} (nothing drawn) and
 * {@code :drawing} (pen down). Stylesheet {@code draw-pad.css}.
 */
public class DrawPad extends Control {
    /** Side of the logical square the strokes are recorded in. */
    public static final int LOGICAL_SIZE = 280;
    /** Default pen: about what a felt-tip pen is to a digit filling two thirds of the pad. */
    public static final double DEFAULT_PEN_WIDTH = 20;

    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass DRAWING = PseudoClass.getPseudoClass("drawing");
    /** Samples closer than this to the last one (logical units) add nothing but jitter. */
    private static final double MIN_STEP = 1.5;
    /** Points per smoothing curve; enough that the polyline looks round at the pad's largest size. */
    private static final int CURVE_STEPS = 4;

    private final ObservableList<Stroke> strokes = FXCollections.observableArrayList();
    private final ObservableList<Stroke> readOnlyStrokes = FXCollections.unmodifiableObservableList(strokes);
    private final ReadOnlyObjectWrapper<List<Stroke>> drawing = new ReadOnlyObjectWrapper<>(this, "drawing", List.of());
    private final ReadOnlyObjectWrapper<Stroke> currentStroke = new ReadOnlyObjectWrapper<>(this, "currentStroke");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final DoubleProperty penWidth = new SimpleDoubleProperty(this, "penWidth", DEFAULT_PEN_WIDTH);

    // The stroke in progress: the smoothed points so far, and the last raw sample (the control
    // point of the next curve). Null when the pen is up.
    private List<Stroke.Point> points;
    private Stroke.Point lastSample;
    private double strokeWidth;

    /** An empty pad. */
    public DrawPad() {
        getStyleClass().add("draw-pad");
        pseudoClassStateChanged(EMPTY, true);
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DrawPadSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return DrawPad.class.getResource("draw-pad.css").toExternalForm();
    }

    /** Starts a stroke at {@code p} (logical units); a stroke still in progress is finished first. */
    public void penDown(Stroke.Point p) {
        if (points != null) {
            penUp();
        }
        points = new ArrayList<>();
        points.add(clamp(p));
        lastSample = points.get(0);
        // Stroke requires a positive width; a slider at 0 still draws a hairline.
        strokeWidth = Math.max(0.5, getPenWidth());
        pseudoClassStateChanged(DRAWING, true);
        updateCurrent();
    }

    /** Extends the stroke in progress to {@code p}; ignored when the pen is up. */
    public void penMove(Stroke.Point p) {
        if (points == null) {
            return;
        }
        Stroke.Point sample = clamp(p);
        if (distance(sample, lastSample) < MIN_STEP) {
            return;
        }
        // Curve from the midpoint of the previous segment to the midpoint of this one, bent
        // towards the previous sample: corners become round, the pen still passes near every sample.
        Stroke.Point from = points.get(points.size() - 1);
        Stroke.Point to = midpoint(lastSample, sample);
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS;
            double a = (1 - t) * (1 - t);
            double b = 2 * (1 - t) * t;
            double c = t * t;
            points.add(new Stroke.Point(a * from.x() + b * lastSample.x() + c * to.x(),
                    a * from.y() + b * lastSample.y() + c * to.y()));
        }
        lastSample = sample;
        updateCurrent();
    }

    /** Finishes the stroke in progress (its last sample becomes its end); ignored when the pen is up. */
    public void penUp() {
        if (points == null) {
            return;
        }
        if (!points.get(points.size() - 1).equals(lastSample)) {
            points.add(lastSample);
        }
        Stroke finished = new Stroke(points, strokeWidth);
        points = null;
        lastSample = null;
        pseudoClassStateChanged(DRAWING, false);
        currentStroke.set(null);
        strokes.add(finished);
        publish();
    }

    /** Adds a whole stroke at once (replaying a recorded drawing); logical units. */
    public void addStroke(Stroke stroke) {
        strokes.add(stroke);
        publish();
    }

    /** Removes the last stroke (or abandons the one in progress). */
    public void undo() {
        if (points != null) {
            points = null;
            lastSample = null;
            pseudoClassStateChanged(DRAWING, false);
            currentStroke.set(null);
        } else if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
        }
        publish();
    }

    /** Removes every stroke. */
    public void clear() {
        points = null;
        lastSample = null;
        pseudoClassStateChanged(DRAWING, false);
        currentStroke.set(null);
        strokes.clear();
        publish();
    }

    private void updateCurrent() {
        currentStroke.set(new Stroke(points, strokeWidth));
        publish();
    }

    private void publish() {
        List<Stroke> all = new ArrayList<>(strokes);
        if (currentStroke.get() != null) {
            all.add(currentStroke.get());
        }
        empty.set(all.isEmpty());
        pseudoClassStateChanged(EMPTY, all.isEmpty());
        drawing.set(List.copyOf(all));
    }

    private static Stroke.Point clamp(Stroke.Point p) {
        return new Stroke.Point(Math.max(0, Math.min(LOGICAL_SIZE, p.x())), Math.max(0, Math.min(LOGICAL_SIZE, p.y())));
    }

    private static Stroke.Point midpoint(Stroke.Point a, Stroke.Point b) {
        return new Stroke.Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private static double distance(Stroke.Point a, Stroke.Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** The finished strokes, oldest first, in logical units (read-only). */
    public ObservableList<Stroke> getStrokes() {
        return readOnlyStrokes;
    }

    /**
     * Everything on the pad as an immutable list: the finished strokes and the one being drawn.
     * A new list after every stroke segment, Undo and Clear.
     */
    public ReadOnlyObjectProperty<List<Stroke>> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    public List<Stroke> getDrawing() {
        return drawing.get();
    }

    /** The stroke being drawn, or null when the pen is up. */
    public ReadOnlyObjectProperty<Stroke> currentStrokeProperty() {
        return currentStroke.getReadOnlyProperty();
    }

    /** True when nothing is on the pad. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return empty.get();
    }

    /** Width of the pen for the next stroke, in logical units (the pad is {@value #LOGICAL_SIZE} wide). */
    public DoubleProperty penWidthProperty() {
        return penWidth;
    }

    public double getPenWidth() {
        return penWidth.get();
    }

    public void setPenWidth(double value) {
        penWidth.set(value);
    }
}
