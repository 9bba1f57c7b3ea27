package org.convscope.data;

import java.util.List;

/**
 * One pen stroke: the points the pen passed through, in pixels of the drawing surface, and the
 * pen's width in the same pixels.
 */
public record Stroke(List<Point> points, double width) {

    /** A point of a stroke, in pixels (x to the right, y down). */
    public record Point(double x, double y) {
    }

    public Stroke {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a stroke needs at least one point");
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("pen width must be positive, got " + width);
        }
    }

    /**
     * The same stroke on a surface {@code factor} times as large (points and pen width scaled from
     * the top-left corner): a digit drawn on the generator's canvas replayed on the draw pad.
     */
    public Stroke scaled(double factor) {
        return new Stroke(points.stream().map(p -> new Point(p.x() * factor, p.y() * factor)).toList(), width * factor);
    }
}
