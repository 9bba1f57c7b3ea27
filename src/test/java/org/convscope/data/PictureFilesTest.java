package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.convscope.io.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures too large, damaged, or not pictures at all are refused with one line naming the file,
 * before their pixels take any memory; a small picture of each format reads.
 */
class PictureFilesTest {
    @TempDir
    Path dir;

    @Test
    void aPngOfThirtyThousandPixelsSquareIsRefusedFromItsHeader() throws IOException {
        // The header says 30000 x 30000 (900 MB of grey, 3.6 GB as the picture ConvScope decodes);
        // the data holds ten rows, so the test needs no such memory either.
        Path file = write("huge.png", HandMadePng.grey(30000, 30000, 10));
        assertEquals(file + ": 30000 x 30000 pixels is larger than 4,000 x 4,000, the largest picture ConvScope opens",
                refusal(file));
    }

    @Test
    void aPngAtTheLimitReads() throws IOException {
        Path file = write("wide.png", HandMadePng.grey(Limits.MAX_PICTURE_SIDE, 3, 3));
        GreyImage picture = PictureFiles.read(file);
        assertEquals(Limits.MAX_PICTURE_SIDE, picture.width());
        assertEquals(1.0, picture.at(3999, 2));
        assertTrue(refusal(write("wider.png", HandMadePng.grey(Limits.MAX_PICTURE_SIDE + 1, 3, 3)))
                .contains("4001 x 3 pixels is larger than 4,000 x 4,000"));
    }

    @Test
    void jpegGifAndBmpAreMeasuredFromTheirHeadersToo() throws IOException {
        // A small picture of each format with its header's width set to 30000: the decoder never runs.
        byte[] jpeg = encode("jpeg", BufferedImage.TYPE_INT_RGB);
        int sof = indexOf(jpeg, (byte) 0xFF, (byte) 0xC0);
        ByteBuffer.wrap(jpeg).putShort(sof + 7, (short) 30000);
        assertTrue(refusal(write("huge.jpg", jpeg)).endsWith("huge.jpg: 30000 x 28 pixels is larger than 4,000 x 4,000, "
                + "the largest picture ConvScope opens"), () -> "was: " + lastRefusal);

        byte[] gif = encode("gif", BufferedImage.TYPE_BYTE_INDEXED);
        int descriptor = indexOf(gif, (byte) 0x2C, (byte) 0, (byte) 0, (byte) 0, (byte) 0);
        ByteBuffer.wrap(gif).order(ByteOrder.LITTLE_ENDIAN).putShort(descriptor + 7, (short) 30000);
        assertTrue(refusal(write("huge.gif", gif)).endsWith("huge.gif: 28 x 30000 pixels is larger than 4,000 x 4,000, "
                + "the largest picture ConvScope opens"), () -> "was: " + lastRefusal);

        // Run-length encoded: for plain rows the JDK's reader itself refuses a size the file cannot hold.
        byte[] bmp = encodeRle8Bmp();
        ByteBuffer.wrap(bmp).order(ByteOrder.LITTLE_ENDIAN).putInt(18, 30000).putInt(22, 30000);
        assertTrue(refusal(write("huge.bmp", bmp)).endsWith("huge.bmp: 30000 x 30000 pixels is larger than "
                + "4,000 x 4,000, the largest picture ConvScope opens"), () -> "was: " + lastRefusal);
    }

    @Test
    void everyFormatReads() throws IOException {
        for (String format : new String[] {"png", "jpeg", "gif", "bmp"}) {
            GreyImage picture = PictureFiles.read(write("digit." + format, encode(format, BufferedImage.TYPE_INT_RGB)));
            assertEquals(28, picture.width(), format);
            assertEquals(1.0, picture.at(0, 0), 0.02, format);
            assertEquals(0.0, picture.at(14, 14), 0.02, format);
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("big.png");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(Limits.MAX_PICTURE_FILE_BYTES + 1);
        }
        assertEquals(file + " is 64 MB, larger than 64 MB, the largest ConvScope opens", refusal(file));
    }

