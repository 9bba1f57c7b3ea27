package org.convscope.data;

import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.convscope.io.Limits;

/**
 * Reads a picture file (PNG, JPEG, GIF, BMP) as a {@link GreyImage}: colours become their
 * brightness as the eye weighs it, and transparent parts count as white paper.
 *
 * <p>Any file may be damaged or made to harm: the file's size is checked first, then its width
 * and height are read from its header, without decoding, and a picture larger than
 * {@link Limits#MAX_PICTURE_SIDE} on a side is refused before any pixel memory is taken (a 930 KB
 * PNG can decode to 30000 x 30000 pixels, 3.6 GB). Whatever the decoders throw on damaged data
 * (their {@code IIOException}s often have empty messages, and bad data also ends in index, array
 * size or argument exceptions) becomes a {@link PictureFormatException} with one line naming the
 * file. The JDK's decoders check the other sizes a file announces (a PNG chunk's length against
 * the file's) themselves; {@code PictureFuzzTest} bounds what any damaged file may allocate, in
 * case a future JDK stops doing so.
 */
public final class PictureFiles {
    /** The formats the command line and the app promise; the JDK also reads TIFF and WBMP. */
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "bmp");
    /** Longest decoder message kept in ours: enough for any real reason, not for a dumped buffer. */
    private static final int MAX_REASON_CHARS = 160;

    private PictureFiles() {
    }

    /**
     * The picture in {@code file}.
     *
     * @throws NoSuchFileException    if there is no such file
     * @throws AccessDeniedException  if it cannot be read
     * @throws PictureFormatException if it is not a picture ConvScope reads, is damaged, or is
     *                                larger than the limits; the message names the file
     */
    public static GreyImage read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new PictureFormatException(file + " is a folder, not a picture");
        }
        long size;
        try {
            size = Limits.requireFileSize(file, Limits.MAX_PICTURE_FILE_BYTES, file.toString());
        } catch (Limits.LimitExceededException e) {
            throw new PictureFormatException(e.getMessage(), e);
        }
        if (size == 0) {
            throw new PictureFormatException(file + " is empty: it holds no picture");
        }
        try (ImageInputStream in = open(file)) {
            return decode(file, in);
        }
    }

    private static ImageInputStream open(Path file) throws IOException {
        try {
            return new FileImageInputStream(file.toFile());
        } catch (FileNotFoundException e) {
            // RandomAccessFile says "(Permission denied)" in a message of its own making.
            if (!Files.isReadable(file)) {
                throw new AccessDeniedException(file.toString());
            }
            throw new PictureFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static GreyImage decode(Path file, ImageInputStream in) throws IOException {
        ImageReader reader = readerFor(in);
        if (reader == null) {
            throw new PictureFormatException(file + " is not a picture ConvScope can read (PNG, JPEG, GIF or BMP)");
        }
        String format = reader.getFormatName().toUpperCase(Locale.ROOT);
        try {
            // Forward only and without metadata: nothing of the file is kept that is not needed.
            reader.setInput(in, true, true);
            requireSide(file, reader.getWidth(0), reader.getHeight(0));
            BufferedImage image = reader.read(0);
            requireSide(file, image.getWidth(), image.getHeight());
            return grey(image);
        } catch (PictureFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PictureFormatException(file + " is damaged: the " + format + " data cannot be decoded ("
                    + reason(e) + ")", e);
        } finally {
            reader.dispose();
        }
    }

    /** The first reader of one of {@link #FORMATS} that recognises the stream, or null. */
    private static ImageReader readerFor(ImageInputStream in) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return reader;
                }
            } catch (IOException e) {
                // getFormatName declares it but reads nothing; a reader that fails it is not ours.
            }
            reader.dispose();
        }
        return null;
    }

    private static void requireSide(Path file, int width, int height) throws PictureFormatException {
        if (width < 1 || height < 1) {
            throw new PictureFormatException(file + " is damaged: its header gives " + width + " x " + height
                    + " pixels");
        }
        int max = Limits.MAX_PICTURE_SIDE;
        if (width > max || height > max) {
            throw new PictureFormatException(file + ": " + width + " x " + height + " pixels is larger than "
                    + Limits.count(max) + " x " + Limits.count(max) + ", the largest picture ConvScope opens");
        }
    }

    /**
     * What the decoder said, in one line: the messages along the chain of causes that say
     * something, or the exception's name where none does.
     */
    static String reason(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < MAX_REASON_CHARS; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().replaceAll("\\s+", " ").strip();
            // The PNG reader wraps what went wrong in "Caught exception during read: " and nothing else.
            message = message.replaceFirst("^Caught exception during read:?", "").strip();
            if (t instanceof EOFException) {
                // Empty, or "Unexpected end of ZLIB input stream": the same thing to the user.
                message = "the file ends too early";
            } else if (t instanceof RuntimeException) {
                // "-5" or "Index 300 out of bounds for length 256" mean something only with their kind.
                message = t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
            }
            if (message.isEmpty() || s.indexOf(message) >= 0) {
                continue;
            }
            s.append(s.length() == 0 ? "" : ": ").append(message);
        }
        if (s.length() == 0) {
            s.append(e.getClass().getSimpleName());
        }
        return s.length() <= MAX_REASON_CHARS ? s.toString() : s.substring(0, MAX_REASON_CHARS) + "...";
    }

    private static GreyImage grey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double[] values = new double[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                double alpha = (argb >>> 24) / 255.0;
                double luma = (0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF))
                        / 255.0;
                values[y * w + x] = alpha * luma + (1 - alpha);
            }
        }
        return new GreyImage(w, h, values);
    }
}
