package org.convscope.engine;

/** A layer that does not fit the shape it is given; the message names the layer and the numbers. */
public class ShapeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ShapeException(String message) {
        super(message);
    }
}
