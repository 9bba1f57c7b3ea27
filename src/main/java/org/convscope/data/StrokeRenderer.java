package org.convscope.data;

import java.util.List;

/**
 * Draws pen strokes the way the app's draw pad does: a round pen of the stroke's width, dark ink
 * on white, anti-aliased. A pixel's ink is how much of it lies within width/2 of the stroke's
 * path (one pixel of soft edge), so a dot is a disc and a line has round caps and joins.
 *
 * <p>Shared by the draw pad and the synthetic digit generator, so that generated training digits
 * look like the ones students draw.
 */
public final class StrokeRenderer {
    private StrokeRenderer() {
    }

    /** Renders the strokes on a white {@code width x height} surface. */
    public static GreyImage render(List<Stroke> strokes, int width, int height) {
        double[] ink = new double[width * height];
        for (Stroke stroke : strokes) {
            List<Stroke.Point> pts = stroke.points();
            double radius = stroke.width() / 2;
            if (pts.size() == 1) {
                paintSegment(ink, width, height, pts.get(0), pts.get(0), radius);
            }
            for (int i = 1; i < pts.size(); i++) {
                paintSegment(ink, width, height, pts.get(i - 1), pts.get(i), radius);
            }
        }
        double[] brightness = new double[ink.length];
        for (int i = 0; i < ink.length; i++) {
            brightness[i] = 1 - ink[i];
        }
        return new GreyImage(width, height, brightness);
    }

    /** Raises the ink of every pixel near segment a-b to its coverage (strokes never darken past black). */
    private static void paintSegment(double[] ink, int width, int height, Stroke.Point a, Stroke.Point b,
            double radius) {
        int x0 = Math.max(0, (int) Math.floor(Math.min(a.x(), b.x()) - radius - 1));
        int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(a.x(), b.x()) + radius + 1));
        int y0 = Math.max(0, (int) Math.floor(Math.min(a.y(), b.y()) - radius - 1));
        int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(a.y(), b.y()) + radius + 1));
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                // Distance from the pixel's centre to the nearest point of the segment.
                double px = x + 0.5 - a.x();
                double py = y + 0.5 - a.y();
                double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
                double ex = px - t * dx;
                double ey = py - t * dy;
                double distance = Math.sqrt(ex * ex + ey * ey);
                double coverage = Math.max(0, Math.min(1, radius + 0.5 - distance));
                int i = y * width + x;
                if (coverage > ink[i]) {
                    ink[i] = coverage;
                }
            }
        }
    }
}
