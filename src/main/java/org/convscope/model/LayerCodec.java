package org.convscope.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.layer.AvgPool2D;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Dropout;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.LeakyReLU;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.ReLU;
import org.convscope.engine.layer.Sigmoid;
import org.convscope.engine.layer.Tanh;

/**
 * Reads and writes the hyper-parameters of each layer type (not its weights) in a model file.
 * The one place that knows every layer type by name, so the engine's layers stay free of JSON.
 */
final class LayerCodec {
    static final List<String> TYPES = List.of("conv2d", "relu", "leakyrelu", "sigmoid", "tanh", "maxpool",
            "avgpool", "dropout", "flatten", "dense");

    private LayerCodec() {
    }

    /** Writes the spec's fields into {@code node} (which already has "type"). */
    static void write(LayerSpec spec, ObjectNode node) {
        if (spec instanceof Conv2D.Spec c) {
            node.put("filters", c.filters()).put("kernel", c.kernel()).put("stride", c.stride())
                    .put("padding", c.padding());
        } else if (spec instanceof MaxPool2D.Spec m) {
            node.put("window", m.window()).put("stride", m.stride());
        } else if (spec instanceof AvgPool2D.Spec a) {
            node.put("window", a.window()).put("stride", a.stride());
        } else if (spec instanceof Dropout.Spec d) {
            node.put("p", d.p());
        } else if (spec instanceof Dense.Spec d) {
            node.put("units", d.units());
        } else if (spec instanceof LeakyReLU.Spec l) {
            node.put("alpha", l.alpha());
        }
    }

    /** The spec described by {@code node}; {@code where} ("layers[3]") prefixes every message. */
    static LayerSpec read(JsonNode node, String where) throws ModelFormatException {
        String type = Json.requiredText(node, "type", where);
        String at = where + " (" + type + ")";
        try {
            return switch (type) {
                case "conv2d" -> new Conv2D.Spec(Json.requiredInt(node, "filters", at), Json.requiredInt(node, "kernel", at),
                        Json.requiredInt(node, "stride", at), Json.requiredInt(node, "padding", at));
                case "relu" -> new ReLU.Spec();
                case "leakyrelu" -> new LeakyReLU.Spec(Json.requiredDouble(node, "alpha", at));
                case "sigmoid" -> new Sigmoid.Spec();
                case "tanh" -> new Tanh.Spec();
                case "maxpool" -> new MaxPool2D.Spec(Json.requiredInt(node, "window", at), Json.requiredInt(node, "stride", at));
                case "avgpool" -> new AvgPool2D.Spec(Json.requiredInt(node, "window", at), Json.requiredInt(node, "stride", at));
                case "dropout" -> new Dropout.Spec(Json.requiredDouble(node, "p", at));
                case "flatten" -> new Flatten.Spec();
                case "dense" -> new Dense.Spec(Json.requiredInt(node, "units", at));
                default -> throw new ModelFormatException(where + ": unknown layer type '" + type + "'; known types: "
                        + String.join(", ", TYPES));
            };
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(at + ": " + e.getMessage(), e);
        }
    }
}
