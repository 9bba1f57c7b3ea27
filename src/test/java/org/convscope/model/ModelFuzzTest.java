package org.convscope.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convscope.data.Mutator;
import org.convscope.engine.Network;
import org.convscope.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile model files made from the shipped ones: bytes flipped and runs of random
 * bytes, cuts anywhere and at the structure, numbers (weights and the architecture's fields)
 * replaced by huge, overflowing, negative, fractional, NaN, infinite and non-number values,
 * fields given twice or removed, layer types swapped, and values buried in deep nesting. Every
 * case either loads and works (a blank input gives finite probabilities that sum to 1) or fails
 * with a {@link ModelFormatException} whose message is one line naming the file; no other
 * exception, no OutOfMemoryError. All failures are collected, so one run lists every case that
 * breaks the rule.
 *
 * <p>The seed is fixed: a failure names its case ("tiny number at 1733 -> 1e400") and repeats.
 */
class ModelFuzzTest {
    private static final long SEED = 0xF0221L;
    private static final Path TINY = Path.of("assets/models/tiny.json");
    private static final Path LENET5 = Path.of("assets/models/lenet5.json");
    /** What a number in a hostile file may be instead: past int and double, negative, fractional, not a number. */
    private static final String[] HOSTILE = {"1e308", "-1e308", "1e400", "-1e400", "1e-400", "2147483648",
        "-2147483649", "99999999999", "4294967297", "9223372036854775808", "-1", "0", "-0", "0.5", "-0.5", "2.5",
        "3.0", "1e3", "513", "65536", "1000000", "NaN", "Infinity", "-Infinity", "\"3\"", "\"\"", "null", "true",
        "[]", "{}", "[3]", "{\"a\" : 1}"};
    /** A number: what the regex finds is replaced whole. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    /** A field with a plain value: "filters" : 4 or "type" : "conv2d". */
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\" : (\"[^\"]*\"|-?[\\w.+-]+)");

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private int loaded;

    @Test
    void tiny() throws IOException {
        int cases = fuzz("tiny", Files.readString(TINY), 1);
        report(cases, 1500);
    }

    @Test
    void lenet5() throws IOException {
        // 1.3 MB: each case takes some 60 ms, so a few of each kind.
        int cases = fuzz("lenet5", Files.readString(LENET5), 18);
        report(cases, 100);
    }

    private void report(int cases, int atLeast) {
        assertTrue(cases >= atLeast, cases + " cases");
        assertTrue(loaded > 0 && loaded < cases, loaded + " of " + cases + " loaded");
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases + " cases broke the rule:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    /** Runs every kind of case on {@code json}, 1 / {@code fewer} as many as for the tiny model. */
    private int fuzz(String name, String json, int fewer) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED ^ name.hashCode());
        Mutator bytes = new Mutator(SEED ^ name.hashCode());
        byte[] original = json.getBytes(StandardCharsets.US_ASCII);
        List<Mutator.Case> cases = new ArrayList<>();
        cases.add(new Mutator.Case("undamaged", original));
        cases.addAll(bytes.mixed(original, 400 / fewer, structure(json)));
        // Each span: where the match starts, where the replaced part starts, where both end.
        List<int[]> numbers = spans(NUMBER.matcher(json), 0);
        List<int[]> fields = spans(FIELD.matcher(json), 2);
        for (int i = 0; i < 900 / fewer; i++) {
            // Half the numbers are weights, half the architecture's fields and the metadata's.
            List<int[]> from = i % 2 == 0 ? numbers : fields;
            int[] span = from.get(random.nextInt(from.size()));
            String value = i % 7 == 6 ? ModelFile.LAYER_TYPES.get(random.nextInt(ModelFile.LAYER_TYPES.size())) : null;
            String replacement = value != null ? "\"" + value + "\"" : HOSTILE[random.nextInt(HOSTILE.length)];
            cases.add(text(name + " " + (i % 2 == 0 ? "number" : "field") + " at " + span[1] + " -> " + replacement,
                    json.substring(0, span[1]) + replacement + json.substring(span[2])));
        }
        for (int i = 0; i < 200 / fewer; i++) {
            // A field given twice: the copy with another value, after the original or before it.
            int[] span = fields.get(random.nextInt(fields.size()));
            String field = json.substring(span[0], span[2]);
            String copy = json.substring(span[0], span[1]) + HOSTILE[random.nextInt(HOSTILE.length)];
            cases.add(text(name + " twice " + field + " / " + copy, random.nextBoolean()
                    ? json.substring(0, span[2]) + ", " + copy + json.substring(span[2])
                    : json.substring(0, span[0]) + copy + ", " + json.substring(span[0])));
        }
        for (int i = 0; i < 150 / fewer; i++) {
            // Deep nesting in place of a number or a field's value, around the parser's limit of 32.
            List<int[]> from = i % 2 == 0 ? numbers : fields;
            int[] span = from.get(random.nextInt(from.size()));
            int depth = random.nextBoolean() ? 25 + random.nextInt(15) : 1 + random.nextInt(5000);
            String open = random.nextBoolean() ? "[" : "{\"a\":";
            String close = open.equals("[") ? "]" : "}";
            cases.add(text(name + " nested " + depth + open + " at " + span[1], json.substring(0, span[1])
                    + open.repeat(depth) + "1" + close.repeat(depth) + json.substring(span[2])));
        }
        for (int i = 0; i < 150 / fewer; i++) {
            // A field removed, with its comma.
            int[] span = fields.get(random.nextInt(fields.size()));
            int end = json.startsWith(",", span[2]) ? span[2] + 1 : span[2];
            cases.add(text(name + " without " + json.substring(span[0], span[2]),
                    json.substring(0, span[0]) + json.substring(end)));
        }
        for (Mutator.Case c : cases) {
            check(c.name().startsWith(name) ? c.name() : name + " " + c.name(), c.bytes());
        }
        return cases.size();
    }

    /** Loads one case from a file: it works, or it fails as the rule says; anything else is added to {@link #failures}. */
    private void check(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("fuzzed.json"), bytes);
        String source = file.toString();
        long before = Mutator.allocatedBytes();
        try {
            Model model = ModelFile.load(file);
            Network network = model.network();
            Tensor p = network.predict(Tensor.zeros(network.inputShape()));
            double sum = 0;
            for (double v : p.data()) {
                if (!(v >= 0 && v <= 1)) {
                    failures.add(name + ": loaded, but a probability is " + v);
                    return;
                }
                sum += v;
            }
            if (Math.abs(sum - 1) > 1e-9) {
                failures.add(name + ": loaded, but the probabilities sum to " + sum);
                return;
            }
            loaded++;
        } catch (ModelFormatException e) {
            String message = e.getMessage();
            if (message == null || message.isBlank() || message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0
                    || !message.contains(source)) {
                failures.add(name + ": message " + (message == null ? null : "'" + message.replace("\n", "\\n") + "'"));
            }
        } catch (Throwable e) {
            failures.add(name + ": " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())
                    .replace("\n", "\\n"));
        }
        long allocated = Mutator.allocatedBytes() - before;
        // The limits allow some 300 MB for a model; far past that, a limit was not checked in time.
        if (allocated > 1L << 30) {
            failures.add(name + ": allocated " + (allocated >> 20) + " MB");
        }
    }

    /** Where the JSON opens or closes a list or an object, or starts the weights: places to cut. */
    private static int[] structure(String json) {
        List<Integer> places = new ArrayList<>();
        Matcher m = Pattern.compile("[\\[\\]{}]|\"weights\"|\"bias\"|\"metadata\"").matcher(json);
        while (m.find()) {
            places.add(m.start());
        }
        return places.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Of every match: where it starts, where {@code group} starts, where the group ends. */
    private static List<int[]> spans(Matcher m, int group) {
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.start(group), m.end(group)});
        }
        return spans;
    }

    private static Mutator.Case text(String name, String json) {
        return new Mutator.Case(name, json.getBytes(StandardCharsets.UTF_8));
    }
}
