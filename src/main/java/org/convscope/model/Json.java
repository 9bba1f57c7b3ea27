package org.convscope.model;

import com.fasterxml.jackson.databind.JsonNode;

/** Field readers that fail with a message naming the exact field. */
final class Json {
    private Json() {
    }

    static JsonNode required(JsonNode node, String field, String where) throws ModelFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ModelFormatException(where + ": field '" + field + "' is missing");
        }
        return value;
    }

    static String requiredText(JsonNode node, String field, String where) throws ModelFormatException {
        JsonNode value = required(node, field, where);
        if (!value.isTextual()) {
            throw new ModelFormatException(where + ": field '" + field + "' must be text, found " + value.getNodeType());
        }
        return value.asText();
    }

    static int requiredInt(JsonNode node, String field, String where) throws ModelFormatException {
        JsonNode value = required(node, field, where);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new ModelFormatException(where + ": field '" + field + "' must be a whole number, found " + value);
        }
        return value.intValue();
    }

    static double requiredDouble(JsonNode node, String field, String where) throws ModelFormatException {
        return number(required(node, field, where), where + "." + field);
    }

    /** A finite number; NaN and infinities are refused. */
    static double number(JsonNode value, String where) throws ModelFormatException {
        if (!value.isNumber()) {
            throw new ModelFormatException(where + ": expected a number, found " + describe(value));
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            throw new ModelFormatException(where + ": " + d + " is not a finite number",
                    Refusal.of(Refusal.Kind.NOT_FINITE_PARAMETER, where, d));
        }
        return d;
    }

    static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
