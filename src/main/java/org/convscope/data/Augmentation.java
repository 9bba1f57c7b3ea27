package org.convscope.data;

import org.convscope.engine.Rng;

/**
 * One random variant of a grey digit (ink 1 on 0), as a writer might have drawn it instead: a
 * small rotation (up to {@value #MAX_ROTATION_DEGREES} degrees), slant, scale and shift, an
 * elastic wobble, and a thinner or thicker stroke.
 *
 * <p>Everything happens in one pass over the output pixels: each output pixel looks up where it
 * comes from in the input (the inverse of the geometric change plus the wobble) and samples the
 * input there by bilinear interpolation. Thickness is grey morphology at that spot: the maximum
 * (thicker) or minimum (thinner) of the input around it, blended with the plain sample. Pixels
 * that come from outside the input are background. A 28 x 28 digit takes some microseconds.
 */
public final class Augmentation {
    /** Largest rotation either way. */
    public static final double MAX_ROTATION_DEGREES = 15;
    /** Largest slant: horizontal shift per pixel of height. */
    private static final double MAX_SHEAR = 0.15;
    private static final double MIN_SCALE = 0.85;
    private static final double MAX_SCALE = 1.1;
    /** Largest shift either way along each axis, in pixels. */
    private static final double MAX_SHIFT = 2;
    /** The elastic wobble moves points of a coarse grid this far (standard deviation, in pixels). */
    private static final double WOBBLE = 0.7;
    /** Grid cells per side of the wobble: one every 7 pixels in a 28 x 28 digit, so strokes bend but stay smooth. */
    private static final int WOBBLE_CELLS = 4;
    /** Strongest thickening; thinning goes half as far so thin strokes never vanish. */
    private static final double MAX_THICKENING = 0.8;

    private Augmentation() {
    }

    /**
     * Writes a random variant of {@code source} into {@code target} (both {@code width x height},
     * row by row); {@code source} is left as it was. The same {@code rng} state gives the same
     * variant.
     */
    public static void apply(double[] source, double[] target, int width, int height, Rng rng) {
        if (source.length != width * height || target.length != width * height) {
            throw new IllegalArgumentException(width + "x" + height + " needs " + width * height + " values, got "
                    + source.length + " and " + target.length);
        }
        // Triangular: small turns are common, the full 15 degrees rare (stacked on a slant it would be too much).
        double angle = Math.toRadians(MAX_ROTATION_DEGREES * (rng.nextDouble() - rng.nextDouble()));
        double shear = uniform(rng, -MAX_SHEAR, MAX_SHEAR);
        double scale = uniform(rng, MIN_SCALE, MAX_SCALE);
        double shiftX = uniform(rng, -MAX_SHIFT, MAX_SHIFT);
        double shiftY = uniform(rng, -MAX_SHIFT, MAX_SHIFT);
        double thickness = uniform(rng, -MAX_THICKENING / 2, MAX_THICKENING);
        double[] wobbleX = grid(rng);
        double[] wobbleY = grid(rng);

        // Forward map: scale, then slant, then rotate, about the image centre. Invert it once.
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double a = scale * cos;
        double b = scale * (cos * shear - sin);
        double c = scale * sin;
        double d = scale * (sin * shear + cos);
        double determinant = a * d - b * c;
        double ia = d / determinant;
        double ib = -b / determinant;
        double ic = -c / determinant;
        double id = a / determinant;

        double centreX = width / 2.0;
        double centreY = height / 2.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = x + 0.5 - centreX - shiftX;
                double v = y + 0.5 - centreY - shiftY;
                double gx = (double) x / width * WOBBLE_CELLS;
                double gy = (double) y / height * WOBBLE_CELLS;
                double sx = ia * u + ib * v + centreX + interpolate(wobbleX, gx, gy);
                double sy = ic * u + id * v + centreY + interpolate(wobbleY, gx, gy);
                target[y * width + x] = thickened(source, width, height, sx, sy, thickness);
            }
        }
    }

    /** The input at (sx, sy), moved towards its neighbourhood's maximum (thickness > 0) or minimum (< 0). */
    private static double thickened(double[] image, int width, int height, double sx, double sy, double thickness) {
        double centre = sample(image, width, height, sx, sy);
        if (thickness == 0) {
            return centre;
        }
        double left = sample(image, width, height, sx - 1, sy);
        double right = sample(image, width, height, sx + 1, sy);
        double up = sample(image, width, height, sx, sy - 1);
        double down = sample(image, width, height, sx, sy + 1);
        double extreme = thickness > 0
                ? Math.max(centre, Math.max(Math.max(left, right), Math.max(up, down)))
                : Math.min(centre, Math.min(Math.min(left, right), Math.min(up, down)));
        return centre + Math.abs(thickness) * (extreme - centre);
    }

    /** Bilinear sample at (sx, sy) in pixel coordinates (pixel i covers [i, i+1)); outside is 0. */
    private static double sample(double[] image, int width, int height, double sx, double sy) {
        double fx = sx - 0.5;
        double fy = sy - 0.5;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        if (x0 < -1 || y0 < -1 || x0 >= width || y0 >= height) {
            return 0;
        }
        double tx = fx - x0;
        double ty = fy - y0;
        double top = (1 - tx) * pixel(image, width, height, x0, y0) + tx * pixel(image, width, height, x0 + 1, y0);
        double bottom = (1 - tx) * pixel(image, width, height, x0, y0 + 1)
                + tx * pixel(image, width, height, x0 + 1, y0 + 1);
        return (1 - ty) * top + ty * bottom;
    }

    private static double pixel(double[] image, int width, int height, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0 : image[y * width + x];
    }

    /** Random displacements at the (cells + 1)^2 corners of the wobble grid. */
    private static double[] grid(Rng rng) {
        double[] nodes = new double[(WOBBLE_CELLS + 1) * (WOBBLE_CELLS + 1)];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = WOBBLE * rng.nextGaussian();
        }
        return nodes;
    }

    /** Bilinear interpolation of the grid at (gx, gy), in cells. */
    private static double interpolate(double[] nodes, double gx, double gy) {
        int cx = Math.min(WOBBLE_CELLS - 1, (int) gx);
        int cy = Math.min(WOBBLE_CELLS - 1, (int) gy);
        double tx = gx - cx;
        double ty = gy - cy;
        int row = WOBBLE_CELLS + 1;
        double top = (1 - tx) * nodes[cy * row + cx] + tx * nodes[cy * row + cx + 1];
        double bottom = (1 - tx) * nodes[(cy + 1) * row + cx] + tx * nodes[(cy + 1) * row + cx + 1];
        return (1 - ty) * top + ty * bottom;
    }

    private static double uniform(Rng rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }
}
