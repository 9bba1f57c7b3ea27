package org.convscope.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The largest things ConvScope opens, in one place, so that a damaged or hostile file is refused
 * with a clear message before any array is made for it, instead of filling the memory of a school
 * PC (4 GB, of which Java takes a quarter by default) and ending in an OutOfMemoryError.
 *
 * <p>The numbers are chosen for teaching: every shipped model, every MNIST file and every photo of
 * a digit is far below them, and at each limit the app still fits in that quarter. The README's
 * "What ConvScope refuses, and why" lists them; a reader added later (lesson presets, settings,
 * a class's collected digits) takes its limits from here too.
 */
public final class Limits {
    /** Height and width of a model's input: a 512 x 512 picture is already far more than a lesson needs. */
    public static final int MAX_INPUT_SIDE = 512;
    /** Channels of a model's input: grey (1), colour (3) or colour with transparency (4). */
    public static final int MAX_INPUT_CHANNELS = 4;
    /** Layers of a model; LeNet-5 has 12. Each step of the stepper keeps a record of every layer. */
    public static final int MAX_LAYERS = 64;
    /**
     * Parameters of a model. With its gradient, Adam's two running averages and a copy to restore,
     * each takes about 40 bytes while training: 5 million take some 200 MB.
     */
    public static final long MAX_PARAMETERS = 5_000_000;
    /**
     * Numbers the layers hold for one image (outputs, gradients, a convolution's unrolled input),
     * summed over the network: 8,388,608 doubles are 64 MB, and training runs five copies.
     */
    public static final long MAX_VALUES_PER_IMAGE = 8L << 20;
    /** Size of a model file: 5 million parameters written out as JSON take about 115 MB. */
    public static final long MAX_MODEL_FILE_BYTES = 160L << 20;
    /** Nesting of a model file's JSON: weights nest four deep inside two objects. */
    public static final int MAX_JSON_DEPTH = 32;
    /** Length of one text in a model file (the metadata's command line is the longest). */
    public static final int MAX_JSON_TEXT_CHARS = 100_000;
    /** Rows and columns of the images in an IDX file, as for a model's input. */
    public static final int MAX_IDX_SIDE = MAX_INPUT_SIDE;
    /** Pixels of an IDX image file, one byte each: 256 MB is 340,000 MNIST digits (MNIST has 70,000). */
    public static final long MAX_IDX_DATA_BYTES = 256L << 20;
    /** Labels of an IDX label file, one byte each like the pixels: no image has fewer than one pixel. */
    public static final long MAX_IDX_LABELS = MAX_IDX_DATA_BYTES;
    /**
     * Size of an IDX file as stored: the pixels at their limit plus room for the header and for what
     * gzip adds to data that does not compress (5 bytes per 64 KB block, 20 KB at the limit).
     */
    public static final long MAX_IDX_FILE_BYTES = MAX_IDX_DATA_BYTES + (1L << 20);
    /** Width and height of a picture to classify, read from its header before it is decoded. */
    public static final int MAX_PICTURE_SIDE = 4000;
    /** Size of a picture file to classify. */
    public static final long MAX_PICTURE_FILE_BYTES = 64L << 20;

    /**
     * Size of the settings file (language, theme, layout, window, last model): it holds some
     * 400 bytes. 64 KB leaves room for a long model path and for what later versions add; anything
     * larger was not written by ConvScope, and the app starts with its defaults instead.
     */
    public static final long MAX_SETTINGS_FILE_BYTES = 64L << 10;
    /** Nesting of the settings file's JSON: the window's place nests two deep. */
    public static final int MAX_SETTINGS_JSON_DEPTH = 8;

    private Limits() {
    }

    /**
     * Refuses a file larger than {@code maxBytes} before it is read.
     *
     * @param what how the message names the file, e.g. "big.json" or "image file train.idx"
     * @return the file's size
     * @throws LimitExceededException naming the file, its size and the limit
     */
    public static long requireFileSize(Path file, long maxBytes, String what) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new LimitExceededException(what + " is " + bytes(size) + ", larger than " + bytes(maxBytes)
                    + ", the largest ConvScope opens", size, maxBytes);
        }
        return size;
    }

    /** "1.3 MB", "160 MB", "512 bytes": sizes as a person reads them (MB = 2^20 bytes). */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + (n == 1 ? " byte" : " bytes");
        }
        if (n < 1L << 20) {
            return String.format(Locale.ROOT, "%.0f KB", n / 1024.0);
        }
        double mb = n / (double) (1L << 20);
        return mb < 10 && mb != Math.rint(mb) ? String.format(Locale.ROOT, "%.1f MB", mb)
                : String.format(Locale.ROOT, "%,.0f MB", mb);
    }

    /** 6272000 as "6,272,000". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A file is larger than ConvScope opens; the message names the file, the value and the limit. */
    public static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        private final long value;
        private final long limit;

        public LimitExceededException(String message) {
            this(message, -1, -1);
        }

        /** @param value the file's size or count; @param limit the largest allowed; -1 when not known */
        public LimitExceededException(String message, long value, long limit) {
            super(message);
            this.value = value;
            this.limit = limit;
        }

        public long value() {
            return value;
        }

        public long limit() {
            return limit;
        }
    }
}
