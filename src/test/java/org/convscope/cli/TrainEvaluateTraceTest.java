package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convscope.data.GeneratedImages;
import org.convscope.engine.Layer;
import org.convscope.engine.Network;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands end to end on generated bars and crosses: train the tiny preset once, then
 * evaluate and trace with the model it wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainEvaluateTraceTest {
    private static final Pattern EPOCH_LINE = Pattern.compile(
            "epoch (\\d+)/8  loss \\d+\\.\\d{4}  acc \\d\\.\\d{4}  val_loss \\d+\\.\\d{4}  val_acc (\\d\\.\\d{4})  \\d+\\.\\d s");
    private static final Pattern ACCURACY_LINE = Pattern.compile("accuracy: (\\d\\.\\d{4}) \\((\\d+)/(\\d+)\\)");

    Path dir;
    Path[] trainFiles;
    Path[] testFiles;
    Path model;
    CliRun training;

    @BeforeAll
    void trainOnce(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        trainFiles = GeneratedImages.writeIdx(dir, "train", 900, 11);
        testFiles = GeneratedImages.writeIdx(dir, "test", 150, 12);
        model = dir.resolve("models/tiny.json");
        training = train(model, "--epochs", "8", "--lr", "0.005", "--threads", "2");
    }

    private CliRun train(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("train", "--preset", "tiny",
                "--images", trainFiles[0].toString(), "--labels", trainFiles[1].toString(), "--batch", "16",
                "--seed", "5", "--no-progress", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void trainPrintsOneLinePerEpochAndSavesALoadableModel() throws Exception {
        assertEquals(0, training.exitCode(), training::toString);
        List<Matcher> epochs = training.outLines().stream().map(EPOCH_LINE::matcher).filter(Matcher::matches).toList();
        assertEquals(8, epochs.size(), training::toString);
        assertEquals("8", epochs.get(7).group(1));
        double lastValidationAccuracy = Double.parseDouble(epochs.get(7).group(2));
        assertTrue(lastValidationAccuracy >= 0.95, training::toString);

        Model loaded = ModelFile.load(model);
        assertEquals("tiny", loaded.metadata().preset());
        assertEquals(8, loaded.metadata().epochs());
        assertEquals(5L, loaded.metadata().seed());
        assertEquals(lastValidationAccuracy, loaded.metadata().accuracy(), 1e-4);
        assertEquals("train-images.idx.gz 0-809 (validation 810-899)", loaded.metadata().data());
        assertTrue(loaded.metadata().command().startsWith("convscope train --preset tiny --images "),
                loaded.metadata().command());
        assertTrue(loaded.metadata().created().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }

    @Test
    void evaluateFindsTheModelAccurateOnUnseenImages() {
        CliRun run = CliRun.of("evaluate", "--model", model.toString(), "--images", testFiles[0].toString(),
                "--labels", testFiles[1].toString());

        assertEquals(0, run.exitCode(), run::toString);
        Matcher first = ACCURACY_LINE.matcher(run.outLines().get(0));
        assertTrue(first.matches(), run::toString);
        assertEquals("150", first.group(3));
        int correct = Integer.parseInt(first.group(2));
        assertEquals(correct / 150.0, Double.parseDouble(first.group(1)), 1e-4);
        assertTrue(correct >= 0.95 * 150, run::toString);
        assertTrue(run.outLines().get(1).matches("mean loss: \\d+\\.\\d{4}"), run::toString);
        assertTrue(run.out().contains("rows: actual class, columns: predicted class"), run::toString);
        // One matrix row per class of the network; the three drawn classes hold 50 images each.
        for (int c = 0; c < 3; c++) {
            String rowStart = String.format("%7d |", c);
            String row = run.outLines().stream().filter(l -> l.startsWith(rowStart)).findFirst().orElseThrow();
            assertTrue(row.matches(".*\\|\\s+50\\s+\\d\\.\\d{4}"), row);
        }
    }

    @Test
    void traceWritesEveryLayerWithGradientsRoutesAndTheLoss() throws Exception {
        Path out = dir.resolve("trace.json");
        CliRun run = CliRun.of("trace", "--model", model.toString(), "--images", testFiles[0].toString(),
                "--labels", testFiles[1].toString(), "--index", "4", "--out", out.toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(1, run.outLines().size(), run::toString);
        assertTrue(run.out().startsWith("image 4 (label 1, inference): predicted "), run::toString);

        JsonNode trace = new ObjectMapper().readTree(out.toFile());
        Network network = ModelFile.load(model).network();
        assertEquals("convscope-trace", trace.get("format").asText());
        assertEquals(1, trace.get("label").asInt());
        assertEquals(784, trace.get("input").get("values").size());

        JsonNode layers = trace.get("layers");
        assertEquals(network.layers().size(), layers.size());
        int routed = 0;
        for (int i = 0; i < layers.size(); i++) {
            JsonNode layer = layers.get(i);
            Layer expected = network.layers().get(i);
            assertEquals(i, layer.get("index").asInt());
            assertEquals(expected.name(), layer.get("name").asText());
            assertEquals(expected.type(), layer.get("type").asText());
            assertEquals(expected.parameterCount().formula(), layer.get("parameterFormula").asText());
            assertEquals(expected.outputShape().size(), layer.get("output").size());
            assertEquals(expected.outputShape().size(), layer.get("gradOutput").size());
            assertEquals(expected.inputShape().size(), layer.get("gradInput").size());
            assertEquals(expected.params().size(), layer.get("params").size());
            for (int p = 0; p < expected.params().size(); p++) {
                assertEquals(expected.params().get(p).size(), layer.get("params").get(p).get("grad").size());
            }
            if (layer.has("routes")) {
                routed++;
                assertEquals("maxpool", layer.get("type").asText());
                assertEquals(expected.outputShape().size(), layer.get("routes").size());
                for (JsonNode route : layer.get("routes")) {
                    assertTrue(route.asInt() >= 0 && route.asInt() < expected.inputShape().size());
                }
            }
        }
        assertEquals(2, routed, "the tiny preset has two max-pool layers");

        JsonNode probabilities = trace.get("probabilities");
        double sum = 0;
        int best = 0;
        for (int c = 0; c < probabilities.size(); c++) {
            sum += probabilities.get(c).asDouble();
            best = probabilities.get(c).asDouble() > probabilities.get(best).asDouble() ? c : best;
        }
        assertEquals(1.0, sum, 1e-9);
        assertEquals(best, trace.get("predicted").asInt());
        assertEquals(-Math.log(probabilities.get(1).asDouble()), trace.get("loss").asDouble(), 1e-9);
        // The gradient reaching the logits is p - onehot(label).
        JsonNode gradLogits = layers.get(layers.size() - 1).get("gradOutput");
        assertEquals(probabilities.get(1).asDouble() - 1, gradLogits.get(1).asDouble(), 1e-12);
    }

    @Test
    void traceRefusesAnIndexOutsideTheFile() {
        CliRun run = CliRun.of("trace", "--model", model.toString(), "--images", testFiles[0].toString(),
                "--labels", testFiles[1].toString(), "--index", "150", "--out", dir.resolve("t.json").toString());

        assertEquals(Cli.FAILED, run.exitCode());
        assertEquals("error: --index 150 is outside the 150 images of " + testFiles[0] + " (0..149)", run.err().strip());
    }

    @Test
    void theSameSeedTrainsTheSameModel() throws Exception {
        Path again = dir.resolve("again.json");
        CliRun run = train(again, "--epochs", "8", "--lr", "0.005", "--threads", "1");

        assertEquals(0, run.exitCode(), run::toString);
        Network first = ModelFile.load(model).network();
        Network second = ModelFile.load(again).network();
        for (int p = 0; p < first.params().size(); p++) {
            assertArrayEquals(first.params().get(p).value(), second.params().get(p).value());
        }
    }

    @Test
    void divergingTrainingWritesNothingAndSaysSo() throws Exception {
        Path out = dir.resolve("diverged.json");
        Files.writeString(out, "an earlier model");

        CliRun run = train(out, "--epochs", "2", "--optimizer", "sgd", "--lr", "1e300", "--momentum", "0");

        assertEquals(Cli.FAILED, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("error: epoch 1/2: training diverged"), run::toString);
        assertTrue(run.err().strip().endsWith(out + " was left unchanged."), run::toString);
        assertFalse(run.err().contains("Exception"), run::toString);
        assertEquals("an earlier model", Files.readString(out));
    }
}
