package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the output format: speed is reported by the real bench, never asserted. */
class BenchCommandTest {

    @Test
    void quickBenchPrintsEveryFigureOnItsOwnLine() {
        CliRun run = CliRun.of("bench", "--quick");

        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).matches("forward_b1_us: \\d+\\.\\d"), run::toString);
        assertTrue(lines.get(1).matches("train_b1_img_s: \\d+"), run::toString);
        assertTrue(lines.get(2).matches("train_b32_img_s: \\d+"), run::toString);
        assertTrue(lines.get(3).matches("forward_gflops: \\d+\\.\\d\\d"), run::toString);
        assertTrue(lines.get(4).matches("train_b32_gflops: \\d+\\.\\d\\d"), run::toString);
        assertTrue(lines.get(5).matches("threads: [1-9]\\d*"), run::toString);
        if (lines.size() > 6) {
            assertTrue(lines.get(6).matches("peak_rss_mb: \\d+"), run::toString);
        }
        assertTrue(run.err().startsWith("bench lenet5: 61,706 parameters"), run::toString);
    }

    @Test
    void quickUiBenchPrintsTheViewsFiguresInMilliseconds() {
        CliRun run = CliRun.of("bench", "--ui", "--quick");

        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.outLines();
        String step = "_slowest_step_([1-9]|1\\d|2[0-7])_median_ms: \\d+\\.\\d";
        String back = "_slowest_step_(\\d|1\\d|2[0-6])_median_ms: \\d+\\.\\d";
        String ms = "_median_ms: \\d+\\.\\d";
        int line = 0;
        for (String panel : new String[] {"ui_step", "ui_step_with_detail"}) {
            assertTrue(lines.get(line++).matches(panel + ms), run::toString);
            assertTrue(lines.get(line++).matches(panel + step), run::toString);
            assertTrue(lines.get(line++).matches(panel + "_previous" + ms), run::toString);
            assertTrue(lines.get(line++).matches(panel + "_previous" + back), run::toString);
        }
        // With the panel open, every layer of LeNet-5 names its slowest step.
        for (String layer : new String[] {"conv1", "relu1", "maxpool1", "conv2", "relu2", "maxpool2", "flatten1",
            "dense1", "relu3", "dropout1", "dense2", "relu4", "dense3"}) {
            assertTrue(lines.get(line++).matches("ui_detail_" + layer
                    + "_slowest_(forward|backward)_(next|previous)" + ms), run::toString);
        }
        // The painting of the window after each step, with the panel open, then the export.
        assertTrue(lines.get(line++).matches("ui_paint_with_detail" + ms), run::toString);
        assertTrue(lines.get(line++).matches("ui_paint_with_detail" + step), run::toString);
        assertTrue(lines.get(line).matches("ui_export_snapshot" + ms), run::toString);
        assertTrue(run.err().startsWith("bench --ui: the main window headless"), run::toString);
    }

    @Test
    void unknownPresetIsAUsageError() {
        CliRun run = CliRun.of("bench", "--preset", "vgg");
        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("error: unknown preset 'vgg'"), run::toString);
    }
}
