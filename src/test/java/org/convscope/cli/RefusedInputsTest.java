package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convscope.data.GeneratedImages;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.model.HostileModels;
import org.convscope.model.ModelFile;
import org.convscope.model.ModelMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases a new user met on the way to issue 11, each now answered with one line, exit code 1
 * and no stack trace, and nothing the user had is lost.
 */
class RefusedInputsTest {
    @TempDir
    Path dir;

    /** A working model already at {@code out}, as a teacher would have it. */
    private Path goodModel() throws Exception {
        Path file = dir.resolve("good.json");
        ModelFile.save(Network.build(Presets.tiny(), new Rng(5)), ModelMetadata.EMPTY, file);
        return file;
    }

    private static void assertOneLineFailure(CliRun run) {
        assertEquals(Cli.FAILED, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith("error: "), run::toString);
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
    }

    @Test
    void aDivergingRunSavesNothingAndTheGoodModelIsByteIdentical() throws Exception {
        Path good = goodModel();
        byte[] before = Files.readAllBytes(good);

        CliRun run = CliRun.of("train", "--preset", "tiny", "--synthetic", "600", "--lr", "1e6", "--optimizer", "sgd",
                "--out", good.toString(), "--no-progress");

        assertOneLineFailure(run);
        assertTrue(run.err().matches("error: epoch 1/5: training diverged: loss \\d+ at batch \\d+ \\(2\\.\\d\\d at the "
                + "start\\): the learning rate 1e6 is far too high; sgd with 0.01 is the usual start\\. "
                + "\\Q" + good + "\\E was left unchanged\\.\\R"), run::toString);
        assertArrayEquals(before, Files.readAllBytes(good));
        assertFalse(run.out().contains("saved"), run::toString);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(good), files.toList(), "no temporary or probe file left behind");
        }
    }

    @Test
    void aRunThatEndsAtChanceIsNotSaved() throws Exception {
        Path good = goodModel();
        byte[] before = Files.readAllBytes(good);

        CliRun run = CliRun.of("train", "--preset", "tiny", "--synthetic", "1200", "--epochs", "1", "--lr", "1e-9",
                "--out", good.toString(), "--no-progress");

        assertOneLineFailure(run);
        assertTrue(run.err().startsWith("error: the network learned nothing: validation accuracy 0.0"), run::toString);
        assertTrue(run.err().contains(" on 120 images is chance level (at most 0.15 for 10 classes); the learning rate "
                + "1e-9 is far too low; adam with 0.001 is the usual start. " + good + " was left unchanged."),
                run::toString);
        assertArrayEquals(before, Files.readAllBytes(good));
    }

    @Test
    void aModelWithAHugeInputIsRefusedByEvaluate() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(goodModel().toFile());
        ((ObjectNode) root.get("input")).put("height", 100_000).put("width", 100_000);
        Path big = dir.resolve("big.json");
        Files.writeString(big, root.toString());

        CliRun run = CliRun.of("evaluate", "--model", big.toString(), "--synthetic", "20", "--synthetic-seed", "3");

        assertOneLineFailure(run);
        assertEquals("error: " + big + ": input 100000 x 100000 is larger than 512 x 512, the largest ConvScope opens",
                run.err().strip());
    }

    @Test
    void aModelWithBiasesOf1e308IsRefusedByEvaluate() throws Exception {
        Path file = HostileModels.hugeBiases(dir.resolve("hugebias.json"));

        CliRun run = CliRun.of("evaluate", "--model", file.toString(), "--synthetic", "20", "--synthetic-seed", "3");

        assertOneLineFailure(run);
        assertTrue(run.err().startsWith("error: " + file + ": the outputs are not finite for a blank image: layer conv2"),
                run::toString);
        assertFalse(run.out().contains("accuracy"), run::toString);
    }

    /**
     * A model that passes the load probe (a blank image and a centred digit leave row 0 empty) but
     * whose first unit overflows wherever the top row has any grey, as every generated image has.
     */
    private Path overflowsOnTheTopRow() throws Exception {
        return HostileModels.inkOverflows(dir.resolve("toprow.json"), Presets.DIGIT, 10, 0, 28, false);
    }

    @Test
    void evaluateNamesTheImagesAndTheLayerInsteadOfPrintingNaN() throws Exception {
        Path model = overflowsOnTheTopRow();
        Path[] idx = GeneratedImages.writeIdx(dir, "noisy", 20, 7);

        CliRun run = CliRun.of("evaluate", "--model", model.toString(), "--images", idx[0].toString(), "--labels",
                idx[1].toString());

        assertOneLineFailure(run);
        assertTrue(run.err().matches("error: the outputs are not finite for \\d+ of 20 images, first at layer dense1 "
                + "\\(image \\d+: layer dense1 gives Infinity for 1 of its 10 outputs\\); the model's weights are too "
                + "large for them\\R"), run::toString);
        assertFalse(run.out().contains("NaN"), run::toString);
    }

    @Test
    void traceWritesNothingForAPassThatOverflows() throws Exception {
        Path model = overflowsOnTheTopRow();
        Path[] idx = GeneratedImages.writeIdx(dir, "noisy", 20, 7);
        Path out = dir.resolve("trace.json");

        CliRun run = CliRun.of("trace", "--model", model.toString(), "--images", idx[0].toString(), "--labels",
                idx[1].toString(), "--index", "0", "--out", out.toString());

        assertOneLineFailure(run);
        assertEquals("error: the numbers are not finite for image 0: layer dense1 gives Infinity for 1 of its 10 "
                + "outputs; the model's weights are too large for it", run.err().strip());
        assertFalse(Files.exists(out));
    }
}
