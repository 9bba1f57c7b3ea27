package org.convscope.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.Param;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.io.AtomicFile;
import org.convscope.io.Limits;

/**
 * Model files: JSON holding the architecture, the weights and metadata (see docs/model-format.md).
 *
 * <p>Loading checks everything before it returns (format, layer types, hyper-parameters, that the
 * shapes fit, every weight count, no NaN) and fails with a {@link ModelFormatException} naming the
 * field; it builds a new network, so a failed load leaves whatever the caller had untouched.
 * Sizes are checked against {@link Limits} before anything is allocated for them: the file's
 * length, its nesting and texts while parsing, then the input, the layers, the parameters and the
 * numbers one image needs before the network is built. A field named twice is refused (a parser
 * would keep the last one silently). Last, {@link ModelProbe} runs the network on two probe
 * images, so a model whose outputs overflow is refused here rather than printing NaN later.
 * Saving writes a temporary file beside the target and moves it into place, so a crash never
 * leaves a half-written model.
 */
public final class ModelFile {
    public static final String FORMAT = "convscope-model";
    public static final int VERSION = 1;
    /** Every layer type a model file may name. */
    public static final List<String> LAYER_TYPES = LayerCodec.TYPES;
    /** A double needs at most 24 characters; a few hundred digits are no number anyone wrote. */
    private static final int MAX_NUMBER_CHARS = 400;

