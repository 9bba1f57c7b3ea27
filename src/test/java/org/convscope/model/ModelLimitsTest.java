package org.convscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.io.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model files that ask for more than ConvScope opens are refused with one line naming the value
 * and the limit, before anything is allocated for them (each of these would otherwise end in an
 * OutOfMemoryError or wrap around in int arithmetic).
 */
class ModelLimitsTest {
    @TempDir
    Path dir;

    private final Network tiny = Network.build(Presets.tiny(), new Rng(3));

    /** The tiny model's file with {@code change} applied; the message of the refusal. */
    private String refusal(Consumer<ObjectNode> change) {
        ObjectNode root = ModelFile.toJson(tiny, ModelMetadata.EMPTY);
        change.accept(root);
        byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
        String message = assertThrows(ModelFormatException.class,
                () -> ModelFile.read(new ByteArrayInputStream(bytes), "big.json")).getMessage();
        assertFalse(message.contains("\n"), message);
        return message;
    }

    private static ObjectNode input(ObjectNode root) {
        return (ObjectNode) root.get("input");
    }

    /** Replaces the layers with {@code layers} (no weights: the limits are checked before weights are read). */
    private static void layers(ObjectNode root, String... layers) {
        ArrayNode list = root.putArray("layers");
        for (String layer : layers) {
            String[] parts = layer.split(" ");
            ObjectNode node = list.addObject().put("type", parts[0]);
            for (int i = 1; i < parts.length; i += 2) {
                node.put(parts[i], Long.parseLong(parts[i + 1]));
            }
        }
    }

    @Test
    void aHugeInputIsRefusedByItsSize() {
        assertEquals("big.json: input 100000 x 100000 is larger than 512 x 512, the largest ConvScope opens",
                refusal(r -> input(r).put("height", 100_000).put("width", 100_000)));
        assertEquals("big.json: input 28 x 513 is larger than 512 x 512, the largest ConvScope opens",
                refusal(r -> input(r).put("width", 513)));
        assertEquals("big.json: input of 5 channels has more than 4, the most ConvScope opens",
                refusal(r -> input(r).put("channels", 5)));
    }

    @Test
    void tooManyLayersAreRefusedBeforeAnyIsRead() {
        String[] many = new String[Limits.MAX_LAYERS + 1];
        java.util.Arrays.fill(many, "relu");
        assertEquals("big.json: 65 layers are more than 64, the most ConvScope opens", refusal(r -> layers(r, many)));
    }

    @Test
    void aLayerWithBillionsOfOutputsIsRefused() {
        assertEquals("big.json: layers[1] (dense) would output 2,000,000,000 values (2000000000), more than the "
                + "8,388,608 numbers ConvScope gives one image",
                refusal(r -> layers(r, "flatten", "dense units 2000000000")));
        assertEquals("big.json: layers[0] (conv2d) would output 524,288,000,000,000 values (2000000000x512x512), more "
                + "than the 8,388,608 numbers ConvScope gives one image", refusal(r -> {
                    input(r).put("height", 512).put("width", 512);
                    layers(r, "conv2d filters 2000000000 kernel 1 stride 1 padding 0");
                }));
    }

    @Test
    void tooManyParametersAreRefused() {
        // 28 x 28 inputs to 8,000 units: 6,280,000 weights and biases.
        assertEquals("big.json: the layers up to layers[1] (dense) have 6,280,000 parameters (this layer 6,280,000), "
                + "more than 5,000,000, the most ConvScope opens",
                refusal(r -> layers(r, "flatten", "dense units 8000", "dense units 10")));
    }

    @Test
    void aConvolutionWhoseUnrolledInputIsTooLargeIsRefused() {
        // 512 x 512 positions x 25 weights, twice (the unrolled input and its gradient), and the maps: 118 MB.
        String message = refusal(r -> {
            input(r).put("height", 512).put("width", 512);
            layers(r, "conv2d filters 4 kernel 5 stride 1 padding 2", "flatten", "dense units 10");
        });
        assertEquals("big.json: the layers up to layers[0] (conv2d) need 118 MB for one image (this layer 118 MB), "
                + "more than 64 MB, the most ConvScope gives one image", message);
    }

    @Test
    void aPaddingNearTwoToThe31DoesNotWrapAround() {
        String message = refusal(r -> layers(r, "conv2d filters 1 kernel 3 stride 1 padding 2147483000", "flatten",
                "dense units 10"));
        assertEquals("big.json: the layers do not fit together: conv1: padding 2147483000 is far larger than any input",
                message);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.json");
        // A sparse file: its size is past the limit without writing 160 MB.
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            channel.position(Limits.MAX_MODEL_FILE_BYTES);
            channel.write(ByteBuffer.wrap(new byte[] {'{'}));
        }
        String message = assertThrows(ModelFormatException.class, () -> ModelFile.load(file)).getMessage();
        assertEquals(file + " is 160 MB, larger than 160 MB, the largest ConvScope opens", message);
    }

    @Test
    void aFieldNamedTwiceIsRefused() {
        String json = "{\"format\": \"convscope-model\", \"version\": 1,\n  \"version\": 1}";
        String message = assertThrows(ModelFormatException.class, () -> ModelFile.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "twice.json")).getMessage();
        assertEquals("twice.json: field 'version' appears twice (line 2, column 12); a model file names each field once",
                message);
    }

    @Test
    void deepNestingIsRefusedByTheParser() {
        String json = "[".repeat(100_000) + "]".repeat(100_000);
        String message = assertThrows(ModelFormatException.class, () -> ModelFile.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "deep.json")).getMessage();
        assertTrue(message.startsWith("deep.json nests lists and objects more than 32 deep"), message);
    }

    @Test
    void aLongTextIsRefusedByTheParser() {
        ObjectNode root = ModelFile.toJson(tiny, ModelMetadata.EMPTY);
        ((ObjectNode) root.get("metadata")).put("command", "x".repeat(Limits.MAX_JSON_TEXT_CHARS + 1));
        byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
        String message = assertThrows(ModelFormatException.class,
                () -> ModelFile.read(new ByteArrayInputStream(bytes), "long.json")).getMessage();
        assertTrue(message.startsWith("long.json has a text or name longer than 100,000 characters"), message);
    }

    @Test
    void theShippedArchitecturesAreFarBelowEveryLimit() throws Exception {
        ModelLimits.checkNetwork(Presets.lenet5());
        ModelLimits.checkNetwork(Presets.tiny());
    }
}
