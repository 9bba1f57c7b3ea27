package org.convscope.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks option values that picocli's types cannot express (ranges, combinations). A failed check
 * is a usage error: exit code 2 with the message, like a misspelt option.
 */
final class UsageCheck {
    private final CommandSpec spec;

    UsageCheck(CommandSpec spec) {
        this.spec = spec;
    }

    void require(boolean condition, String message) {
        if (!condition) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
