package org.convscope.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.convscope.io.AtomicFile;
import org.convscope.engine.DropoutMask;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.LossTrace;
import org.convscope.engine.ParamTrace;
import org.convscope.engine.PassTrace;
import org.convscope.engine.PoolRoutes;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.TraceExtra;

/**
 * Writes a {@link PassTrace} as JSON:
 * <pre>
 * { "format": "convscope-trace", "version": 1,
 *   "model", "images", "index", "fileLabel", "label", "mode", "seed" (training mode only),
 *   "input":  { "shape": [1, 28, 28], "values": [...] },
 *   "layers": [ { "index", "name", "type", "inputShape", "outputShape",
 *                 "parameterCount", "parameterFormula",
 *                 "output": [...], "gradOutput": [...], "gradInput": [...],
 *                 "params": [ { "name", "dims", "grad": [...] } ],
 *                 "routes": [...]                              (max pooling only)
 *                 "dropout": { "p", "active", "kept": [...] }  (dropout only) } ],
 *   "logits": [...], "probabilities": [...], "predicted", "loss" }
 * </pre>
 * Shapes are [channels, height, width] for feature maps and [length] for vectors. Every tensor is
 * a flat list, channel-major like the engine's tensors: value (c, y, x) sits at
 * {@code (c*H + y)*W + x}. A layer's input is the previous layer's output (the first layer's is
 * "input"), so it is not repeated. {@code routes[i]} is the flat input index that max-pool output
 * cell i came from; {@code params[].grad} follows the layout in {@code dims}, as in model files.
 */
final class TraceJson {
    static final String FORMAT = "convscope-trace";
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraceJson() {
    }

    /** What was traced: the files, the image, the label in the file and the mode. */
    record Source(String model, String images, int index, int fileLabel, String mode, Long seed) {
    }

    /** Writes the trace to {@code file} through a temporary file. */
    static void write(PassTrace trace, Source source, Path file) throws IOException {
        ObjectNode root = toJson(trace, source);
        // Objects indented for reading; each list of numbers stays on one line.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
        AtomicFile.write(file, out -> MAPPER.writer(printer).writeValue(out, root));
    }

    static ObjectNode toJson(PassTrace trace, Source source) {
        if (!trace.hasLoss() || trace.layers().stream().anyMatch(l -> !l.hasBackward())) {
            throw new IllegalArgumentException("only a complete forward and backward pass can be written");
        }
        LossTrace loss = trace.loss();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT).put("version", VERSION);
        root.put("model", source.model()).put("images", source.images()).put("index", source.index());
        root.put("fileLabel", source.fileLabel()).put("label", loss.label()).put("mode", source.mode());
        if (source.seed() != null) {
            root.put("seed", source.seed());
        }
        ObjectNode input = root.putObject("input");
        input.set("shape", shape(trace.input().shape()));
        input.set("values", values(trace.input()));
        ArrayNode layers = root.putArray("layers");
        for (LayerTrace layer : trace.layers()) {
            layers.add(layer(layer));
        }
        root.set("logits", values(loss.logits()));
        root.set("probabilities", values(loss.probabilities()));
        root.put("predicted", loss.predicted());
        root.put("loss", loss.loss());
        return root;
    }

    private static ObjectNode layer(LayerTrace layer) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("index", layer.index()).put("name", layer.name()).put("type", layer.type());
        node.set("inputShape", shape(layer.inputShape()));
        node.set("outputShape", shape(layer.outputShape()));
        node.put("parameterCount", layer.parameterCount().count());
        node.put("parameterFormula", layer.parameterCount().formula());
        node.set("output", values(layer.output()));
        node.set("gradOutput", values(layer.gradOutput()));
        node.set("gradInput", values(layer.gradInput()));
        ArrayNode params = node.putArray("params");
        for (ParamTrace p : layer.params()) {
            ObjectNode param = params.addObject();
            param.put("name", p.name());
            ArrayNode dims = param.putArray("dims");
            for (int d : p.dims()) {
                dims.add(d);
            }
            param.set("grad", values(p.grad()));
        }
        layer.extra().ifPresent(extra -> addExtra(node, extra));
        return node;
    }

    private static void addExtra(ObjectNode node, TraceExtra extra) {
        if (extra instanceof PoolRoutes routes) {
            ArrayNode list = node.putArray("routes");
            for (int i = 0; i < routes.size(); i++) {
                list.add(routes.sourceOf(i));
            }
        } else if (extra instanceof DropoutMask mask) {
            ObjectNode dropout = node.putObject("dropout");
            dropout.put("p", mask.p()).put("active", mask.active());
            ArrayNode kept = dropout.putArray("kept");
            for (int i = 0; i < mask.size(); i++) {
                kept.add(mask.kept(i));
            }
        }
    }

    private static ArrayNode shape(Shape shape) {
        ArrayNode dims = MAPPER.createArrayNode();
        if (shape.vector()) {
            return dims.add(shape.channels());
        }
        return dims.add(shape.channels()).add(shape.height()).add(shape.width());
    }

    private static ArrayNode values(Tensor tensor) {
        ArrayNode list = MAPPER.createArrayNode();
        for (int i = 0; i < tensor.size(); i++) {
            list.add(tensor.get(i));
        }
        return list;
    }
}
