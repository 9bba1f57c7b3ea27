package org.convscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.GreyImage;
import org.convscope.data.PictureFiles;
import org.convscope.data.PictureFormatException;
import org.convscope.data.Preprocessed;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NonFinite;
import org.convscope.engine.Tensor;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import org.convscope.model.ShippedModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code classify}: reads a picture of a digit, prepares it the way MNIST's digits were prepared
 * ({@link DigitPreprocessor}), and prints what that did and the three most likely classes.
 */
@Command(name = "classify", sortOptions = false,
        description = "Classify a picture of a handwritten digit (PNG, JPEG, GIF or BMP; any size, dark ink on "
                + "light or light on dark), prepared like MNIST's digits.")
final class ClassifyCommand implements Callable<Integer> {
    private static final int SHOWN = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--image", required = true, paramLabel = "FILE", order = 1, description = "The picture.")
    Path image;

    @Option(names = "--model", paramLabel = "FILE", order = 2,
            description = "Model file (JSON). Default: the shipped lenet5 model.")
    Path modelFile;

    @Override
    public Integer call() throws Exception {
        // The picture first: a bad one is reported before the model has been read.
        GreyImage picture;
        try {
            picture = PictureFiles.read(image);
        } catch (PictureFormatException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        Model model = modelFile != null ? ModelFile.load(modelFile) : ShippedModels.loadLenet5();
        Network network = model.network();
        if (network.inputShape().size() != DigitPreprocessor.SIZE * DigitPreprocessor.SIZE) {
            throw new CommandFailedException("the model takes " + network.inputShape() + " inputs, not 28x28 digits");
        }
        Preprocessed prepared = DigitPreprocessor.preprocess(picture);
        if (prepared.empty()) {
            throw new CommandFailedException("nothing drawn: " + image + " has no ink to classify");
        }
        Tensor input = prepared.input().reshape(network.inputShape());
        Tensor p = network.predict(input);
        if (!NonFinite.allFinite(p)) {
            throw NonFiniteOutputs.of(network.forwardTrace(input, Mode.INFERENCE), image.toString())
                    .orElseGet(() -> new CommandFailedException("the probabilities are not finite for " + image));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(describe(picture, prepared));
        int[] ranked = ranked(p);
        for (int i = 0; i < Math.min(SHOWN, ranked.length); i++) {
            out.printf(Locale.ROOT, "%d. %d  %.4f%n", i + 1, ranked[i], p.get(ranked[i]));
        }
        return 0;
    }

    /** Two lines saying what the preprocessing did, in the order it did it. */
    static String describe(GreyImage picture, Preprocessed prepared) {
        Preprocessed.Box box = prepared.inkBox();
        return String.format(Locale.ROOT, "%dx%d picture, %s; ink box %.0fx%.0f at (%.0f, %.0f), scaled by %.3f to "
                + "fit 20x20%ncentre of mass moved to the middle of 28x28: shift (%+.1f, %+.1f) from the box centre%n",
                picture.width(), picture.height(), prepared.darkInk() ? "dark ink on light" : "light ink on dark",
                box.width(), box.height(), box.x(), box.y(), prepared.scale(), prepared.shiftX(), prepared.shiftY());
    }

    /** Class indices from most to least likely. */
    private static int[] ranked(Tensor p) {
        Integer[] order = new Integer[p.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p.get(b), p.get(a)));
        int[] result = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = order[i];
        }
        return result;
    }
}
