package org.convscope.cli;

import picocli.CommandLine.Option;

/** The {@code -h, --help} option every command carries. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, order = 99, description = "Show this help.")
    boolean help;
}
