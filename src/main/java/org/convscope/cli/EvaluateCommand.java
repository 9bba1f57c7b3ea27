package org.convscope.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.convscope.data.Dataset;
import org.convscope.data.IdxFormatException;
import org.convscope.engine.Network;
import org.convscope.engine.train.Evaluation;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: the accuracy of a model on labelled IDX images or on generated digits, in
 * inference mode. The first line is always {@code accuracy: 0.9876 (1975/2000)} so scripts can
 * read it; the mean loss and the confusion matrix follow (see {@link EvaluationReport}).
 */
@Command(name = "evaluate", sortOptions = false,
        description = "Measure a model's accuracy on labelled IDX images or generated digits and show its "
                + "confusion matrix.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--model", required = true, paramLabel = "FILE", order = 1, description = "Model file (JSON).")
    Path modelFile;

    /** Both or neither: picocli reports one without the other. */
    @ArgGroup(exclusive = false, multiplicity = "0..1", order = 10)
    LabelledImagesOptions files;

    @Option(names = "--synthetic", paramLabel = "N", order = 12,
            description = "Evaluate on N generated handwritten digits instead of IDX images.")
    Integer synthetic;

    @Option(names = "--synthetic-seed", paramLabel = "N", order = 13,
            description = "Seed of the generated digits (required with --synthetic): pick one the model was not "
                    + "trained on (train uses its --seed unless given --synthetic-seed).")
    Long syntheticSeed;

    @Override
    public Integer call() throws Exception {
        validateDataOptions();
        Model model = ModelFile.load(modelFile);
        Dataset data = load(model.network());
        Evaluation evaluation = Evaluation.of(model.network(), data);
        if (!evaluation.allFinite()) {
            throw NonFiniteOutputs.of(model.network(), data, evaluation);
        }
        spec.commandLine().getOut().print(EvaluationReport.format(evaluation));
        return 0;
    }

    /** One source of digits; generated ones need a seed, since the default would be the one train used. */
    private void validateDataOptions() {
        UsageCheck check = new UsageCheck(spec);
        check.require((files != null) != (synthetic != null),
                "give either --images and --labels, or --synthetic N with --synthetic-seed S");
        check.require(synthetic == null || synthetic >= 1, "--synthetic must be at least 1, got " + synthetic);
        check.require((synthetic == null) == (syntheticSeed == null),
                synthetic == null ? "--synthetic-seed needs --synthetic N"
                        : "--synthetic needs --synthetic-seed S: pick a seed the model was not trained on");
    }

    private Dataset load(Network network) throws IdxFormatException, CommandFailedException {
        return files != null ? files.loadFor(network) : SyntheticData.generateFor(network, synthetic, syntheticSeed);
    }
}
