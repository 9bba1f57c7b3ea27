package org.convscope.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Tensor;
import org.convscope.model.ModelFile;
import org.convscope.model.ModelFormatException;
import org.convscope.model.ModelMetadata;
import org.convscope.model.ShippedModels;

/**
 * A model that loads and computes most digits but whose weights are too large for dense ink: the
 * shipped LeNet-5 with two changes. conv1's filter 1 becomes a detector of dense ink, 25 weights of
 * 10 and a bias of -230: after ReLU it is 0 unless a 5 x 5 window holds more than 23 (of at most
 * 25) worth of ink, and at most 20. conv2's filters 1 and 2 weigh that map with weights of +6e306
 * and -6e306, so a window of conv2 over more than 30 of it sums to more than the largest double:
 * +Infinity on conv2's map 1, -Infinity on map 2 (a little less overflows later, in the dense layers).
 *
 * <p>A generated 0 never holds that much ink in a window (at most 21.9 in 180 of them), nor does a
 * blank image, so the model passes loading; conv1's filter 1 is then 0 after ReLU and the rest is
 * the shipped model, forward and backward. Of 900 generated digits 80 stop (none of the 0s, about
 * one in six of the 2s, 4s, 5s and 8s), most of them at conv2. {@link #main} writes the model to a file, to open it in the
 * app with File > Open model.
 */
public final class TooLargeWeights {
    static final double WEIGHT = 6e306;

    private TooLargeWeights() {
    }

    static Network lenet5() throws ModelFormatException {
        Network network = ShippedModels.loadLenet5().network();
        double[] conv1 = network.layers().get(0).params().get(0).value(); // [6, 1, 5, 5]
        java.util.Arrays.fill(conv1, 0, 25, 10);
        network.layers().get(0).params().get(1).value()[0] = -230;
        double[] conv2 = network.layers().get(3).params().get(0).value(); // [16, 6, 5, 5]
        for (int i = 0; i < 25; i++) {
            conv2[i] = WEIGHT; // filter 1, channel 1
            conv2[6 * 25 + i] = -WEIGHT; // filter 2, channel 1
        }
        return network;
    }

    /**
     * A blank 1 x 28 x 28 image with solid ink (1.0) in rows and columns 10 to 17: 16 windows of
     * conv1 hold 25, and conv1's filter 1 gives 2 x 2 cells of 2 after max pooling.
     */
    public static Tensor solidInk() {
        double[] pixels = new double[28 * 28];
        for (int y = 10; y < 18; y++) {
            for (int x = 10; x < 18; x++) {
                pixels[y * 28 + x] = 1;
            }
        }
        return Tensor.wrap(Presets.DIGIT, pixels);
    }

    /** Writes the model to {@code file}. */
    static void save(Path file) throws IOException, ModelFormatException {
        ModelFile.save(lenet5(), new ModelMetadata("lenet5", "shipped LeNet-5; conv1 filter 1 detects dense ink, "
                + "conv2 filters 1 and 2 weigh it +-" + WEIGHT, null, null, null, null, null), file);
    }

    /** {@code TooLargeWeights /tmp/too-large.json}: writes the model for opening it in the app. */
    public static void main(String[] args) throws Exception {
        save(Path.of(args.length > 0 ? args[0] : "too-large-weights.json"));
    }
}
