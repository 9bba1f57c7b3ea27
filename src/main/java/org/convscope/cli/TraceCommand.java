package org.convscope.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.convscope.data.Dataset;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Rng;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trace}: the complete forward and backward pass of one image, written as JSON (see
 * {@link TraceJson} for the layout), with a one-line summary on stdout.
 */
@Command(name = "trace", sortOptions = false,
        description = "Write the full forward and backward pass of one image as JSON: every layer's output, "
                + "gradients, pooling routes and dropout mask, the probabilities and the loss.")
final class TraceCommand implements Callable<Integer> {

    enum ModeChoice { inference, training }

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--model", required = true, paramLabel = "FILE", order = 1, description = "Model file (JSON).")
    Path modelFile;

    @Mixin
    LabelledImagesOptions files;

    @Option(names = "--index", required = true, paramLabel = "N", order = 20,
            description = "Which image of the file to trace, counting from 0.")
    int index;

    @Option(names = "--label", paramLabel = "L", order = 21,
            description = "Class the loss is computed for. Default: the image's label in the file.")
    Integer label;

    @Option(names = "--mode", defaultValue = "inference", paramLabel = "inference|training", order = 22,
            description = "training draws a dropout mask; inference lets everything through. Default: ${DEFAULT-VALUE}.")
    ModeChoice mode;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", order = 23,
            description = "Seed of the dropout mask in training mode. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", order = 24, description = "Trace file to write (JSON).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Model model = ModelFile.load(modelFile);
        Network network = model.network();
        Dataset data = files.loadFor(network);
        if (index < 0 || index >= data.size()) {
            throw new CommandFailedException("--index " + index + " is outside the " + data.size() + " images of "
                    + files.images + " (0.." + (data.size() - 1) + ")");
        }
        int fileLabel = data.label(index);
        int target = label != null ? label : fileLabel;
        if (target < 0 || target >= network.classes()) {
            throw new CommandFailedException("--label " + target + " is not one of the model's classes 0.."
                    + (network.classes() - 1));
        }
        boolean training = mode == ModeChoice.training;
        PassTrace trace = network.trace(data.input(index), target, training ? Mode.training(new Rng(seed)) : Mode.INFERENCE);
        Optional<CommandFailedException> notFinite = NonFiniteOutputs.of(trace, "image " + index);
        if (notFinite.isPresent()) {
            throw notFinite.get(); // nothing is written: a trace of NaN teaches nothing
        }

        TraceJson.Source source = new TraceJson.Source(modelFile.toString(), files.images.toString(), index, fileLabel,
                mode.name(), training ? seed : null);
        TraceJson.write(trace, source, out);

        int predicted = trace.loss().predicted();
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "image %d (label %d, %s): predicted %d with p %.4f, loss %.4f; %d layers traced to %s", index, target,
                mode.name(), predicted, trace.loss().probabilities().get(predicted), trace.loss().loss(),
                trace.layers().size(), out));
        return 0;
    }
}
