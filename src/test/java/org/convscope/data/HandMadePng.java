package org.convscope.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * PNG files written byte by byte, so a test can make a picture whose header says 30000 x 30000
 * without the 900 MB such a picture takes in memory: an 8-bit grey IHDR, one IDAT chunk holding
 * the first rows of white pixels (zlib-compressed as they are streamed), and IEND when complete.
 */
public final class HandMadePng {
    private HandMadePng() {
    }

    /** A grey {@code width x height} PNG whose image data holds only the first {@code rows} rows. */
    public static byte[] grey(int width, int height, int rows) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(ihdr);
        header.writeInt(width);
        header.writeInt(height);
        header.write(new byte[] {8, 0, 0, 0, 0}); // 8 bits, grey, deflate, no filter, not interlaced
        chunk(file, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] row = new byte[1 + width]; // filter type 0, then the pixels
            Arrays.fill(row, 1, row.length, (byte) 0xFF);
            for (int y = 0; y < rows; y++) {
                zlib.write(row);
            }
        }
        chunk(file, "IDAT", idat.toByteArray());
        if (rows == height) {
            chunk(file, "IEND", new byte[0]);
        }
        return file.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
