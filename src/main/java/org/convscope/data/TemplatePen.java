package org.convscope.data;

import java.util.ArrayList;
import java.util.List;
import org.convscope.data.Stroke.Point;
import org.convscope.engine.Rng;

/**
 * Draws a digit template with a slightly unsteady hand: every point a template names (ends and
 * Bezier control points alike) lands a small random distance from where it was meant to, and
 * curves are sampled into short straight pieces so the result is a list of polylines.
 *
 * <p>Coordinates are template units: the digit's box is about 1 x 1, x to the right and y down.
 * Angles are in degrees with 0 pointing right and 90 pointing down, so increasing angles turn
 * clockwise on screen.
 */
final class TemplatePen {
    /** Pieces per template unit of curve length: about 3 canvas pixels each once the digit is drawn. */
    private static final double PIECES_PER_UNIT = 28;

    private final Rng rng;
    private final double jitter;
    private final List<List<Point>> strokes = new ArrayList<>();
    private List<Point> current;
    private double x;
    private double y;

    /**
     * @param jitter standard deviation of the displacement of each named point, in template units
     */
    TemplatePen(Rng rng, double jitter) {
        this.rng = rng;
        this.jitter = jitter;
    }

    /** A uniform random number in [low, high), for templates that vary their own shape. */
    double uniform(double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    /** Lifts the pen and puts it down at (x, y): the start of a new stroke. */
    TemplatePen moveTo(double toX, double toY) {
        current = new ArrayList<>();
        strokes.add(current);
        x = shaky(toX);
        y = shaky(toY);
        current.add(new Point(x, y));
        return this;
    }

    /** A straight line to (x, y). */
    TemplatePen lineTo(double toX, double toY) {
        double endX = shaky(toX);
        double endY = shaky(toY);
        return bezier(x, y, endX, endY, endX, endY);
    }

    /** A cubic Bezier curve through control points c1 and c2 to (x, y). */
    TemplatePen curveTo(double c1x, double c1y, double c2x, double c2y, double toX, double toY) {
        return bezier(shaky(c1x), shaky(c1y), shaky(c2x), shaky(c2y), shaky(toX), shaky(toY));
    }

    /** Samples the curve from the current point; its points are final (already jittered). */
    private TemplatePen bezier(double c1x, double c1y, double c2x, double c2y, double toX, double toY) {
        requireStroke();
        double length = Math.hypot(c1x - x, c1y - y) + Math.hypot(c2x - c1x, c2y - c1y) + Math.hypot(toX - c2x, toY - c2y);
        int pieces = Math.max(2, (int) Math.ceil(length * PIECES_PER_UNIT));
        for (int i = 1; i <= pieces; i++) {
            double t = (double) i / pieces;
            double u = 1 - t;
            double a = u * u * u;
            double b = 3 * u * u * t;
            double c = 3 * u * t * t;
            double d = t * t * t;
            current.add(new Point(a * x + b * c1x + c * c2x + d * toX, a * y + b * c1y + c * c2y + d * toY));
        }
        x = toX;
        y = toY;
        return this;
    }

    /**
     * An arc of the ellipse with centre (cx, cy) and radii (rx, ry) from angle {@code from} to
     * {@code to} (clockwise when {@code to > from}). The radii grow linearly by the factor
     * {@code spiral} along the way (1 keeps them), so a closing loop does not meet its start
     * exactly, as in real writing. Starts a stroke if none is open, else joins it with a line.
     */
    TemplatePen arc(double cx, double cy, double rx, double ry, double from, double to, double spiral) {
        double centreX = shaky(cx);
        double centreY = shaky(cy);
        double radiusX = rx * (1 + shaky(0) / 2);
        double radiusY = ry * (1 + shaky(0) / 2);
        double length = Math.toRadians(Math.abs(to - from)) * (radiusX + radiusY) / 2;
        int pieces = Math.max(4, (int) Math.ceil(length * PIECES_PER_UNIT));
        for (int i = 0; i <= pieces; i++) {
            double t = (double) i / pieces;
            double angle = Math.toRadians(from + (to - from) * t);
            double grow = 1 + (spiral - 1) * t;
            double px = centreX + radiusX * grow * Math.cos(angle);
            double py = centreY + radiusY * grow * Math.sin(angle);
            if (i == 0 && current == null) {
                moveToExactly(px, py);
            } else {
                current.add(new Point(px, py));
            }
        }
        x = current.get(current.size() - 1).x();
        y = current.get(current.size() - 1).y();
        return this;
    }

    /** Ends the current stroke; the next drawing call must start with {@link #moveTo}. */
    TemplatePen lift() {
        current = null;
        return this;
    }

    /** The polylines drawn so far, in template units. */
    List<List<Point>> strokes() {
        return strokes;
    }

    private void moveToExactly(double toX, double toY) {
        current = new ArrayList<>();
        strokes.add(current);
        current.add(new Point(toX, toY));
    }

    private void requireStroke() {
        if (current == null) {
            throw new IllegalStateException("a template must moveTo before it draws");
        }
    }

    private double shaky(double value) {
        return value + jitter * rng.nextGaussian();
    }
}
