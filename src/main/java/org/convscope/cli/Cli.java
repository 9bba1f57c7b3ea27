package org.convscope.cli;

/** Headless commands (placeholder until the CLI lands in this same issue). */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args) {
        System.err.println("no commands yet");
        return 2;
    }
}
