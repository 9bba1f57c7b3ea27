package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.convscope.data.Dataset;
import org.convscope.data.GeneratedImages;
import org.convscope.engine.Examples;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code train} and {@code evaluate} with generated digits ({@code --synthetic}) and {@code --augment}. */
class SyntheticTrainingTest {
    @TempDir
    Path dir;

    @Test
    void trainsOnGeneratedDigitsAloneAndValidatesOnTheirLastPart() throws Exception {
        Path out = dir.resolve("tiny.json");
        CliRun run = CliRun.of("train", "--preset", "tiny", "--synthetic", "200", "--epochs", "1", "--no-progress",
                "--out", out.toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.outLines().get(0).startsWith("training tiny (4,266 parameters) on 180 images, validating on 20 "
                + "images;"), run::toString);
        Model model = ModelFile.load(out);
        assertEquals("synthetic digits (seed 1) 0-179 (validation 180-199)", model.metadata().data());
        assertTrue(model.metadata().command().contains("--synthetic 200"), model.metadata().command());
    }

    @Test
    void mixesFilesAndGeneratedDigitsAndValidatesOnTheFilesOnly() throws Exception {
        Path[] files = GeneratedImages.writeIdx(dir, "train", 100, 3);
        Path out = dir.resolve("mixed.json");
        CliRun run = CliRun.of("train", "--preset", "tiny", "--images", files[0].toString(), "--labels",
                files[1].toString(), "--synthetic", "50", "--synthetic-seed", "4", "--augment", "--epochs", "2",
                "--seed", "5", "--no-progress", "--out", out.toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains(" on 140 images, validating on 10 images;"), run::toString);
        assertEquals("train-images.idx.gz 0-89 + synthetic digits (seed 4) 0-49, augmented "
                + "(validation train-images.idx.gz 90-99)", ModelFile.load(out).metadata().data());
    }

    @Test
    void augmentationChangesTheTrainingImagesEveryEpochButNeverTheValidationImages() throws Exception {
        Path[] files = GeneratedImages.writeIdx(dir, "train", 40, 3);
        TrainCommand command = new TrainCommand();
        new CommandLine(command).parseArgs("--preset", "tiny", "--images", files[0].toString(), "--labels",
                files[1].toString(), "--synthetic", "20", "--augment", "--validation-split", "0.25", "--out", "m.json");
        Network network = Network.build(Presets.tiny(), new Rng(1));

        TrainingDataOptions.TrainingData data = command.data.loadFor(network, 7);

        Dataset file = Dataset.load(files[0], files[1], 10);
        assertEquals(10, data.validation().size());
        for (int i = 0; i < 10; i++) {
            assertArrayEquals(file.input(30 + i).toArray(), data.validation().input(i).toArray(), "validation " + i);
        }
        Examples first = data.trainingForEpoch(1);
        Examples second = data.trainingForEpoch(2);
        assertEquals(50, first.size());
        for (int i = 0; i < first.size(); i++) {
            double[] plain = i < 30 ? file.input(i).toArray() : null;
            double[] once = first.input(i).toArray();
            assertFalse(Arrays.equals(once, second.input(i).toArray()), "epochs 1 and 2, image " + i);
            assertArrayEquals(once, data.trainingForEpoch(1).input(i).toArray(), "epoch 1 again, image " + i);
            if (plain != null) {
                assertFalse(Arrays.equals(plain, once), "image " + i + " was augmented");
                assertEquals(file.label(i), first.label(i));
            }
        }
    }

    @Test
    void evaluatesOnGeneratedDigits() throws Exception {
        Path model = dir.resolve("tiny.json");
        assertEquals(0, CliRun.of("train", "--preset", "tiny", "--synthetic", "100", "--epochs", "1", "--no-progress",
                "--out", model.toString()).exitCode());

        CliRun run = CliRun.of("evaluate", "--model", model.toString(), "--synthetic", "30", "--synthetic-seed", "9");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.outLines().get(0).matches("accuracy: \\d\\.\\d{4} \\(\\d+/30\\)"), run::toString);
    }

    @Test
    void dataOptionsThatDoNotFitAreUsageErrors() {
        String[] noData = {"train", "--preset", "tiny", "--out", "m.json"};
        assertUsageError("error: give the training images: --images and --labels, or --synthetic N, or both", noData);
        assertUsageError("error: Missing required argument(s): --labels=IDX",
                "train", "--preset", "tiny", "--images", "i", "--out", "m.json");
        assertUsageError("error: --synthetic-seed needs --synthetic N",
                "train", "--preset", "tiny", "--images", "i", "--labels", "l", "--synthetic-seed", "3", "--out", "m");
        assertUsageError("error: --synthetic must be 0 or more, got -5",
                "train", "--preset", "tiny", "--synthetic", "-5", "--out", "m");
        assertUsageError("error: --synthetic needs --synthetic-seed S: pick a seed the model was not trained on",
                "evaluate", "--model", "m.json", "--synthetic", "100");
        assertUsageError("error: give either --images and --labels, or --synthetic N with --synthetic-seed S",
                "evaluate", "--model", "m.json");
    }

    private static void assertUsageError(String expectedStart, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(Cli.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(expectedStart), () -> "expected '" + expectedStart + "' in\n" + run);
    }
}
