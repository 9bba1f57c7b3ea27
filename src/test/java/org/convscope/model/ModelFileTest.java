package org.convscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.convscope.engine.Network;
import org.convscope.engine.Param;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files round-trip exactly, and every kind of broken file is refused with its own message. */
class ModelFileTest {
    private static final ModelMetadata META = new ModelMetadata("lenet5", "generated", 3, 0.9875, 42L,
            "2026-11-27T12:00:00Z", "train --preset lenet5");

    @TempDir
    Path dir;

    private final Network lenet = Network.build(Presets.lenet5(), new Rng(42));

    @Test
    void aSavedModelLoadsBackBitForBit() throws Exception {
        Path file = dir.resolve("lenet5.json");
        ModelFile.save(lenet, META, file);
        Model loaded = ModelFile.load(file);

        assertEquals(META, loaded.metadata());
        assertEquals(lenet.spec(), loaded.network().spec());
        for (int p = 0; p < lenet.params().size(); p++) {
            double[] expected = lenet.params().get(p).value();
            double[] actual = loaded.network().params().get(p).value();
            for (int i = 0; i < expected.length; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                        "param " + p + "[" + i + "]");
            }
        }
        Tensor x = Tensor.zeros(Presets.DIGIT);
        assertArrayEquals(lenet.predict(x).toArray(), loaded.network().predict(x).toArray(), 0.0);
    }

    @Test
    void savingReplacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("model.json");
        Files.writeString(file, "old content that is longer than nothing");
        ModelFile.save(Network.build(Presets.tiny(), new Rng(1)), ModelMetadata.EMPTY, file);
        assertEquals(Presets.tiny(), ModelFile.load(file).network().spec());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the model itself");
        }
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ)
                    || Files.getPosixFilePermissions(file).contains(PosixFilePermission.GROUP_READ),
                    "a saved model is readable by others, not private like a temporary file");
        }
    }

    @Test
    void weightsAreWrittenFilterChannelRowColumn() throws Exception {
        Path file = dir.resolve("layout.json");
        ModelFile.save(lenet, META, file);
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        Param conv1 = lenet.params().get(0);
        // Filter 2, channel 0, row 3, column 4 of a [6][1][5][5] array.
        assertEquals(conv1.value()[((2 * 1 + 0) * 5 + 3) * 5 + 4],
                root.at("/layers/0/weights/2/0/3/4").doubleValue(), 0.0);
        Param dense1 = lenet.params().get(4);
        // Output 7, input 123 of a [120][400] array.
        assertEquals(dense1.value()[7 * 400 + 123], root.at("/layers/7/weights/7/123").doubleValue(), 0.0);
    }

    private String loadError(Consumer<ObjectNode> corrupt) throws IOException {
        ObjectNode root = ModelFile.toJson(lenet, META);
        corrupt.accept(root);
        // Bare NaN tokens, as other tools (Python's json module) write them.
        byte[] bytes = JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build().writeValueAsBytes(root);
        return assertThrows(ModelFormatException.class,
                () -> ModelFile.read(new ByteArrayInputStream(bytes), "m.json")).getMessage();
    }

    private static ObjectNode layer(ObjectNode root, int i) {
        return (ObjectNode) root.get("layers").get(i);
    }

    @Test
    void eachKindOfBrokenFileGetsItsOwnMessage() throws IOException {
        assertEquals("m.json: field 'format' is 'something-else', expected 'convscope-model'",
                loadError(r -> r.put("format", "something-else")));
        assertEquals("m.json: format version 7 is not supported (this ConvScope reads 1)",
                loadError(r -> r.put("version", 7)));
        assertEquals("m.json: layers[2]: unknown layer type 'conv3d'; known types: conv2d, relu, leakyrelu, sigmoid, "
                + "tanh, maxpool, avgpool, dropout, flatten, dense", loadError(r -> layer(r, 2).put("type", "conv3d")));
        assertEquals("m.json: layers[0] (conv2d): field 'kernel' is missing",
                loadError(r -> layer(r, 0).remove("kernel")));
        assertEquals("m.json: layers[0].weights: expected 6 entries, found 5 (shape 6 x 1 x 5 x 5)",
                loadError(r -> ((ArrayNode) layer(r, 0).get("weights")).remove(5)));
        assertEquals("m.json: layers[7].weights[0]: expected 400 entries, found 399 (shape 120 x 400)",
                loadError(r -> ((ArrayNode) layer(r, 7).get("weights").get(0)).remove(0)));
        assertEquals("m.json: layers[7].bias: expected 120 entries, found 121 (shape 120)",
                loadError(r -> ((ArrayNode) layer(r, 7).get("bias")).add(0.5)));
        assertEquals("m.json: layers[10] (dense): field 'weights' is missing",
                loadError(r -> layer(r, 10).remove("weights")));
        assertEquals("m.json: layers[7].weights[3][17]: NaN is not a finite number",
                loadError(r -> ((ArrayNode) layer(r, 7).get("weights").get(3)).set(17, Double.NaN)));
        assertEquals("m.json: layers[12].bias[1]: expected a number, found \"abc\"",
                loadError(r -> ((ArrayNode) layer(r, 12).get("bias")).set(1, "abc")));
        assertEquals("m.json: the layers do not fit together: conv1: output height (28 + 2x2 - 5)/2 + 1 = 14.5 is not "
                + "a whole number; change the padding or the stride", loadError(r -> layer(r, 0).put("stride", 2)));
        assertEquals("m.json: layers[9] (dropout): dropout probability must be in [0, 1), got 1.5",
                loadError(r -> layer(r, 9).put("p", 1.5)));
        assertEquals("m.json: input: field 'height' is missing", loadError(r -> ((ObjectNode) r.get("input")).remove("height")));
        assertEquals("m.json: field 'output' is 'sigmoid', only 'softmax' is supported",
                loadError(r -> r.put("output", "sigmoid")));
    }

    @Test
    void notJsonAndMissingFilesAreNamed() {
        byte[] garbage = "{\"format\": \"convscope-model\", ".getBytes(StandardCharsets.UTF_8);
        String notJson = assertThrows(ModelFormatException.class,
                () -> ModelFile.read(new ByteArrayInputStream(garbage), "half.json")).getMessage();
        assertEquals("half.json is not valid JSON: Unexpected end-of-input within/between Object entries "
                + "(line 1, column 31)", notJson);
        byte[] cutInAList = "{\"format\": [1, 2".getBytes(StandardCharsets.UTF_8);
        String cut = assertThrows(ModelFormatException.class,
                () -> ModelFile.read(new ByteArrayInputStream(cutInAList), "cut.json")).getMessage();
        assertEquals("cut.json is not valid JSON: Unexpected end-of-input: expected close marker for Array "
                + "(line 1, column 17)", cut, "no parser internals in what the user reads");

        Path missing = dir.resolve("missing.json");
        String message = assertThrows(ModelFormatException.class, () -> ModelFile.load(missing)).getMessage();
        assertEquals("model file " + missing + " does not exist", message);
    }
}
