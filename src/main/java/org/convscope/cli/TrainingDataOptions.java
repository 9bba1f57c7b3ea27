package org.convscope.cli;

import org.convscope.data.Dataset;
import org.convscope.data.IdxFormatException;
import org.convscope.engine.Examples;
import org.convscope.engine.Network;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where {@code train} gets its examples: labelled IDX images, of which the last fraction is held
 * back for validation. This is the one place that assembles the training data, so further
 * sources (generated digits, augmented copies) join here as options without touching the loop.
 */
final class TrainingDataOptions {

    @Mixin
    LabelledImagesOptions files;

    @Option(names = "--validation-split", defaultValue = "0.1", paramLabel = "F", order = 12,
            description = "Fraction of the images, taken from the end, that is held back for validation (0 = none). "
                    + "Default: ${DEFAULT-VALUE}.")
    double validationSplit;

    /** What one training run learns from and validates on, and how to describe that in the model file. */
    record TrainingData(Examples training, Examples validation, String description) {
    }

    /** Checks the options that do not need the files. */
    void validate(UsageCheck check) {
        check.require(validationSplit >= 0 && validationSplit < 1,
                "--validation-split must be at least 0 and below 1, got " + validationSplit);
    }

    TrainingData loadFor(Network network) throws IdxFormatException, CommandFailedException {
        Dataset all = files.loadFor(network);
        Dataset.Split split;
        try {
            split = all.split(validationSplit);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(files.images + ": " + e.getMessage());
        }
        String description = split.training().description()
                + (split.validation().size() == 0 ? " (no validation)" : " (validation " + split.validation().range() + ")");
        return new TrainingData(split.training(), split.validation(), description);
    }
}
