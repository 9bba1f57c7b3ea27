package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

    @Test
    void inputsArePixelsOver255InAOneChannelImage() {
        byte[] pixels = {0, (byte) 51, (byte) 255, 102, /* second image */ 1, 2, 3, 4};
        Dataset data = Dataset.of("two", new IdxImages(2, 2, 2, pixels), new byte[] {7, 3}, 10);

        Tensor first = data.input(0);
        assertEquals(Shape.of(1, 2, 2), first.shape());
        assertEquals(0.0, first.get(0, 0, 0));
        assertEquals(0.2, first.get(0, 0, 1), 1e-12);
        assertEquals(1.0, first.get(0, 1, 0));
        assertEquals(0.4, first.get(0, 1, 1), 1e-12);
        assertEquals(4 / 255.0, data.input(1).get(0, 1, 1), 1e-12);
        assertEquals(7, data.label(0));
        assertEquals(3, data.label(1));
    }

    @Test
    void validationIsTheLastFraction() {
        Dataset data = Dataset.of("digits", new IdxImages(8000, 1, 1, new byte[8000]), labelsCounting(8000), 256);

        Dataset.Split split = data.split(0.125);

        assertEquals(7000, split.training().size());
        assertEquals(1000, split.validation().size());
        assertEquals(data.label(7000), split.validation().label(0));
        assertEquals(data.label(7999), split.validation().label(999));
        assertEquals(data.label(6999), split.training().label(6999));
        assertEquals("digits 7000-7999", split.validation().description());
        assertEquals("0-6999", split.training().range());
    }

    @Test
    void splitOfZeroKeepsEverythingForTraining() {
        Dataset data = Dataset.of("d", new IdxImages(10, 1, 1, new byte[10]), new byte[10], 2);
        Dataset.Split split = data.split(0);
        assertEquals(10, split.training().size());
        assertEquals(0, split.validation().size());
    }

    @Test
    void aSmallFractionStillValidatesOnOneImage() {
        Dataset data = Dataset.of("d", new IdxImages(10, 1, 1, new byte[10]), new byte[10], 2);
        assertEquals(1, data.split(0.01).validation().size());
    }

    @Test
    void aSplitLeavingNothingToTrainOnIsRefused() {
        Dataset data = Dataset.of("d", new IdxImages(2, 1, 1, new byte[2]), new byte[2], 2);
        assertThrows(IllegalArgumentException.class, () -> data.split(0.9));
        assertThrows(IllegalArgumentException.class, () -> data.split(1.0));
    }

    @Test
    void slicesOfSlicesCountFromTheirOwnStart() {
        Dataset data = Dataset.of("d", new IdxImages(10, 1, 1, new byte[10]), labelsCounting(10), 256);
        Dataset inner = data.slice(2, 8).slice(1, 3);
        assertEquals(2, inner.size());
        assertEquals(3, inner.label(0));
        assertEquals(4, inner.label(1));
        assertThrows(IndexOutOfBoundsException.class, () -> inner.label(2));
    }

    @Test
    void loadsGeneratedIdxFiles(@TempDir Path dir) throws Exception {
        Path[] files = GeneratedImages.writeIdx(dir, "shapes", 30, 3);
        Dataset data = Dataset.load(files[0], files[1], 10);
        Dataset expected = GeneratedImages.barsAndCrosses(30, 3);

        assertEquals(30, data.size());
        assertEquals(Shape.of(1, 28, 28), data.inputShape());
        for (int i = 0; i < 30; i++) {
            assertEquals(expected.label(i), data.label(i));
            assertEquals(expected.input(i), data.input(i));
        }
        assertEquals("shapes-images.idx.gz 0-29", data.description());
    }

    private static byte[] labelsCounting(int n) {
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) i;
        }
        return labels;
    }
}
