package org.convscope.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** The top-level {@code convscope} command: only lists its subcommands. */
@Command(name = "convscope",
        description = {
            "Step through a convolutional neural network, one layer at a time.",
            "Without a command, java -jar convscope.jar starts the desktop app; these commands run headless."},
        subcommands = {TrainCommand.class, EvaluateCommand.class, ClassifyCommand.class, TraceCommand.class, BenchCommand.class,
            ScreenshotsCommand.class, HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'convscope COMMAND --help' for the options of a command."})
final class ConvScopeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    /** Reached only without a command: show what there is, and fail, since nothing was done. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }
}
