package org.convscope.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.convscope.io.Limits;

/**
 * Reads IDX files, the format MNIST is published in: a big-endian header (magic number, then one
 * 32-bit size per dimension) followed by the data as unsigned bytes.
 * <ul>
 *   <li>images: magic 2051 ({@code 0x00000803}: unsigned bytes, 3 dimensions), then count, rows,
 *       cols, then count x rows x cols pixels;</li>
 *   <li>labels: magic 2049 ({@code 0x00000801}: unsigned bytes, 1 dimension), then count, then
 *       one byte per label.</li>
 * </ul>
 * A file may be gzip-compressed; that is recognised by the gzip magic bytes {@code 1f 8b}, not by
 * the file name, so a renamed file still loads.
 *
 * <p>Every problem (missing or empty file, not IDX, the wrong kind of IDX, fewer bytes than the
 * header promises, data after the end, damaged gzip data, more than {@link Limits} allows) is an
 * {@link IdxFormatException} whose message names the file.
 *
 * <p>Nothing is allocated for what the header announces until it is known to be within the
 * limits and, for a plain file, to be there: a header that promises 256 MB in a 20-byte file is
 * refused from the file's size. A gzip file cannot be measured before it is unpacked, so its data
 * arrives in steps and is never more than announced; after it, at most {@link #TRAILING_COUNTED}
 * bytes more are unpacked to say how much is left over, so a small file that unpacks to
 * gigabytes ("gzip bomb") is refused after reading what it announced.
 */
public final class IdxReader {
    /** Magic number of an image file: unsigned bytes (0x08) in 3 dimensions. */
    public static final int IMAGES_MAGIC = 0x0803;
    /** Magic number of a label file: unsigned bytes (0x08) in 1 dimension. */
    public static final int LABELS_MAGIC = 0x0801;

    /** Unexpected data after the announced end is counted up to this many bytes, then only "more than". */
    static final int TRAILING_COUNTED = 1 << 16;

    private IdxReader() {
    }

