package org.convscope.cli;

import java.nio.file.Path;
import org.convscope.data.Dataset;
import org.convscope.data.IdxFormatException;
import org.convscope.engine.Network;
import picocli.CommandLine.Option;

/** The {@code --images} and {@code --labels} options of every command that reads labelled IDX images. */
final class LabelledImagesOptions {

    @Option(names = "--images", required = true, paramLabel = "IDX", order = 10,
            description = "IDX image file (magic 2051), gzip-compressed or plain.")
    Path images;

    @Option(names = "--labels", required = true, paramLabel = "IDX", order = 11,
            description = "IDX label file (magic 2049) with one label per image.")
    Path labels;

    /**
     * Loads the two files for {@code network}: every label must be one of its classes, the images
     * must have its input size, and there must be at least one.
     */
    Dataset loadFor(Network network) throws IdxFormatException, CommandFailedException {
        Dataset data = Dataset.load(images, labels, network.classes());
        if (data.size() == 0) {
            throw new CommandFailedException(images + " holds no images");
        }
        if (!network.inputShape().equals(data.inputShape())) {
            throw new CommandFailedException("the network takes inputs of " + network.inputShape() + ", but the images in "
                    + images + " are 1x" + data.rows() + "x" + data.cols());
        }
        return data;
    }
}
