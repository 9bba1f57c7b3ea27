package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import org.convscope.data.GeneratedImages;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.model.ModelFile;
import org.convscope.model.ModelMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trace modes, dropout masks and the --label override, on an untrained LeNet-5. */
class TraceCommandTest {
    @TempDir
    Path dir;

    Path model;
    Path[] images;

    @BeforeEach
    void lenet5AndThreeImages() throws Exception {
        model = dir.resolve("lenet5.json");
        ModelFile.save(Network.build(Presets.lenet5(), new Rng(3)), ModelMetadata.EMPTY, model);
        images = GeneratedImages.writeIdx(dir, "shapes", 3, 9);
    }

    private JsonNode trace(String... more) throws Exception {
        Path out = dir.resolve("trace.json");
        String[] base = {"trace", "--model", model.toString(), "--images", images[0].toString(), "--labels",
            images[1].toString(), "--index", "2", "--out", out.toString()};
        String[] args = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run::toString);
        return new ObjectMapper().readTree(out.toFile());
    }

    private static JsonNode dropoutLayer(JsonNode trace) {
        for (JsonNode layer : trace.get("layers")) {
            if (layer.has("dropout")) {
                return layer;
            }
        }
        throw new AssertionError("no layer with a dropout mask");
    }

    @Test
    void trainingModeRecordsTheDropoutMaskAndScalesKeptUnits() throws Exception {
        JsonNode trace = trace("--mode", "training", "--seed", "4");

        assertEquals("training", trace.get("mode").asText());
        assertEquals(4, trace.get("seed").asInt());
        JsonNode layer = dropoutLayer(trace);
        JsonNode mask = layer.get("dropout");
        assertTrue(mask.get("active").asBoolean());
        assertEquals(0.5, mask.get("p").asDouble());
        assertEquals(120, mask.get("kept").size());
        int kept = 0;
        JsonNode input = trace.get("layers").get(layer.get("index").asInt() - 1).get("output");
        for (int i = 0; i < 120; i++) {
            boolean isKept = mask.get("kept").get(i).asBoolean();
            double expected = isKept ? 2 * input.get(i).asDouble() : 0;
            assertEquals(expected, layer.get("output").get(i).asDouble(), 1e-12);
            if (!isKept) {
                assertEquals(0, layer.get("gradInput").get(i).asDouble());
            }
            kept += isKept ? 1 : 0;
        }
        assertTrue(kept > 20 && kept < 100, "about half of 120 kept, got " + kept);
    }

    @Test
    void inferenceModeKeepsEveryUnit() throws Exception {
        JsonNode trace = trace();

        assertFalse(trace.has("seed"));
        JsonNode mask = dropoutLayer(trace).get("dropout");
        assertFalse(mask.get("active").asBoolean());
        for (JsonNode kept : mask.get("kept")) {
            assertTrue(kept.asBoolean());
        }
    }

    @Test
    void labelOptionOverridesTheFilesLabel() throws Exception {
        JsonNode trace = trace("--label", "7");

        assertEquals(2, trace.get("fileLabel").asInt(), "image 2 of the generated set is a cross");
        assertEquals(7, trace.get("label").asInt());
        assertEquals(-Math.log(trace.get("probabilities").get(7).asDouble()), trace.get("loss").asDouble(), 1e-9);
    }

    @Test
    void everyLayerOfLenet5HasItsParameterFormula() throws Exception {
        JsonNode layers = trace().get("layers");

        assertEquals(13, layers.size());
        assertEquals("conv2d", layers.get(0).get("type").asText());
        assertEquals("6 x (5 x 5 x 1) + 6 = 156", layers.get(0).get("parameterFormula").asText());
        assertEquals("[6,1,5,5]", layers.get(0).get("params").get(0).get("dims").toString());
        long total = 0;
        for (JsonNode layer : layers) {
            total += layer.get("parameterCount").asLong();
        }
        assertEquals(61_706, total);
    }

    @Test
    void aLabelTheModelDoesNotHaveIsRefused() {
        CliRun run = CliRun.of("trace", "--model", model.toString(), "--images", images[0].toString(), "--labels",
                images[1].toString(), "--index", "0", "--label", "10", "--out", dir.resolve("t.json").toString());

        assertEquals(Cli.FAILED, run.exitCode());
        assertEquals("error: --label 10 is not one of the model's classes 0..9", run.err().strip());
    }
}
