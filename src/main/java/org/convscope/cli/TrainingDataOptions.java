package org.convscope.cli;

import java.util.ArrayList;
import java.util.List;
import org.convscope.data.Augmented;
import org.convscope.data.Concatenated;
import org.convscope.data.Dataset;
import org.convscope.data.IdxFormatException;
import org.convscope.engine.Examples;
import org.convscope.engine.Network;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where {@code train} gets its examples: labelled IDX images, generated digits, or both. The last
 * fraction of the IDX images is held back for validation, so that validation accuracy measures
 * real digits; with generated digits alone, their last fraction is. {@code --augment} changes the
 * training examples only. This is the one place that assembles the training data.
 */
final class TrainingDataOptions {

    /** Both or neither: picocli reports one without the other. */
    @ArgGroup(exclusive = false, multiplicity = "0..1", order = 10)
    LabelledImagesOptions files;

    @Option(names = "--synthetic", defaultValue = "0", paramLabel = "N", order = 12,
            description = "Also (or only) train on N generated handwritten digits, the classes taking turns. "
                    + "Default: none.")
    int synthetic;

    @Option(names = "--synthetic-seed", paramLabel = "N", order = 13,
            description = "Seed of the generated digits: the same seed gives the same digits. Default: --seed.")
    Long syntheticSeed;

    @Option(names = "--validation-split", defaultValue = "0.1", paramLabel = "F", order = 14,
            description = "Fraction of the images, taken from the end, that is held back for validation (0 = none): "
                    + "of the IDX images if there are any, else of the generated digits. Default: ${DEFAULT-VALUE}.")
    double validationSplit;

    @Option(names = "--augment", order = 15,
            description = "Show the network a new random variant of every training image in every epoch (rotation, "
                    + "slant, scale, shift, elastic wobble, stroke thickness). Validation images stay as they are.")
    boolean augment;

    /**
     * What one training run learns from and validates on, and how to describe that in the model
     * file. The training examples may change from epoch to epoch (new augmented variants): ask
     * {@link #trainingForEpoch} for each epoch's.
     */
    record TrainingData(Examples training, Examples validation, String description) {

        /** The examples to train on in {@code epoch} (counted from 1). */
        Examples trainingForEpoch(int epoch) {
            return training instanceof Augmented augmented ? augmented.forEpoch(epoch) : training;
        }
    }

    /** Checks the options that do not need the files. */
    void validate(UsageCheck check) {
        check.require(synthetic >= 0, "--synthetic must be 0 or more, got " + synthetic);
        check.require(files != null || synthetic > 0,
                "give the training images: --images and --labels, or --synthetic N, or both");
        check.require(syntheticSeed == null || synthetic > 0, "--synthetic-seed needs --synthetic N");
        check.require(validationSplit >= 0 && validationSplit < 1,
                "--validation-split must be at least 0 and below 1, got " + validationSplit);
    }

    /** Loads and generates the examples; {@code seed} (the run's --seed) seeds what the options leave unseeded. */
    TrainingData loadFor(Network network, long seed) throws IdxFormatException, CommandFailedException {
        Dataset generated = synthetic == 0 ? null
                : SyntheticData.generateFor(network, synthetic, syntheticSeed != null ? syntheticSeed : seed);
        Dataset.Split split = files != null ? split(files.loadFor(network), files.images.toString())
                : split(generated, "--synthetic " + synthetic);

        List<Dataset> parts = new ArrayList<>(List.of(split.training()));
        if (files != null && generated != null) {
            parts.add(generated);
        }
        Examples training = parts.size() == 1 ? parts.get(0) : Concatenated.of(parts.toArray(Examples[]::new));
        if (augment) {
            training = Augmented.of(training, seed);
        }
        return new TrainingData(training, split.validation(), describe(parts, split.validation()));
    }

    private Dataset.Split split(Dataset all, String source) throws CommandFailedException {
        try {
            return all.split(validationSplit);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(source + ": " + e.getMessage());
        }
    }

    /**
     * "mnist8k-images-idx3-ubyte.gz 0-6999 (validation 7000-7999)", or with generated digits
     * "mnist8k-images-idx3-ubyte.gz 0-6999 + synthetic digits (seed 7) 0-19999, augmented
     * (validation mnist8k-images-idx3-ubyte.gz 7000-7999)".
     */
    private String describe(List<Dataset> parts, Dataset validation) {
        StringBuilder text = new StringBuilder();
        for (Dataset part : parts) {
            text.append(text.length() == 0 ? "" : " + ").append(part.description());
        }
        if (augment) {
            text.append(", augmented");
        }
        if (validation.size() == 0) {
            return text.append(" (no validation)").toString();
        }
        // With one source the range says it all; with several, name the one validated on.
        return text.append(" (validation ").append(parts.size() == 1 ? validation.range() : validation.description())
                .append(')').toString();
    }
}
