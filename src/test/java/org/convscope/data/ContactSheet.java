package org.convscope.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.convscope.engine.Examples;

/**
 * A PNG of many digits side by side, one row per class (or per {@link DigitStyle}), so a person
 * can judge at a glance whether generated or augmented digits look like handwriting and like MNIST. Test scope only (it uses
 * AWT), run by hand:
 * <pre>
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes org.convscope.data.ContactSheet synthetic 1 /tmp/synthetic.png
 * java -cp target/classes:target/test-classes org.convscope.data.ContactSheet styles 1 /tmp/styles.png
 * java -cp target/classes:target/test-classes org.convscope.data.ContactSheet augmented 1 /tmp/augmented.png
 * java -cp target/classes:target/test-classes org.convscope.data.ContactSheet mnist IMAGES LABELS /tmp/mnist.png
 * java -cp target/classes:target/test-classes org.convscope.data.ContactSheet augmented-mnist IMAGES LABELS /tmp/a.png
 * </pre>
 * Ink is drawn black on white, as a person writes it; each cell is 28x28 pixels enlarged twice.
 */
public final class ContactSheet {
    private static final int CLASSES = 10;
    private static final int COLUMNS = 24;
    private static final int ZOOM = 2;
    private static final int GAP = 2;

    private ContactSheet() {
    }

    public static void main(String[] args) throws IOException, IdxFormatException {
        switch (args[0]) {
            case "synthetic" -> write(SyntheticDigits.dataset(CLASSES * COLUMNS, Long.parseLong(args[1])),
                    Path.of(args[2]));
            case "augmented" -> write(Augmented.of(SyntheticDigits.dataset(CLASSES * COLUMNS, Long.parseLong(args[1])),
                    Long.parseLong(args[1])), Path.of(args[2]));
            case "augmented-mnist" -> write(Augmented.of(Dataset.load(Path.of(args[1]), Path.of(args[2]), CLASSES), 1),
                    Path.of(args[3]));
            case "styles" -> writeStyles(Long.parseLong(args[1]), Path.of(args[2]));
            case "mnist" -> write(Dataset.load(Path.of(args[1]), Path.of(args[2]), CLASSES), Path.of(args[3]));
            default -> throw new IllegalArgumentException("synthetic SEED OUT | styles SEED OUT | augmented SEED OUT"
                    + " | mnist IMAGES LABELS OUT | augmented-mnist IMAGES LABELS OUT");
        }
    }

    /** Writes the first {@value #COLUMNS} examples of each class of {@code examples}, a row per class. */
    public static void write(Examples examples, Path png) throws IOException {
        List<List<double[]>> rows = new ArrayList<>();
        for (int c = 0; c < CLASSES; c++) {
            rows.add(new ArrayList<>());
        }
        int side = (int) Math.round(Math.sqrt(examples.input(0).size()));
        for (int i = 0; i < examples.size(); i++) {
            List<double[]> row = rows.get(examples.label(i));
            if (row.size() < COLUMNS) {
                double[] values = new double[side * side];
                examples.copyInput(i, values);
                row.add(values);
            }
        }
        write(rows, side, png);
    }

    /** One row per {@link DigitStyle}, to check each template on its own. */
    static void writeStyles(long seed, Path png) throws IOException {
        List<List<double[]>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DigitStyle style : DigitStyle.values()) {
            rows.add(new ArrayList<>());
            names.add(style.name());
        }
        for (int i = 0; rows.stream().anyMatch(r -> r.size() < COLUMNS) && i < 100_000; i++) {
            List<double[]> row = rows.get(names.indexOf(SyntheticDigits.drawing(i, seed).style()));
            if (row.size() < COLUMNS) {
                row.add(SyntheticDigits.input(i, seed).toArray());
            }
        }
        write(rows, 28, png);
    }

    private static void write(List<List<double[]>> rows, int side, Path png) throws IOException {
        int cell = side * ZOOM + GAP;
        BufferedImage sheet = new BufferedImage(COLUMNS * cell + GAP, rows.size() * cell + GAP, BufferedImage.TYPE_INT_RGB);
        fill(sheet, 0x8080c0);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                draw(sheet, rows.get(r).get(c), side, GAP + c * cell, GAP + r * cell);
            }
        }
        ImageIO.write(sheet, "png", png.toFile());
    }

    private static void fill(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, rgb);
            }
        }
    }

    private static void draw(BufferedImage sheet, double[] ink, int side, int left, int top) {
        for (int y = 0; y < side * ZOOM; y++) {
            for (int x = 0; x < side * ZOOM; x++) {
                double v = ink[(y / ZOOM) * side + x / ZOOM];
                int grey = (int) Math.round(255 * (1 - Math.max(0, Math.min(1, v))));
                sheet.setRGB(left + x, top + y, grey * 0x010101);
            }
        }
    }
}