    /** Reads an image file (magic 2051). */
    public static IdxImages readImages(Path file) throws IdxFormatException {
        String name = "image file " + file;
        try (Source source = open(file, name)) {
            int[] dims = readHeader(source.in, name, IMAGES_MAGIC);
            int count = dims[0];
            int rows = dims[1];
            int cols = dims[2];
            if (rows < 1 || cols < 1) {
                throw new IdxFormatException(name + ": its header announces images of " + Integer.toUnsignedString(rows)
                        + "x" + Integer.toUnsignedString(cols) + " pixels; rows and columns must be at least 1");
            }
            if (rows > Limits.MAX_IDX_SIDE || cols > Limits.MAX_IDX_SIDE) {
                throw new IdxFormatException(name + ": its header announces images of " + rows + "x" + cols
                        + " pixels, larger than " + Limits.MAX_IDX_SIDE + "x" + Limits.MAX_IDX_SIDE
                        + ", the largest ConvScope opens");
            }
            long length = (long) count * rows * cols;
            String announced = count(count) + " images of " + rows + "x" + cols;
            if (length > Limits.MAX_IDX_DATA_BYTES) {
                throw new IdxFormatException(name + ": its header announces " + announced + " (" + count(length)
                        + " bytes of pixels), more than the " + count(Limits.MAX_IDX_DATA_BYTES) + " ("
                        + Limits.bytes(Limits.MAX_IDX_DATA_BYTES) + ") ConvScope opens");
            }
            byte[] pixels = readBody(source, name, 16, length, announced);
            return new IdxImages(count, rows, cols, pixels);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** Reads a label file (magic 2049): one class number per byte, 0..255. */
    public static byte[] readLabels(Path file) throws IdxFormatException {
        String name = "label file " + file;
        try (Source source = open(file, name)) {
            int count = readHeader(source.in, name, LABELS_MAGIC)[0];
            if (count > Limits.MAX_IDX_LABELS) {
                throw new IdxFormatException(name + ": its header announces " + count(count) + " labels, more than the "
                        + count(Limits.MAX_IDX_LABELS) + " ConvScope opens");
            }
            return readBody(source, name, 8, count, count(count) + " labels");
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** An open IDX file: its bytes (unpacked if it was gzip), and its size on disk. */
    private record Source(InputStream in, boolean gzip, long size) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Opens the file, unpacking it on the fly if it starts with the gzip magic bytes. */
    private static Source open(Path file, String name) throws IOException, IdxFormatException {
        long size = Limits.requireFileSize(file, Limits.MAX_IDX_FILE_BYTES, name);
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == -1) {
                throw new IdxFormatException(name + " is empty");
            }
            if (b0 == 0x1f && b1 == 0x8b) {
                return new Source(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16), true, size);
            }
            return new Source(in, false, size);
        } catch (IOException | IdxFormatException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reads and checks the magic number and returns the dimension sizes. */
    private static int[] readHeader(InputStream in, String name, int expectedMagic)
            throws IOException, IdxFormatException {
        byte[] magicBytes = in.readNBytes(4);
        if (magicBytes.length == 0) {
            throw new IdxFormatException(name + " is empty once decompressed");
        }
        if (magicBytes.length < 2 || magicBytes[0] != 0 || magicBytes[1] != 0) {
            throw new IdxFormatException(name + " is not an IDX file: it starts with bytes " + hex(magicBytes)
                    + ", but IDX files start with 00 00");
        }
        if (magicBytes.length < 4) {
            throw new IdxFormatException(name + " is truncated: it ends inside the 4-byte magic number");
        }
        int magic = bigEndian(magicBytes, 0);
        if (magic != expectedMagic) {
            throw new IdxFormatException(name + " is " + describeMagic(magic) + " (magic number " + magic
                    + "), but " + describeMagic(expectedMagic) + " (magic number " + expectedMagic + ") was expected");
        }
        int dimensions = magic & 0xFF;
        byte[] sizes = in.readNBytes(4 * dimensions);
        if (sizes.length < 4 * dimensions) {
            throw new IdxFormatException(name + " is truncated: its header needs " + (4 + 4 * dimensions)
                    + " bytes, but the file ends after " + (4 + sizes.length));
        }
        int[] dims = new int[dimensions];
        for (int d = 0; d < dimensions; d++) {
            dims[d] = bigEndian(sizes, 4 * d);
        }
        if (dims[0] < 0) {
            // Sizes are unsigned in the format; a count past 2^31 cannot be real data.
            throw new IdxFormatException(name + ": its header announces " + Integer.toUnsignedString(dims[0])
                    + " items, more than can be loaded");
        }
        return dims;
    }

    /**
     * Reads exactly {@code length} bytes of data, which follow a header of {@code headerBytes},
     * and checks that nothing follows them.
     */
    private static byte[] readBody(Source source, String name, int headerBytes, long length, String announced)
            throws IOException, IdxFormatException {
        if (!source.gzip) {
            // A plain file is measured before anything is made for it.
            long follow = source.size - headerBytes;
            if (follow < length) {
                throw truncated(name, announced, length, follow);
            }
            if (follow > length) {
                throw trailing(name, count(follow - length), announced);
            }
            byte[] body = new byte[(int) length];
            int read = source.in.readNBytes(body, 0, body.length);
            if (read < length) {
                // The file shrank while it was read.
                throw truncated(name, announced, length, read);
            }
            return body;
        }
        // readNBytes grows its buffer as data arrives, so a gzip file that ends early takes no more.
        byte[] body = source.in.readNBytes((int) length);
        if (body.length < length) {
            throw truncated(name, announced, length, body.length);
        }
        byte[] rest = source.in.readNBytes(TRAILING_COUNTED + 1);
        if (rest.length > 0) {
            throw trailing(name, rest.length > TRAILING_COUNTED ? "more than " + count(TRAILING_COUNTED)
                    : count(rest.length), announced);
        }
        return body;
    }

    private static IdxFormatException truncated(String name, String announced, long length, long follow) {
        return new IdxFormatException(name + " is truncated: its header announces " + announced + " ("
                + count(length) + " bytes of data), but only " + count(follow) + " bytes follow");
    }

    private static IdxFormatException trailing(String name, String extra, String announced) {
        return new IdxFormatException(name + " has " + extra + " bytes of unexpected data after the " + announced
                + " its header announces");
    }

    private static IdxFormatException unreadable(String name, IOException e) {
        if (e instanceof Limits.LimitExceededException) {
            return new IdxFormatException(e.getMessage(), e);
        }
        if (e instanceof NoSuchFileException) {
            return new IdxFormatException(name + " does not exist", e);
        }
        if (e instanceof AccessDeniedException) {
            return new IdxFormatException("cannot read the " + name + ": permission denied", e);
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            // Thrown by GZIPInputStream: a damaged or cut-off compressed stream.
            return new IdxFormatException(name + " is gzip-compressed, but the compressed data is damaged or cut off ("
                    + e.getMessage() + ")", e);
        }
        return new IdxFormatException("cannot read the " + name + ": " + e.getMessage(), e);
    }

    /** "an IDX image file", "an IDX label file" or what the type and dimension bytes say. */
    static String describeMagic(int magic) {
        if (magic == IMAGES_MAGIC) {
            return "an IDX image file";
        }
        if (magic == LABELS_MAGIC) {
            return "an IDX label file";
        }
        String type = switch ((magic >> 8) & 0xFF) {
            case 0x08 -> "unsigned byte";
            case 0x09 -> "signed byte";
            case 0x0B -> "short";
            case 0x0C -> "int";
            case 0x0D -> "float";
            case 0x0E -> "double";
            default -> String.format(Locale.ROOT, "unknown type 0x%02x", (magic >> 8) & 0xFF);
        };
        return "IDX " + type + " data in " + (magic & 0xFF) + " dimensions";
    }

    private static int bigEndian(byte[] b, int offset) {
        return (b[offset] & 0xFF) << 24 | (b[offset + 1] & 0xFF) << 16 | (b[offset + 2] & 0xFF) << 8
                | (b[offset + 3] & 0xFF);
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02x", b & 0xFF));
        }
        return s.toString();
    }

    /** 6272000 as "6,272,000". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
