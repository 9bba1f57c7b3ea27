package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.convscope.data.GeneratedImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, and the one-line messages for wrong command lines and bad files. */
class CliErrorsTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode(), run::toString);
        for (String command : new String[] {"train", "evaluate", "trace", "bench"}) {
            assertTrue(run.out().lines().anyMatch(l -> l.trim().startsWith(command + " ")), command + " in\n" + run);
        }
    }

    @Test
    void eachCommandDescribesItsOptions() {
        CliRun run = CliRun.of("train", "--help");

        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--preset", "--images", "--labels", "--epochs", "--batch", "--lr",
            "--optimizer", "--l1", "--l2", "--dropout", "--seed", "--validation-split", "--out"}) {
            assertTrue(run.out().contains(option), option + " in\n" + run);
        }
    }

    @Test
    void noCommandShowsTheUsageAndFails() {
        CliRun run = CliRun.of();
        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("Commands:"), run::toString);
    }

    @Test
    void misspeltOptionIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.of("train", "--preset", "tiny", "--images", "i", "--labels", "l", "--out", "m",
                "--epoch", "3");

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("error: Unknown options: '--epoch', '3'"), run::toString);
        assertTrue(run.err().contains("--epochs"), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void valuesOutOfRangeAreUsageErrors() {
        String[] base = {"train", "--preset", "tiny", "--images", "i", "--labels", "l", "--out", "m"};
        assertUsageError(with(base, "--lr", "-0.1"), "error: --lr must be a positive number, got -0.1");
        assertUsageError(with(base, "--lr-decay", "1.5"), "error: --lr-decay must be above 0 and at most 1, got 1.5");
        assertUsageError(with(base, "--validation-split", "1"), "error: --validation-split must be at least 0 and below 1");
        assertUsageError(with(base, "--dropout", "0.3"), "error: the tiny preset has no dropout layer");
        assertUsageError(with(base, "--momentum", "0.5"), "error: --momentum applies to --optimizer sgd only");
        assertUsageError(with(base, "--optimizer", "rmsprop"), "error: Invalid value for option '--optimizer'");
        assertUsageError(new String[] {"train", "--preset", "resnet", "--images", "i", "--labels", "l", "--out", "m"},
                "error: unknown preset 'resnet'; choose one of lenet5, tiny");
        assertUsageError(new String[] {"evaluate", "--images", "i", "--labels", "l"},
                "error: Missing required option: '--model=FILE'");
    }

    @Test
    void missingModelFileIsOneClearLine() throws Exception {
        Path[] data = GeneratedImages.writeIdx(dir, "test", 6, 1);
        Path model = dir.resolve("no-such-model.json");

        CliRun run = CliRun.of("evaluate", "--model", model.toString(), "--images", data[0].toString(), "--labels",
                data[1].toString());

        assertEquals(Cli.FAILED, run.exitCode());
        assertEquals("error: model file " + model + " does not exist", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void modelFileThatIsNotJsonIsRefused() throws Exception {
        Path[] data = GeneratedImages.writeIdx(dir, "test", 6, 1);
        Path model = Files.writeString(dir.resolve("model.json"), "this is not a model");

        CliRun run = CliRun.of("trace", "--model", model.toString(), "--images", data[0].toString(), "--labels",
                data[1].toString(), "--index", "0", "--out", dir.resolve("t.json").toString());

        assertEquals(Cli.FAILED, run.exitCode());
        assertTrue(run.err().startsWith("error: " + model + " is not valid JSON"), run::toString);
        assertNoStackTrace(run);
        assertFalse(Files.exists(dir.resolve("t.json")));
    }

    @Test
    void missingImageFileIsOneClearLine() {
        Path images = dir.resolve("missing-images.gz");
        CliRun run = CliRun.of("train", "--preset", "tiny", "--images", images.toString(), "--labels",
                dir.resolve("l").toString(), "--out", dir.resolve("m.json").toString(), "--no-progress");

        assertEquals(Cli.FAILED, run.exitCode());
        assertEquals("error: image file " + images + " does not exist", run.err().strip());
        assertFalse(Files.exists(dir.resolve("m.json")));
    }

    @Test
    void anOutputThatCannotBeWrittenIsFoundBeforeTraining() throws Exception {
        Path[] data = GeneratedImages.writeIdx(dir, "train", 30, 1);

        CliRun run = CliRun.of("train", "--preset", "tiny", "--images", data[0].toString(), "--labels",
                data[1].toString(), "--out", dir.toString(), "--no-progress");

        assertEquals(Cli.FAILED, run.exitCode());
        assertEquals("error: " + dir + ": is a folder; give a file name such as model.json", run.err().strip());
        assertEquals("", run.out(), "nothing was trained");
    }

    private static void assertUsageError(String[] args, String expectedStart) {
        CliRun run = CliRun.of(args);
        assertEquals(Cli.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(expectedStart), () -> "expected '" + expectedStart + "' in\n" + run);
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
    }

    private static String[] with(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
