package org.convscope.ui.detail;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.convscope.engine.Tensor;
import org.convscope.ui.NumberText;
import org.convscope.ui.maps.ValueRange;

/**
 * The plot of an activation function f (solid) and its derivative f' (dashed) over the range of
 * this digit's pre-activations, with every input value of the layer as a dot on f, zero lines and
 * tick labels at both ends and at 0. The hovered unit's dot is a circle styled {@code .hover-dot}
 * in the accent colour, moved without redrawing the canvas.
 *
 * <p>Everything is drawn on one {@link Canvas} (a 6 x 28 x 28 layer is 4,704 dots); like the
 * maps it is data on white paper, the same in every theme. The tick labels take their font from
 * a hidden label styled {@code .tick-font}, so presenter mode enlarges them with the rest.
 */
final class ActivationPlot extends Region {
    private static final Color AXIS = Color.web("#9a9a9a");
    private static final Color CURVE = Color.web("#1a1a1a");
    // Purple: neither side of the blue-red diverging scale, nor the green of the dots.
    private static final Color DERIVATIVE = Color.web("#7b3294");
    private static final Color DOT = Color.web("#238b45", 0.28);
    private static final int SAMPLES = 241;
    private static final double BASE_FONT = 11;
    // Pixels between the frame and the plotted range, so no dot sits on the frame.
    private static final double INSET = 5;

    private final Canvas canvas = new Canvas();
    private final Circle hoverDot = new Circle(4.5);
    private final Label tickFont = new Label();
    // The size at the normal 11 px tick font; a larger font (presenter mode) enlarges the plot with it,
    // so the curves keep their room beside the larger labels.
    private final double baseWidth;
    private final double baseHeight;
    private double plotWidth;
    private double plotHeight;
    private ActivationFacts facts;
    private Tensor inputs;
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;
    private double left;
    private double top;
    private double innerWidth;
    private double innerHeight;
    private Double hovered;
    private ActivationFacts.Curve curve;

    ActivationPlot(double width, double height) {
        this.baseWidth = width;
        this.baseHeight = height;
        this.plotWidth = width;
        this.plotHeight = height;
        getStyleClass().add("activation-plot");
        hoverDot.getStyleClass().add("hover-dot");
        hoverDot.setManaged(false);
        hoverDot.setMouseTransparent(true);
        hoverDot.setVisible(false);
        tickFont.getStyleClass().add("tick-font");
        tickFont.setManaged(false);
        tickFont.setVisible(false);
        getChildren().addAll(canvas, hoverDot, tickFont);
        tickFont.fontProperty().addListener(o -> redraw());
    }

    /** Plots {@code facts}' function over the range of {@code inputs}, with each input as a dot on f. */
    void show(ActivationFacts facts, Tensor inputs) {
        this.facts = facts;
        this.inputs = inputs;
        redraw();
    }

    /** Marks the dot of a unit with pre-activation {@code x}; null hides the mark. */
    void setHovered(Double x) {
        hovered = x;
        placeHoverDot();
    }

    /** The points of f and f' drawn last (null before the first), for tests. */
    ActivationFacts.Curve curve() {
        return curve;
    }

    /** The x range plotted, for tests. */
    double[] xRange() {
        return new double[] {xMin, xMax};
    }

    private void redraw() {
        if (facts == null) {
            return;
        }
        Font font = tickFont.getFont();
        double grow = Math.max(1, font.getSize() / BASE_FONT);
        plotWidth = Math.round(baseWidth * grow);
        plotHeight = Math.round(baseHeight * grow);
        // The finite inputs: a NaN or an infinity has no place on the axis (its dot is not drawn).
        ValueRange finite = ValueRange.of(inputs);
        double[] range = ActivationFacts.plotRange(finite.min(), finite.max());
        xMin = range[0];
        xMax = range[1];
        curve = facts.sample(xMin, xMax, SAMPLES);
        yMin = 0;
        yMax = 0;
        for (int i = 0; i < SAMPLES; i++) {
            yMin = Math.min(yMin, Math.min(curve.f()[i], curve.derivative()[i]));
            yMax = Math.max(yMax, Math.max(curve.f()[i], curve.derivative()[i]));
        }

        String[] yTicks = {NumberText.sig3(yMax), "0", NumberText.sig3(yMin)};
        double tickWidth = 0;
        for (String t : yTicks) {
            tickWidth = Math.max(tickWidth, textWidth(t, font));
        }
        double lineHeight = Math.ceil(font.getSize() * 1.3);
        left = Math.ceil(tickWidth) + 6;
        top = 4;
        double bottom = lineHeight + 4;
        double right = 6 + textWidth(NumberText.sig3(xMax), font) / 2;
        canvas.setWidth(plotWidth);
        canvas.setHeight(plotHeight);
        innerWidth = plotWidth - left - right;
        innerHeight = plotHeight - top - bottom;

        GraphicsContext g = canvas.getGraphicsContext2D();
        // White paper under the tick labels too: they are drawn dark, and must read in the dark theme.
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, plotWidth, plotHeight);
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeRect(left + 0.5, top + 0.5, innerWidth - 1, innerHeight - 1);
        // The zero lines: where a ReLU bends, and the level of "no output" and "no gradient".
        g.strokeLine(sx(0), top, sx(0), top + innerHeight);
        g.strokeLine(left, sy(0), left + innerWidth, sy(0));