    // NaN tokens are accepted by the parser only so that the loader can name where they are.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(Limits.MAX_MODEL_FILE_BYTES)
                            .maxNestingDepth(Limits.MAX_JSON_DEPTH)
                            .maxStringLength(Limits.MAX_JSON_TEXT_CHARS)
                            .maxNameLength(Limits.MAX_JSON_TEXT_CHARS)
                            .maxNumberLength(MAX_NUMBER_CHARS)
                            .build())
                    .build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ModelFile() {
    }

    /** Reads a model file. */
    public static Model load(Path file) throws ModelFormatException {
        try {
            Limits.requireFileSize(file, Limits.MAX_MODEL_FILE_BYTES, file.toString());
        } catch (Limits.LimitExceededException e) {
            throw new ModelFormatException(e.getMessage(), Refusal.of(Refusal.Kind.FILE_TOO_LARGE,
                    Limits.bytes(e.value()), Limits.bytes(e.limit())));
        } catch (NoSuchFileException e) {
            throw new ModelFormatException("model file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ModelFormatException("cannot read model file " + file + ": " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ModelFormatException("model file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ModelFormatException("cannot read model file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model from a stream; {@code source} names it in messages. */
    public static Model read(InputStream in, String source) throws ModelFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (StreamConstraintsException e) {
            throw new ModelFormatException(source + " " + constraintBroken(e) + where(e), refusalOf(e));
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage().startsWith("Duplicate field")) {
                String field = e.getOriginalMessage().replaceFirst("^Duplicate field ", "");
                throw new ModelFormatException(source + ": field " + field + " appears twice" + where(e)
                        + "; a model file names each field once", Refusal.of(Refusal.Kind.FIELD_TWICE,
                                field.replace("'", ""), e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
            }
            // Jackson appends internal location details to some messages; the line and column are enough.
            String reason = e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*", "").split("\n")[0];
            throw new ModelFormatException(source + " is not valid JSON: " + reason + where(e), e);
        } catch (IOException e) {
            throw new ModelFormatException("cannot read " + source + ": " + e.getMessage(), e);
        }
        try {
            return fromJson(root);
        } catch (ModelFormatException e) {
            throw new ModelFormatException(source + ": " + e.getMessage(), e);
        }
    }

    /** " (line 3, column 7)", or nothing when the parser does not know. */
    private static String where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static Refusal refusalOf(StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        if (m.contains("nesting depth")) {
            return Refusal.of(Refusal.Kind.NESTED_TOO_DEEP, Limits.MAX_JSON_DEPTH);
        }
        if (m.contains("Document length")) {
            return Refusal.of(Refusal.Kind.FILE_TOO_LARGE, "> " + Limits.bytes(Limits.MAX_MODEL_FILE_BYTES),
                    Limits.bytes(Limits.MAX_MODEL_FILE_BYTES));
        }
        return Refusal.of(Refusal.Kind.TEXT_TOO_LONG, Limits.count(m.contains("Number value length") ? MAX_NUMBER_CHARS
                : Limits.MAX_JSON_TEXT_CHARS));
    }

    /** Which of the parser's limits the file broke, in words, without Jackson's internal names. */
    private static String constraintBroken(StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        if (m.contains("nesting depth")) {
            return "nests lists and objects more than " + Limits.MAX_JSON_DEPTH + " deep, more than a model file does";
        }
        if (m.contains("Document length")) {
            return "is larger than " + Limits.bytes(Limits.MAX_MODEL_FILE_BYTES) + ", the largest model ConvScope opens";
        }
        if (m.contains("Number value length")) {
            return "has a number longer than " + MAX_NUMBER_CHARS + " characters";
        }
        return "has a text or name longer than " + Limits.count(Limits.MAX_JSON_TEXT_CHARS) + " characters";
    }

    static Model fromJson(JsonNode root) throws ModelFormatException {
        if (root == null || !root.isObject()) {
            throw new ModelFormatException("a model file is a JSON object");
        }
        String format = Json.requiredText(root, "format", "model");
        if (!FORMAT.equals(format)) {
            throw new ModelFormatException("field 'format' is '" + format + "', expected '" + FORMAT + "'");
        }
        int version = Json.requiredInt(root, "version", "model");
        if (version != VERSION) {
            throw new ModelFormatException("format version " + version + " is not supported (this ConvScope reads "
                    + VERSION + ")");
        }
        JsonNode inputNode = Json.required(root, "input", "model");
        Shape input = readShape(inputNode);
        ModelLimits.checkInput(input);
        JsonNode layersNode = Json.required(root, "layers", "model");
        if (!layersNode.isArray() || layersNode.isEmpty()) {
            throw new ModelFormatException("field 'layers' must be a non-empty list");
        }
        ModelLimits.checkLayerCount(layersNode.size());
        List<LayerSpec> specs = new ArrayList<>();
        for (int i = 0; i < layersNode.size(); i++) {
            specs.add(LayerCodec.read(layersNode.get(i), "layers[" + i + "]"));
        }
        String output = Json.requiredText(root, "output", "model");
        if (!"softmax".equals(output)) {
            throw new ModelFormatException("field 'output' is '" + output + "', only 'softmax' is supported");
        }
        Network network;
        try {
            NetworkSpec spec = new NetworkSpec(input, specs);
            ModelLimits.checkNetwork(spec);
            network = Network.build(spec, new Rng(0));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("the layers do not fit together: " + e.getMessage(), e);
        }
        for (int i = 0; i < specs.size(); i++) {
            Layer layer = network.layers().get(i);
            for (Param p : layer.params()) {
                String where = "layers[" + i + "]." + p.name();
                double[] values = new double[p.size()];
                int[] filled = {0};
                readNested(Json.required(layersNode.get(i), p.name(), "layers[" + i + "] (" + layer.type() + ")"),
                        p.dims(), 0, values, filled, where);
                p.setValues(values);
            }
        }
        ModelMetadata metadata = readMetadata(root.get("metadata"));
        ModelProbe.check(network);
        return new Model(network, metadata);
    }

    private static Shape readShape(JsonNode node) throws ModelFormatException {
        int c = Json.requiredInt(node, "channels", "input");
        int h = Json.requiredInt(node, "height", "input");
        int w = Json.requiredInt(node, "width", "input");
        if (c < 1 || h < 1 || w < 1) {
            throw new ModelFormatException("input: channels, height and width must be positive, got " + c + "x" + h
                    + "x" + w);
        }
        return Shape.of(c, h, w);
    }

    /** Reads nested arrays of the given dimensions into {@code out}, in row-major order. */
    private static void readNested(JsonNode node, int[] dims, int depth, double[] out, int[] filled, String where)
            throws ModelFormatException {
        if (!node.isArray()) {
            throw new ModelFormatException(where + ": expected a list of " + dims[depth] + ", found " + Json.describe(node));
        }
        if (node.size() != dims[depth]) {
            throw new ModelFormatException(where + ": expected " + dims[depth] + " entries, found " + node.size()
                    + " (shape " + dimsText(dims) + ")");
        }
        for (int i = 0; i < node.size(); i++) {
            String at = where + "[" + i + "]";
            if (depth == dims.length - 1) {
                out[filled[0]++] = Json.number(node.get(i), at);
            } else {
                readNested(node.get(i), dims, depth + 1, out, filled, at);
            }
        }
    }

    private static String dimsText(int[] dims) {
        StringBuilder b = new StringBuilder();
        for (int d : dims) {
            b.append(b.length() == 0 ? "" : " x ").append(d);
        }
        return b.toString();
    }

    private static ModelMetadata readMetadata(JsonNode node) throws ModelFormatException {
        if (node == null || node.isNull()) {
            return ModelMetadata.EMPTY;
        }
        if (!node.isObject()) {
            throw new ModelFormatException("field 'metadata' must be an object");
        }
        Double accuracy = node.hasNonNull("accuracy") ? Json.number(node.get("accuracy"), "metadata.accuracy") : null;
        Integer epochs = node.hasNonNull("epochs") ? Json.requiredInt(node, "epochs", "metadata") : null;
        Long seed = null;
        if (node.hasNonNull("seed")) {
            if (!node.get("seed").isIntegralNumber() || !node.get("seed").canConvertToLong()) {
                throw new ModelFormatException("metadata: field 'seed' must be a whole number");
            }
            seed = node.get("seed").longValue();
        }
        return new ModelMetadata(text(node, "preset"), text(node, "data"), epochs, accuracy, seed, text(node, "created"),
                text(node, "command"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The model as a JSON tree. */
    static ObjectNode toJson(Network network, ModelMetadata metadata) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT).put("version", VERSION);
        Shape in = network.inputShape();
        root.putObject("input").put("channels", in.channels()).put("height", in.height()).put("width", in.width());
        ArrayNode layers = root.putArray("layers");
        for (Layer layer : network.layers()) {
            ObjectNode node = layers.addObject();
            node.put("type", layer.type());
            LayerCodec.write(layer.spec(), node);
            for (Param p : layer.params()) {
                int[] index = {0};
                node.set(p.name(), nested(p.value(), p.dims(), 0, index));
            }
        }
        root.put("output", "softmax");
        ObjectNode meta = root.putObject("metadata");
        meta.put("preset", metadata.preset()).put("data", metadata.data()).put("epochs", metadata.epochs())
                .put("accuracy", metadata.accuracy()).put("seed", metadata.seed()).put("created", metadata.created())
                .put("command", metadata.command());
        return root;
    }

    private static ArrayNode nested(double[] values, int[] dims, int depth, int[] index) {
        ArrayNode array = MAPPER.createArrayNode();
        for (int i = 0; i < dims[depth]; i++) {
            if (depth == dims.length - 1) {
                array.add(values[index[0]++]);
            } else {
                array.add(nested(values, dims, depth + 1, index));
            }
        }
        return array;
    }

    /**
     * Writes the model to {@code file} through a temporary file in the same folder. A network with a
     * parameter that is not finite (an update that overflowed) is refused before anything is
     * written: loading would refuse the file, and it would have replaced a good one.
     */
    public static void save(Network network, ModelMetadata metadata, Path file) throws IOException {
        for (int i = 0; i < network.layers().size(); i++) {
            Layer layer = network.layers().get(i);
            for (Param p : layer.params()) {
                double[] values = p.value();
                for (int j = 0; j < values.length; j++) {
                    if (!Double.isFinite(values[j])) {
                        throw new IOException("the model was not saved: its " + p.name() + " of layers[" + i + "] ("
                                + layer.name() + ") hold " + values[j] + " (value " + j + "), not a finite number; "
                                + "Restore model puts back the weights it was loaded with");
                    }
                }
            }
        }
        // Objects indented for reading; each list of numbers stays on one line.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
        ObjectNode json = toJson(network, metadata);
        AtomicFile.write(file, out -> MAPPER.writer(printer).writeValue(out, json));
    }
}
