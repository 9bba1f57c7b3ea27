package org.convscope.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.stream.ImageInputStream;
import org.convscope.io.Limits;

/**
 * Checks of a picture file's structure made before a JDK decoder reads it, for the numbers those
 * decoders trust: the PNG reader makes an array of whatever length a chunk announces (up to 2 GB)
 * before it reads the chunk. A length that does not fit in the file is damage, and is refused here
 * with a message that says where.
 */
final class PictureChecks {
    private static final int IHDR = chunkType("IHDR");
    private static final int IEND = chunkType("IEND");

    private PictureChecks() {
    }

    /** Checks {@code in} as a file of {@code format} ("PNG", "BMP" ...); leaves its position anywhere. */
    static void check(Path file, String format, ImageInputStream in) throws IOException {
        if (format.equals("PNG")) {
            png(file, in);
        }
    }

    /**
     * A PNG file is an 8-byte signature and then chunks up to IEND, each its 4-byte length, 4-byte
     * type, the data and a 4-byte CRC; the first is IHDR, whose data starts with width and height.
     */
    private static void png(Path file, ImageInputStream in) throws IOException {
        long size = in.length();
        long at = 8;
        for (int index = 0; at < size; index++) {
            if (size - at < 8) {
                throw cutOff(file, "inside the header of chunk " + (index + 1) + " at byte " + Limits.count(at));
            }
            in.seek(at);
            long length = in.readUnsignedInt();
            int type = in.readInt();
            String name = chunkName(type);
            if (index == 0) {
                if (type != IHDR || length != 13) {
                    throw new PictureFormatException(file + " is damaged: a PNG file starts with a 13-byte IHDR chunk, "
                            + "this one with " + name + " of " + Limits.count(length) + " bytes");
                }
                PictureFiles.requireSide(file, in.readUnsignedInt(), in.readUnsignedInt());
            }
            if (length > size - at - 12) {
                throw cutOff(file, "inside its " + name + " chunk at byte " + Limits.count(at) + ", which announces "
                        + Limits.count(length) + " bytes of data");
            }
            if (type == IEND) {
                return;
            }
            at += 12 + length;
        }
        // No IEND: the JDK's reader stops after the image data and never looks for it.
    }

    private static PictureFormatException cutOff(Path file, String where) {
        return new PictureFormatException(file + " is damaged: the PNG file ends " + where);
    }

    private static int chunkType(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }

    /** "IDAT", or the type's bytes in hex when they are not letters, as in damaged files. */
    private static String chunkName(int type) {
        StringBuilder s = new StringBuilder(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            int c = (type >>> shift) & 0xFF;
            if (!Character.isLetter(c) || c > 'z') {
                return String.format(Locale.ROOT, "0x%08x", type);
            }
            s.append((char) c);
        }
        return s.toString();
    }
}
