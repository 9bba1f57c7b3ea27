package org.convscope.data;

import java.util.List;
import org.convscope.engine.Examples;
import org.convscope.engine.Tensor;

/**
 * Several sets of examples one after the other, as one: real digits followed by generated ones,
 * for instance. Nothing is copied; reads go to the part that holds the index, so this is as
 * thread-safe as its parts.
 */
public final class Concatenated implements Examples {
    private final List<Examples> parts;
    /** starts[p] is the index of part p's first example; starts[parts] is the total. */
    private final int[] starts;

    private Concatenated(List<Examples> parts) {
        this.parts = List.copyOf(parts);
        this.starts = new int[parts.size() + 1];
        for (int p = 0; p < parts.size(); p++) {
            starts[p + 1] = Math.addExact(starts[p], parts.get(p).size());
        }
    }

    /** The examples of {@code parts}, in that order. */
    public static Concatenated of(Examples... parts) {
        return new Concatenated(List.of(parts));
    }

    @Override
    public int size() {
        return starts[parts.size()];
    }

    @Override
    public Tensor input(int index) {
        int p = part(index);
        return parts.get(p).input(index - starts[p]);
    }

    @Override
    public void copyInput(int index, double[] target) {
        int p = part(index);
        parts.get(p).copyInput(index - starts[p], target);
    }

    @Override
    public int label(int index) {
        int p = part(index);
        return parts.get(p).label(index - starts[p]);
    }

    /** The part holding {@code index}. There are few parts, so a scan is as fast as a search. */
    private int part(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index " + index + " is outside the " + size() + " examples");
        }
        int p = 0;
        while (index >= starts[p + 1]) {
            p++;
        }
        return p;
    }
}
