package org.convscope.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.convscope.data.Dataset;
import org.convscope.engine.train.Evaluation;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: the accuracy of a model on labelled IDX images, in inference mode. The first
 * line is always {@code accuracy: 0.9876 (1975/2000)} so scripts can read it; the mean loss and
 * the confusion matrix follow (see {@link EvaluationReport}).
 */
@Command(name = "evaluate", sortOptions = false,
        description = "Measure a model's accuracy on labelled IDX images and show its confusion matrix.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--model", required = true, paramLabel = "FILE", order = 1, description = "Model file (JSON).")
    Path modelFile;

    @Mixin
    LabelledImagesOptions files;

    @Override
    public Integer call() throws Exception {
        Model model = ModelFile.load(modelFile);
        Dataset data = files.loadFor(model.network());
        Evaluation evaluation = Evaluation.of(model.network(), data);
        spec.commandLine().getOut().print(EvaluationReport.format(evaluation));
        return 0;
    }
}