        g.setFill(DOT);
        for (double x : inputs.data()) {
            g.fillOval(sx(x) - 2, sy(facts.f(x)) - 2, 4, 4);
        }
        g.setLineWidth(2);
        g.setStroke(DERIVATIVE);
        g.setLineDashes(6, 4);
        polyline(g, curve.x(), curve.derivative());
        g.setStroke(CURVE);
        g.setLineDashes();
        polyline(g, curve.x(), curve.f());

        g.setFont(font);
        g.setFill(CURVE);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(yTicks[0], left - 4, sy(yMax));
        g.fillText("0", left - 4, sy(0));
        if (yMin < -1e-12) {
            g.fillText(yTicks[2], left - 4, sy(yMin));
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double tickY = top + innerHeight + 2;
        g.fillText(NumberText.sig3(xMin), Math.max(left + textWidth(NumberText.sig3(xMin), font) / 2, sx(xMin)), tickY);
        g.fillText("0", sx(0), tickY);
        g.fillText(NumberText.sig3(xMax), sx(xMax), tickY);

        // Key in the top left corner, which f and f' leave empty for every function shown here.
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double keyX = left + 6;
        double keyY = top + lineHeight / 2 + 2;
        g.setStroke(CURVE);
        g.strokeLine(keyX, keyY, keyX + 16, keyY);
        g.fillText("f(x)", keyX + 20, keyY);
        g.setStroke(DERIVATIVE);
        g.setLineDashes(6, 4);
        g.strokeLine(keyX, keyY + lineHeight, keyX + 16, keyY + lineHeight);
        g.setLineDashes();
        g.setFill(DERIVATIVE);
        g.fillText("f\u2032(x)", keyX + 20, keyY + lineHeight);
        placeHoverDot();
        requestLayout();
    }

    private void polyline(GraphicsContext g, double[] xs, double[] ys) {
        g.beginPath();
        g.moveTo(sx(xs[0]), sy(ys[0]));
        for (int i = 1; i < xs.length; i++) {
            g.lineTo(sx(xs[i]), sy(ys[i]));
        }
        g.stroke();
    }

    private void placeHoverDot() {
        boolean show = hovered != null && facts != null;
        hoverDot.setVisible(show);
        if (show) {
            hoverDot.setCenterX(sx(hovered));
            hoverDot.setCenterY(sy(facts.f(hovered)));
        }
    }

    /** The hover dot's centre, in this plot's coordinates; for tests. */
    javafx.geometry.Point2D hoverDotCentre() {
        return hoverDot.isVisible() ? new javafx.geometry.Point2D(hoverDot.getCenterX(), hoverDot.getCenterY()) : null;
    }

    /** Plot coordinates of the point (x, y); for tests. */
    javafx.geometry.Point2D toPlot(double x, double y) {
        return new javafx.geometry.Point2D(sx(x), sy(y));
    }

    private double sx(double x) {
        return left + INSET + (x - xMin) / (xMax - xMin) * (innerWidth - 2 * INSET);
    }

    private double sy(double y) {
        return top + INSET + (yMax - y) / (yMax - yMin) * (innerHeight - 2 * INSET);
    }

    private static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    @Override
    protected double computePrefWidth(double height) {
        return plotWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return plotHeight;
    }

    @Override
    protected double computeMinWidth(double height) {
        return plotWidth;
    }

    @Override
    protected double computeMinHeight(double width) {
        return plotHeight;
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }
}
