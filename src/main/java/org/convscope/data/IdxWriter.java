package org.convscope.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.convscope.io.AtomicFile;

/**
 * Writes IDX image and label files (the layout {@link IdxReader} describes), plain or
 * gzip-compressed. Each file is written to a temporary file and moved into place when complete.
 */
public final class IdxWriter {

    /** Whether to gzip the file. */
    public enum Compression { PLAIN, GZIP }

    private IdxWriter() {
    }

    /** Writes {@code images} as an IDX image file (magic 2051). */
    public static void writeImages(Path file, IdxImages images, Compression compression) throws IOException {
        AtomicFile.write(file, raw -> write(raw, compression, out -> {
            out.writeInt(IdxReader.IMAGES_MAGIC);
            out.writeInt(images.count());
            out.writeInt(images.rows());
            out.writeInt(images.cols());
            out.write(images.pixels());
        }));
    }

    /** Writes {@code labels} (one class per byte) as an IDX label file (magic 2049). */
    public static void writeLabels(Path file, byte[] labels, Compression compression) throws IOException {
        AtomicFile.write(file, raw -> write(raw, compression, out -> {
            out.writeInt(IdxReader.LABELS_MAGIC);
            out.writeInt(labels.length);
            out.write(labels);
        }));
    }

    @FunctionalInterface
    private interface Body {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private static void write(OutputStream raw, Compression compression, Body body) throws IOException {
        // DataOutputStream writes big-endian, as IDX requires. Closing it closes raw too, which
        // AtomicFile closes again afterwards; a second close does nothing.
        OutputStream target = compression == Compression.GZIP ? new GZIPOutputStream(raw, 1 << 16) : raw;
        try (DataOutputStream out = new DataOutputStream(target)) {
            body.writeTo(out);
        }
    }
}
