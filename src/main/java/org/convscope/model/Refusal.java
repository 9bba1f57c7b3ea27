package org.convscope.model;

import java.util.List;

/**
 * Why a model file was refused, as a kind and its values, for the app to say in the user's
 * language (the exception's message says it in English, for the command line). Only the
 * refusals a teacher may meet with a real file carry one: the limits, a field named twice, and
 * numbers that are not finite; syntax and format errors are for whoever wrote the file.
 *
 * @param args the values the message names, already written as text ("100000", "1,117", "conv2")
 */
public record Refusal(Kind kind, List<String> args) {

    public Refusal {
        args = List.copyOf(args);
        if (args.size() != kind.valueCount()) {
            throw new IllegalArgumentException(kind + " names " + kind.valueCount() + " values, got " + args);
        }
    }

    static Refusal of(Kind kind, Object... args) {
        return new Refusal(kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Each kind's arguments, in order. */
    public enum Kind {
        /** height, width, the largest side */
        INPUT_TOO_LARGE(3),
        /** channels, the most */
        TOO_MANY_CHANNELS(2),
        /** layers, the most */
        TOO_MANY_LAYERS(2),
        /** the layer ("layers[7] (dense)"), its outputs, the most for one image */
        LAYER_OUTPUT_TOO_LARGE(3),
        /** the layer, parameters up to it, the most */
        TOO_MANY_PARAMETERS(3),
        /** the layer, memory for one image up to it ("118 MB"), the most */
        TOO_MUCH_MEMORY(3),
        /** the file's size ("161 MB"), the largest */
        FILE_TOO_LARGE(2),
        /** the deepest nesting allowed */
        NESTED_TOO_DEEP(1),
        /** the longest text allowed, in characters */
        TEXT_TOO_LONG(1),
        /** the field's name, the line */
        FIELD_TWICE(2),
        /** where ("layers[0].bias[3]"), the value ("NaN") */
        NOT_FINITE_PARAMETER(2),
        /** the probe image (BLANK, DIGIT or PATTERN), the layer ("conv2"), the first value ("Infinity") */
        NOT_FINITE_OUTPUT(3);

        private final int values;

        Kind(int values) {
            this.values = values;
        }

        /** How many values a refusal of this kind names. */
        public int valueCount() {
            return values;
        }
    }
}
