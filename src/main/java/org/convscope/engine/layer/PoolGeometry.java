package org.convscope.engine.layer;

import org.convscope.engine.Shape;
import org.convscope.engine.ShapeException;

/**
 * Output shape of a pooling layer: each channel is pooled on its own in windows of side
 * {@code window} placed every {@code stride} cells, so H' = (H - window)/stride + 1. A size that
 * does not divide is refused rather than trimmed, so no input cell is silently ignored.
 */
final class PoolGeometry {
    private PoolGeometry() {
    }

    static void checkArguments(String type, int window, int stride) {
        if (window < 1 || stride < 1) {
            throw new IllegalArgumentException(type + " needs window and stride >= 1, got window " + window
                    + ", stride " + stride);
        }
    }

    static Shape outputShape(String layerName, Shape input, int window, int stride) {
        if (input.vector()) {
            throw new ShapeException(layerName + ": pooling needs feature maps, got a vector of " + input);
        }
        return Shape.of(input.channels(), side(layerName, "height", input.height(), window, stride),
                side(layerName, "width", input.width(), window, stride));
    }

    private static int side(String layerName, String side, int w, int window, int stride) {
        if (window > w) {
            throw new ShapeException(layerName + ": window " + window + " is larger than the input " + side + " " + w);
        }
        if ((w - window) % stride != 0) {
            throw new ShapeException(layerName + ": output " + side + " (" + w + " - " + window + ")/" + stride
                    + " + 1 = " + ((w - window) / (double) stride + 1) + " is not a whole number");
        }
        return (w - window) / stride + 1;
    }
}