    @Test
    void emptyGarbageFoldersAndOtherFormats() throws IOException {
        Path empty = write("empty.png", new byte[0]);
        assertEquals(empty + " is empty: it holds no picture", refusal(empty));
        Path notes = Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertEquals(notes + " is not a picture ConvScope can read (PNG, JPEG, GIF or BMP)", refusal(notes));
        Path folder = Files.createDirectory(dir.resolve("pictures.png"));
        assertEquals(folder + " is a folder, not a picture", refusal(folder));
        // The JDK reads TIFF too, but ConvScope promises only four formats.
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "tiff", tiff);
        Path tif = write("scan.tif", tiff.toByteArray());
        assertEquals(tif + " is not a picture ConvScope can read (PNG, JPEG, GIF or BMP)", refusal(tif));
        Path missing = dir.resolve("nowhere.png");
        assertEquals(missing.toString(), assertThrows(NoSuchFileException.class, () -> PictureFiles.read(missing))
                .getFile());
    }

    @Test
    void damagedDataIsOneLineNamingTheFile() throws IOException {
        byte[] png = encode("png", BufferedImage.TYPE_INT_RGB);
        // Cut inside the image data.
        Path cut = write("cut.png", Arrays.copyOf(png, png.length / 2));
        assertEquals(cut + " is damaged: the PNG data cannot be decoded (Error reading PNG image data: the file ends "
                + "too early)", refusal(cut));
        // Scramble the compressed data: the decoder's own words, after ours.
        byte[] scrambled = png.clone();
        int idat = indexOf(scrambled, (byte) 'I', (byte) 'D', (byte) 'A', (byte) 'T');
        for (int i = idat + 6; i < idat + 40; i++) {
            scrambled[i] = (byte) (i * 37);
        }
        Path bad = write("bad.png", scrambled);
        assertTrue(refusal(bad).startsWith(bad + " is damaged: the PNG data cannot be decoded ("), refusal(bad));
        byte[] jpeg = encode("jpeg", BufferedImage.TYPE_INT_RGB);
        Path cutJpeg = write("cut.jpg", Arrays.copyOf(jpeg, 200));
        assertTrue(refusal(cutJpeg).startsWith(cutJpeg + " is damaged: the JPEG data cannot be decoded ("),
                refusal(cutJpeg));
    }

    @Test
    void theReasonIsTheDecodersWordsOnOneLine() {
        assertEquals("Error reading PNG image data: invalid distance too far back", PictureFiles.reason(
                new IIOException("Error reading PNG image data",
                        new ZipException("invalid distance too far back"))));
        assertEquals("ArrayIndexOutOfBoundsException: -5", PictureFiles.reason(
                new IIOException("Caught exception during read: ", new ArrayIndexOutOfBoundsException("-5"))));
        assertEquals("NegativeArraySizeException", PictureFiles.reason(new NegativeArraySizeException()));
        assertEquals("IIOException", PictureFiles.reason(new IIOException("")));
        assertEquals("two lines", PictureFiles.reason(new IIOException("two\nlines")));
    }

    private String lastRefusal;

    private String refusal(Path file) {
        PictureFormatException e = assertThrows(PictureFormatException.class, () -> PictureFiles.read(file));
        assertTrue(e.getMessage().indexOf('\n') < 0, e.getMessage());
        lastRefusal = e.getMessage();
        return e.getMessage();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A 28 x 28 black square on white, 8 pixels in from each side, as {@code format}. */
    private static byte[] encode(String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(28, 28, type);
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                boolean ink = x >= 8 && x < 20 && y >= 8 && y < 20;
                image.setRGB(x, y, ink ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, bytes), format);
        return bytes.toByteArray();
    }

    private static byte[] encodeRle8Bmp() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(encode("png", BufferedImage.TYPE_BYTE_INDEXED)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("bmp").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("BI_RLE8");
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int indexOf(byte[] data, byte... pattern) {
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }
}
