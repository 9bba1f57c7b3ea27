package org.convscope.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convscope.io.AtomicFile;
import org.convscope.engine.Initialization;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.layer.Dropout;
import org.convscope.engine.train.Adam;
import org.convscope.engine.ParameterCount;
import org.convscope.engine.train.BatchResult;
import org.convscope.engine.train.DivergenceGuard;
import org.convscope.engine.train.Evaluation;
import org.convscope.engine.train.Optimizer;
import org.convscope.engine.train.Regularization;
import org.convscope.engine.train.Sgd;
import org.convscope.engine.train.Trainer;
import org.convscope.engine.train.TrainingDivergedException;
import org.convscope.model.ModelFile;
import org.convscope.model.ModelMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train}: trains a preset network on labelled IDX images, generated digits or both, and saves
 * it as a model file.
 *
 * <p>Prints one line per epoch on stdout, for people and for scripts:
 * {@code epoch 3/10  loss 0.1234  acc 0.9650  val_loss 0.0800  val_acc 0.9760  12.3 s}, where
 * loss and acc are measured on the training images during the epoch (with dropout active) and the
 * val_ figures on the held-back images afterwards (in inference mode). A progress bar runs on
 * stderr meanwhile. Nothing is written if training diverges.
 */
@Command(name = "train", sortOptions = false,
        description = "Train a preset network on labelled IDX images, generated digits or both, and save it as a "
                + "model file.")
final class TrainCommand implements Callable<Integer> {

    enum OptimizerChoice { sgd, adam }

