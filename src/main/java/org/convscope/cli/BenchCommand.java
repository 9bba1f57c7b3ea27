package org.convscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.convscope.data.Dataset;
import org.convscope.data.IdxImages;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.ParameterCount;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.train.Adam;
import org.convscope.engine.train.Regularization;
import org.convscope.engine.train.Trainer;
import org.convscope.ui.ViewTimings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: how fast the engine runs a preset on random images (no data set needed). Prints
 * one {@code key: value} per line on stdout, for people and for scripts:
 * <pre>
 * forward_b1_us: 85.2        median time of one inference forward pass of one image
 * train_b1_img_s: 1450       training throughput, one image per update
 * train_b32_img_s: 3900      training throughput, 32 images per update
 * forward_gflops: 9.80       2 x multiply-adds per forward pass / its time
 * train_b32_gflops: 14.04    about 3 x the forward work (forward, gradient wrt input, wrt weights)
 * threads: 2                 threads that share a training batch
 * peak_rss_mb: 142           the process's peak resident memory (only where /proc tells)
 * </pre>
 * Each figure is the median of several timed windows after a warm-up ({@link BenchPlan}).
 */
@Command(name = "bench", sortOptions = false,
        description = "Measure forward latency and training throughput on random images (about 30 s).")
final class BenchCommand implements Callable<Integer> {
    /** Random images cycled through, so the timings do not hinge on a single input. */
    private static final int IMAGES = 256;
    private static final int BATCH = 32;

    /** Receives a value computed from every forward output, so the JIT cannot drop the passes as unused. */
    private static volatile double sink;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--preset", defaultValue = "lenet5", paramLabel = "NAME", order = 1,
            description = "Network to measure: lenet5 or tiny. Default: ${DEFAULT-VALUE}.")
    String preset;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", order = 2,
            description = "Seed of the weights and the random images. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--quick", order = 3,
            description = "A run of a second or two that checks everything works; its numbers mean little.")
    boolean quick;

    @Option(names = "--ui", order = 4,
            description = "Measure the app's views instead of the engine: how long the FX thread is held per step "
                    + "through the shipped model, headless at 1280 x 720, with the detail panel closed and open.")
    boolean ui;

    @Override
    public Integer call() throws Exception {
        if (ui) {
            return benchViews();
        }
        new UsageCheck(spec).require(Presets.NAMES.contains(preset.toLowerCase(Locale.ROOT)),
                "unknown preset '" + preset + "'; choose one of " + String.join(", ", Presets.NAMES));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchPlan plan = quick ? BenchPlan.QUICK : BenchPlan.FULL;

        Rng rng = new Rng(seed);
        Network network = Network.build(Presets.byName(preset), rng);
        Dataset images = randomImages(network, rng);
        long multiplyAdds = network.multiplyAdds();
        int cores = Runtime.getRuntime().availableProcessors();

        try (Trainer trainer = new Trainer(network, new Adam(0.001), Regularization.NONE, rng, cores)) {
            err.printf(Locale.ROOT, "bench %s: %s parameters, %s multiply-adds per image, %d threads; about %.0f s%n",
                    preset.toLowerCase(Locale.ROOT), ParameterCount.format(network.parameterCount()),
                    ParameterCount.format(multiplyAdds), trainer.threads(), 3 * plan.seconds());
            double forwardUs = 1e6 / forwardRate(network, images, plan);
            double trainB1 = trainingRate(trainer, images, 1, plan);
            double trainB32 = trainingRate(trainer, images, BATCH, plan);

            double forwardFlops = 2.0 * multiplyAdds;
            out.printf(Locale.ROOT, "forward_b1_us: %.1f%n", forwardUs);
            out.printf(Locale.ROOT, "train_b1_img_s: %.0f%n", trainB1);
            out.printf(Locale.ROOT, "train_b32_img_s: %.0f%n", trainB32);
            out.printf(Locale.ROOT, "forward_gflops: %.2f%n", forwardFlops / (forwardUs * 1e-6) / 1e9);
            out.printf(Locale.ROOT, "train_b32_gflops: %.2f%n", 3 * forwardFlops * trainB32 / 1e9);
            out.printf(Locale.ROOT, "threads: %d%n", trainer.threads());
        }
        peakResidentKilobytes().ifPresent(kb -> out.printf(Locale.ROOT, "peak_rss_mb: %.0f%n", kb / 1024.0));
        return 0;
    }

    /**
     * {@code --ui}: the views' time on the FX thread per step of the pass (a frame at 60 Hz is
     * 16.7 ms), with the detail panel closed and open, and the snapshot of an export at 2x.
     */
    private int benchViews() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int passes = quick ? 1 : 5;
        spec.commandLine().getErr().printf(Locale.ROOT,
                "bench --ui: the main window headless, %d passes of 27 steps after %d to warm up%n", passes, passes);
        for (Map.Entry<String, Double> figure : ViewTimings.measure(passes, passes).entrySet()) {
            out.printf(Locale.ROOT, "%s: %.1f%n", figure.getKey(), figure.getValue());
        }
        peakResidentKilobytes().ifPresent(kb -> out.printf(Locale.ROOT, "peak_rss_mb: %.0f%n", kb / 1024.0));
        return 0;
    }

    /** Forward passes of one image per second, in inference mode. */
    private static double forwardRate(Network network, Dataset images, BenchPlan plan) {
        Tensor[] inputs = new Tensor[images.size()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = images.input(i);
        }
        int[] next = {0};
        double[] checksum = {0};
        double rate = plan.medianRate(() -> {
            checksum[0] += network.forward(inputs[next[0]], Mode.INFERENCE).get(0);
            next[0] = (next[0] + 1) % inputs.length;
        });
        sink = checksum[0];
        return rate;
    }

    /** Training images per second with updates of {@code batch} images. */
    private static double trainingRate(Trainer trainer, Dataset images, int batch, BenchPlan plan) {
        int[] order = new int[images.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int[] from = {0};
        double batches = plan.medianRate(() -> {
            trainer.trainBatch(images, order, from[0], from[0] + batch);
            from[0] = (from[0] + batch) % order.length;
        });
        return batches * batch;
    }

    private static Dataset randomImages(Network network, Rng rng) {
        Shape input = network.inputShape();
        byte[] pixels = new byte[IMAGES * input.size()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) rng.nextInt(256);
        }
        byte[] labels = new byte[IMAGES];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) rng.nextInt(network.classes());
        }
        return Dataset.of("random", new IdxImages(IMAGES, input.height(), input.width(), pixels), labels,
                network.classes());
    }

    /** VmHWM, the peak resident set size, from /proc/self/status (Linux only). */
    private static OptionalLong peakResidentKilobytes() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No /proc (macOS, Windows): the figure is simply left out.
        }
        return OptionalLong.empty();
    }
}
