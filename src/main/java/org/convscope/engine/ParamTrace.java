package org.convscope.engine;

/**
 * A snapshot of one parameter array: its values at the time of the pass and, after backward,
 * its gradient for this one example. {@code dims} is the logical layout, e.g. [filters, channels,
 * rows, cols]; the tensors hold the values flat in that order.
 */
public record ParamTrace(String name, int[] dims, Tensor value, Tensor grad) {

    public ParamTrace {
        dims = dims.clone();
    }

    /** Snapshot of {@code p}'s values, and of its gradient if {@code withGradient}. */
    static ParamTrace of(Param p, boolean withGradient) {
        Shape flat = Shape.vector(p.size());
        return new ParamTrace(p.name(), p.dims(), Tensor.of(flat, p.value()),
                withGradient ? Tensor.of(flat, p.grad()) : null);
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    public boolean hasGradient() {
        return grad != null;
    }
}