    enum InitChoice { he, xavier }

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--preset", required = true, paramLabel = "NAME", order = 1,
            description = "Network to train: lenet5 or tiny.")
    String preset;

    @Mixin
    TrainingDataOptions data;

    @Option(names = "--out", required = true, paramLabel = "FILE", order = 16,
            description = "Model file to write (JSON); missing folders are created. Not written (an existing file is "
                    + "left as it was) if training diverges or ends at chance accuracy.")
    Path out;

    @Option(names = "--epochs", defaultValue = "5", paramLabel = "N", order = 20,
            description = "Passes over the training images. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--batch", defaultValue = "32", paramLabel = "N", order = 21,
            description = "Images per weight update. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--optimizer", defaultValue = "adam", paramLabel = "sgd|adam", order = 22,
            description = "sgd (with momentum) or adam. Default: ${DEFAULT-VALUE}.")
    OptimizerChoice optimizer;

    @Option(names = "--lr", paramLabel = "X", order = 23,
            description = "Learning rate. Default: 0.001 for adam, 0.01 for sgd.")
    Double learningRate;

    @Option(names = "--lr-decay", defaultValue = "1", paramLabel = "F", order = 23,
            description = "Multiply the learning rate by F after every epoch, so the last epochs settle "
                    + "instead of jumping about (e.g. 0.85). Default: ${DEFAULT-VALUE} (constant).")
    double learningRateDecay;

    @Option(names = "--momentum", paramLabel = "X", order = 24,
            description = "Momentum of sgd, in [0, 1). Default: 0.9.")
    Double momentum;

    @Option(names = "--l1", defaultValue = "0", paramLabel = "X", order = 25,
            description = "L1 penalty strength on the weights (never the biases). Default: ${DEFAULT-VALUE}.")
    double l1;

    @Option(names = "--l2", defaultValue = "0", paramLabel = "X", order = 26,
            description = "L2 penalty strength on the weights (never the biases). Default: ${DEFAULT-VALUE}.")
    double l2;

    @Option(names = "--dropout", paramLabel = "P", order = 27,
            description = "Drop probability of the preset's dropout layers. Default: the preset's (0.5 in lenet5).")
    Double dropout;

    @Option(names = "--init", defaultValue = "he", paramLabel = "he|xavier", order = 28,
            description = "Weight initialisation. Default: ${DEFAULT-VALUE}.")
    InitChoice init;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", order = 29,
            description = "Seed of initialisation, shuffling and dropout: the same seed gives the same model. "
                    + "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", order = 30,
            description = "Threads that share each batch (the result does not depend on it). Default: one per core.")
    Integer threads;

    @Option(names = "--no-progress", order = 31, description = "No progress bar (for logs).")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        NetworkSpec networkSpec = validatedNetworkSpec();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        checkOutputWritable();

        Rng rng = new Rng(seed);
        Network network = Network.build(networkSpec, init == InitChoice.he ? Initialization.HE : Initialization.XAVIER,
                rng);
        TrainingDataOptions.TrainingData examples = data.loadFor(network, seed);
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Optimizer update = optimizer == OptimizerChoice.sgd
                ? new Sgd(learningRate(), momentum != null ? momentum : 0.9)
                : new Adam(learningRate());

        Double validationAccuracy = null;
        Evaluation lastValidation = null;
        try (Trainer trainer = new Trainer(network, update, new Regularization(l1, l2), rng, threadCount)) {
            stdout.println(TrainingReport.header(preset.toLowerCase(Locale.ROOT), network, examples, updateDescription(),
                    batch, seed, trainer.threads()));
            int[] all = new int[examples.training().size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            for (int epoch = 1; epoch <= epochs; epoch++) {
                long start = System.nanoTime();
                BatchResult result = trainEpoch(trainer, examples, trainer.shuffled(all), epoch, stderr);
                Evaluation validation = examples.validation().size() == 0 ? null
                        : Evaluation.of(network, examples.validation());
                requireFinite(validation, epoch);
                lastValidation = validation;
                validationAccuracy = validation == null ? null : validation.accuracy();
                stdout.println(TrainingReport.epochLine(epoch, epochs, result, validation,
                        (System.nanoTime() - start) / 1e9));
                update.setLearningRate(update.learningRate() * learningRateDecay);
            }
        }
        if (lastValidation != null && DivergenceGuard.atChance(lastValidation)) {
            throw new CommandFailedException(String.format(Locale.ROOT, "the network learned nothing: validation "
                    + "accuracy %.4f on %s images is chance level (at most %.2f for %d classes); %s. %s",
                    lastValidation.accuracy(), ParameterCount.format(lastValidation.count()),
                    DivergenceGuard.chanceAccuracy(network.classes()), network.classes(), chanceAdvice(), unchanged()));
        }
        ModelMetadata metadata = new ModelMetadata(preset.toLowerCase(Locale.ROOT), examples.description(), epochs,
                validationAccuracy, seed, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), commandLine());
        ModelFile.save(network, metadata, out);
        stdout.println("saved " + out + (validationAccuracy == null ? ""
                : String.format(Locale.ROOT, " (validation accuracy %.4f)", validationAccuracy)));
        return 0;
    }

    private BatchResult trainEpoch(Trainer trainer, TrainingDataOptions.TrainingData examples, int[] order, int epoch,
            PrintWriter stderr) throws CommandFailedException {
        double[] lossSoFar = {0};
        try (Progress progress = Progress.start(stderr, !noProgress, "epoch " + epoch + "/" + epochs, order.length)) {
            return trainer.trainEpoch(examples.trainingForEpoch(epoch), order, batch, (done, total, batchResult) -> {
                lossSoFar[0] += batchResult.lossSum();
                progress.update(done, String.format(Locale.ROOT, "loss %.4f", lossSoFar[0] / done));
            });
        } catch (TrainingDivergedException e) {
            throw diverged(epoch, e.what() + ": " + advice());
        }
    }

    /** The trainer checks the weights after every batch; the held-back images can still show a NaN it did not see. */
    private void requireFinite(Evaluation validation, int epoch) throws CommandFailedException {
        if (validation != null && !validation.allFinite()) {
            throw diverged(epoch, "the outputs are not finite for " + ParameterCount.format(validation.nonFinite())
                    + " of the " + ParameterCount.format(validation.count()) + " validation images: " + advice());
        }
    }

    private CommandFailedException diverged(int epoch, String reason) {
        return new CommandFailedException("epoch " + epoch + "/" + epochs + ": training diverged: " + reason + ". "
                + unchanged());
    }

    /** What to do about a run that diverged or learned nothing; almost always the learning rate. */
    private String advice() {
        double usual = usualLearningRate();
        String rate = DecimalText.of(learningRate());
        if (learningRate() >= 10 * usual) {
            return "the learning rate " + rate + " is far too high; " + optimizer + " with " + DecimalText.of(usual)
                    + " is the usual start";
        }
        return "lower the learning rate (" + rate + ") and check the data for NaN values";
    }

    /** A run that ended at chance without diverging: the rate may be too low as well as too high. */
    private String chanceAdvice() {
        double usual = usualLearningRate();
        if (learningRate() <= usual / 10) {
            return "the learning rate " + DecimalText.of(learningRate()) + " is far too low; " + optimizer + " with "
                    + DecimalText.of(usual) + " is the usual start";
        }
        if (learningRate() >= 10 * usual) {
            return advice();
        }
        return "train for more epochs, and check that the labels belong to the images";
    }

    private String unchanged() {
        return Files.exists(out) ? out + " was left unchanged." : "No model was written.";
    }

    private NetworkSpec validatedNetworkSpec() {
        UsageCheck check = new UsageCheck(spec);
        check.require(Presets.NAMES.contains(preset.toLowerCase(Locale.ROOT)),
                "unknown preset '" + preset + "'; choose one of " + String.join(", ", Presets.NAMES));
        check.require(epochs >= 1, "--epochs must be at least 1, got " + epochs);
        check.require(batch >= 1, "--batch must be at least 1, got " + batch);
        check.require(learningRate == null || learningRate > 0 && Double.isFinite(learningRate),
                "--lr must be a positive number, got " + learningRate);
        check.require(learningRateDecay > 0 && learningRateDecay <= 1,
                "--lr-decay must be above 0 and at most 1, got " + learningRateDecay);
        check.require(momentum == null || momentum >= 0 && momentum < 1,
                "--momentum must be at least 0 and below 1, got " + momentum);
        check.require(momentum == null || optimizer == OptimizerChoice.sgd,
                "--momentum applies to --optimizer sgd only (adam keeps its own running averages)");
        check.require(l1 >= 0 && Double.isFinite(l1), "--l1 must be 0 or more, got " + l1);
        check.require(l2 >= 0 && Double.isFinite(l2), "--l2 must be 0 or more, got " + l2);
        check.require(dropout == null || dropout >= 0 && dropout < 1,
                "--dropout must be at least 0 and below 1, got " + dropout);
        check.require(threads == null || threads >= 1, "--threads must be at least 1, got " + threads);
        data.validate(check);
        NetworkSpec networkSpec = Presets.byName(preset);
        if (dropout != null) {
            check.require(networkSpec.layers().stream().anyMatch(s -> s instanceof Dropout.Spec),
                    "the " + preset + " preset has no dropout layer, so --dropout would change nothing");
            networkSpec = networkSpec.withDropout(dropout);
        }
        return networkSpec;
    }

    /** Finds out now, rather than after minutes of training, that the model could not be saved. */
    private void checkOutputWritable() throws IOException {
        if (Files.isDirectory(out)) {
            throw new FileSystemException(out.toString(), null, "is a folder; give a file name such as model.json");
        }
        // Writing a small file beside the target tries what saving will do, in the same folder.
        Path probe = out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".probe");
        try {
            AtomicFile.write(probe, stream -> stream.write('\n'));
            Files.delete(probe);
        } catch (FileSystemException e) {
            throw new FileSystemException(out.toString(), null, e.getReason());
        }
    }

    /** "adam lr 0.001" or "sgd lr 0.01 momentum 0.9". */
    private String updateDescription() {
        String decay = learningRateDecay == 1 ? "" : " x " + DecimalText.of(learningRateDecay) + " per epoch";
        String rate = DecimalText.of(learningRate());
        return optimizer == OptimizerChoice.sgd
                ? "sgd lr " + rate + decay + " momentum " + DecimalText.of(momentum != null ? momentum : 0.9)
                : "adam lr " + rate + decay;
    }

    private double learningRate() {
        return learningRate != null ? learningRate : usualLearningRate();
    }

    /** The default, and the usual start, of each optimizer. */
    private double usualLearningRate() {
        return optimizer == OptimizerChoice.sgd ? 0.01 : 0.001;
    }

    /** The command as typed, for the model's metadata. */
    private String commandLine() {
        StringBuilder line = new StringBuilder("convscope");
        for (String arg : spec.root().commandLine().getParseResult().originalArgs()) {
            line.append(' ').append(arg.isEmpty() || arg.matches(".*[\\s'\"$\\\\].*") ? "'" + arg.replace("'", "'\\''") + "'"
                    : arg);
        }
        return line.toString();
    }
}
