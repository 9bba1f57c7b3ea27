package org.convscope.data;

import java.nio.file.Path;
import java.util.Objects;
import org.convscope.engine.Examples;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;

/**
 * Labelled grey images the engine can train on: input i is a 1 x rows x cols tensor of
 * {@code pixel / 255}, so 0 (background) to 1 (full ink), and label i its class.
 *
 * <p>Pixels stay as one byte each (8,000 MNIST digits take 6 MB instead of 50 MB as doubles);
 * tensors are built on demand. {@link #slice} and {@link #split} give views that share the bytes,
 * so taking a validation set copies nothing.
 */
public final class Dataset implements Examples {
    /** i / 255 for every byte value, so building a tensor needs no division. */
    private static final double[] UNIT = new double[256];

    static {
        for (int i = 0; i < UNIT.length; i++) {
            UNIT[i] = i / 255.0;
        }
    }

    private final String name;
    private final IdxImages images;
    private final byte[] labels;
    private final int classes;
    /** This view covers images [from, to) of the shared arrays. */
    private final int from;
    private final int to;

    private Dataset(String name, IdxImages images, byte[] labels, int classes, int from, int to) {
        this.name = name;
        this.images = images;
        this.labels = labels;
        this.classes = classes;
        this.from = from;
        this.to = to;
    }

    /** A training set cut into the examples to learn from and the last part to validate on. */
    public record Split(Dataset training, Dataset validation) {
    }

    /**
     * Loads an image file and its label file (plain or gzip IDX), checking that they hold the
     * same number of items and that every label is a class in 0..classes-1.
     */
    public static Dataset load(Path imagesFile, Path labelsFile, int classes) throws IdxFormatException {
        IdxImages images = IdxReader.readImages(imagesFile);
        byte[] labels = IdxReader.readLabels(labelsFile);
        if (images.count() != labels.length) {
            throw new IdxFormatException("image file " + imagesFile + " holds " + IdxReader.count(images.count())
                    + " images, but label file " + labelsFile + " holds " + IdxReader.count(labels.length)
                    + " labels; they must match one to one");
        }
        int bad = firstLabelOutside(labels, classes);
        if (bad >= 0) {
            throw new IdxFormatException("label file " + labelsFile + ": label " + (labels[bad] & 0xFF) + " at index "
                    + bad + " is outside the " + classes + " classes 0.." + (classes - 1));
        }
        return new Dataset(imagesFile.getFileName().toString(), images, labels, classes, 0, labels.length);
    }

    /** Images and labels already in memory (generated data, tests); {@code name} appears in descriptions. */
    public static Dataset of(String name, IdxImages images, byte[] labels, int classes) {
        Objects.requireNonNull(name, "name");
        if (classes < 1 || classes > 256) {
            throw new IllegalArgumentException("classes must be in 1..256, got " + classes);
        }
        if (images.count() != labels.length) {
            throw new IllegalArgumentException(images.count() + " images but " + labels.length + " labels");
        }
        int bad = firstLabelOutside(labels, classes);
        if (bad >= 0) {
            throw new IllegalArgumentException("label " + (labels[bad] & 0xFF) + " at index " + bad
                    + " is outside 0.." + (classes - 1));
        }
        return new Dataset(name, images, labels, classes, 0, labels.length);
    }

    private static int firstLabelOutside(byte[] labels, int classes) {
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) >= classes) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public Tensor input(int index) {
        double[] values = new double[images.imageSize()];
        copyInput(index, values);
        return Tensor.wrap(inputShape(), values);
    }

    @Override
    public void copyInput(int index, double[] target) {
        int pixels = images.imageSize();
        int base = offset(index) * pixels;
        byte[] source = images.pixels();
        for (int i = 0; i < pixels; i++) {
            target[i] = UNIT[source[base + i] & 0xFF];
        }
    }

    @Override
    public int label(int index) {
        return labels[offset(index)] & 0xFF;
    }

    private int offset(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index " + index + " is outside the " + size() + " images of "
                    + description());
        }
        return from + index;
    }

    /** The shape of every input: 1 x rows x cols. */
    public Shape inputShape() {
        return Shape.of(1, images.rows(), images.cols());
    }

    public int rows() {
        return images.rows();
    }

    public int cols() {
        return images.cols();
    }

    /** Labels are in 0..classes-1. */
    public int classes() {
        return classes;
    }

    /** Examples [start, end) of this set, sharing its bytes. */
    public Dataset slice(int start, int end) {
        if (start < 0 || end > size() || start > end) {
            throw new IndexOutOfBoundsException("slice " + start + ".." + end + " of " + size() + " images");
        }
        return new Dataset(name, images, labels, classes, from + start, from + end);
    }

    /**
     * Keeps the first part for training and the last {@code validationFraction} for validation:
     * 0.125 of 8,000 digits validates on 7000-7999. Any fraction above 0 validates on at least one
     * image; 0 gives an empty validation set.
     */
    public Split split(double validationFraction) {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be in [0, 1), got " + validationFraction);
        }
        int validation = (int) Math.round(size() * validationFraction);
        if (validationFraction > 0) {
            validation = Math.max(1, validation);
        }
        if (validation >= size()) {
            throw new IllegalArgumentException("a validation split of " + validationFraction + " leaves none of the "
                    + size() + " images for training");
        }
        return new Split(slice(0, size() - validation), slice(size() - validation, size()));
    }

    /** Where the images come from: the image file's name, or the name given to {@link #of}. */
    public String name() {
        return name;
    }

    /** Which images of the source this set holds, such as "7000-7999" ("none" when empty). */
    public String range() {
        return size() == 0 ? "none" : from + "-" + (to - 1);
    }

    /** Source and range, such as "mnist8k-images-idx3-ubyte.gz 0-6999". */
    public String description() {
        return name + " " + range();
    }

    @Override
    public String toString() {
        return description();
    }
}
