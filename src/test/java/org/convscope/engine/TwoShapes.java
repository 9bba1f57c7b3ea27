package org.convscope.engine;

/**
 * A generated two-class image set for training tests: class 0 is a vertical bar, class 1 a
 * horizontal bar, each at a random position with random thickness, brightness and noise.
 */
final class TwoShapes implements Examples {
    private final Tensor[] images;
    private final int[] labels;

    TwoShapes(int count, int side, long seed) {
        Rng rng = new Rng(seed);
        images = new Tensor[count];
        labels = new int[count];
        for (int n = 0; n < count; n++) {
            int label = n % 2;
            double[] v = new double[side * side];
            int pos = 2 + rng.nextInt(side - 6);
            int thickness = 1 + rng.nextInt(3);
            double brightness = 0.6 + 0.4 * rng.nextDouble();
            int from = 1 + rng.nextInt(side / 3);
            int to = side - 1 - rng.nextInt(side / 3);
            for (int a = from; a < to; a++) {
                for (int t = 0; t < thickness; t++) {
                    int y = label == 0 ? a : pos + t;
                    int x = label == 0 ? pos + t : a;
                    v[y * side + x] = brightness;
                }
            }
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.min(1, Math.max(0, v[i] + 0.1 * rng.nextGaussian()));
            }
            images[n] = Tensor.wrap(Shape.of(1, side, side), v);
            labels[n] = label;
        }
    }

    @Override
    public int size() {
        return images.length;
    }

    @Override
    public Tensor input(int index) {
        return images[index];
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    int[] indices(int from, int to) {
        int[] idx = new int[to - from];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = from + i;
        }
        return idx;
    }
}
