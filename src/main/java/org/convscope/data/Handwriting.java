package org.convscope.data;

import java.util.ArrayList;
import java.util.List;
import org.convscope.data.Stroke.Point;
import org.convscope.engine.Rng;

/**
 * What makes one writer's digit differ from another's once the shape is chosen: width, slant,
 * rotation, a smooth elastic wobble and the pen's thickness. Takes a template's polylines (in
 * template units, see {@link TemplatePen}) and returns pen strokes on a square canvas, the digit
 * centred and filling {@value #FILL} of the canvas's side, as a student would draw it on the pad.
 */
final class Handwriting {
    /** Share of the canvas side taken by the digit's longer side. */
    static final double FILL = 0.7;
    /** Sine waves summed per axis for the elastic wobble: enough for an irregular, still smooth field. */
    private static final int WAVES = 3;

    private Handwriting() {
    }

    /**
     * The template's strokes written by a random hand drawn from {@code rng}, on a
     * {@code canvas x canvas} pad. {@code hasLoops} keeps the pen thin enough for the loops of a
     * narrowly written digit to stay open.
     */
    static List<Stroke> write(List<List<Point>> template, boolean hasLoops, Rng rng, int canvas) {
        // MNIST's writers range from narrow, strongly leaning digits to wide upright ones.
        double width = Math.exp(uniform(rng, Math.log(0.45), Math.log(1.0)));
        // Most people lean their digits to the right; some write upright or lean left.
        double slant = clamp(0.2 + 0.2 * rng.nextGaussian(), -0.35, 0.8);
        double rotation = Math.toRadians(clamp(6 * rng.nextGaussian(), -15, 15));
        Wobble wobble = new Wobble(rng);
        double cos = Math.cos(rotation);
        double sin = Math.sin(rotation);

        List<List<Point>> shaped = new ArrayList<>();
        for (List<Point> line : template) {
            List<Point> out = new ArrayList<>(line.size());
            for (Point p : line) {
                double x = (p.x() - 0.5) * width + slant * (0.5 - p.y());
                double y = p.y() - 0.5;
                double rx = cos * x - sin * y;
                double ry = sin * x + cos * y;
                out.add(new Point(rx + wobble.dx(rx, ry), ry + wobble.dy(rx, ry)));
            }
            shaped.add(out);
        }
        // Pen thickness relative to the digit, from a thin pencil line to a thick marker.
        // A digit drawn small on the pad has a thick pen for its size; one drawn large, a thin one.
        // Narrow loops get thinner pens at most, or a narrow 0 or 8 fills in and becomes a thick 1.
        double thickest = hasLoops ? 0.3 * width : 0.3;
        double penShare = Math.exp(uniform(rng, Math.log(0.06), Math.log(thickest)));
        return onCanvas(shaped, canvas, penShare);
    }

    /** Scales and centres the digit on the canvas; the pen width is {@code penShare} of the digit's size. */
    private static List<Stroke> onCanvas(List<List<Point>> lines, int canvas, double penShare) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (List<Point> line : lines) {
            for (Point p : line) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        double size = FILL * canvas;
        double scale = size / Math.max(maxX - minX, maxY - minY);
        double offsetX = canvas / 2.0 - scale * (minX + maxX) / 2;
        double offsetY = canvas / 2.0 - scale * (minY + maxY) / 2;
        double penWidth = penShare * size;
        List<Stroke> strokes = new ArrayList<>(lines.size());
        for (List<Point> line : lines) {
            List<Point> placed = new ArrayList<>(line.size());
            for (Point p : line) {
                placed.add(new Point(offsetX + scale * p.x(), offsetY + scale * p.y()));
            }
            strokes.add(new Stroke(placed, penWidth));
        }
        return strokes;
    }

    /**
     * A smooth random displacement field: per axis a sum of a few plane sine waves with random
     * directions, wavelengths and phases. Smooth because every wave is longer than the digit's
     * strokes are apart, so nearby points move together and curves stay curves.
     */
    private static final class Wobble {
        private final double[][] waves = new double[2 * WAVES][];

        Wobble(Rng rng) {
            for (int i = 0; i < waves.length; i++) {
                double direction = 2 * Math.PI * rng.nextDouble();
                double frequency = 2 * Math.PI / uniform(rng, 0.6, 1.4);
                double amplitude = 0.02 * rng.nextGaussian();
                waves[i] = new double[] {frequency * Math.cos(direction), frequency * Math.sin(direction),
                    2 * Math.PI * rng.nextDouble(), amplitude};
            }
        }

        double dx(double x, double y) {
            return sum(0, x, y);
        }

        double dy(double x, double y) {
            return sum(WAVES, x, y);
        }

        private double sum(int first, double x, double y) {
            double d = 0;
            for (int i = first; i < first + WAVES; i++) {
                double[] w = waves[i];
                d += w[3] * Math.sin(w[0] * x + w[1] * y + w[2]);
            }
            return d;
        }
    }

    private static double uniform(Rng rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
