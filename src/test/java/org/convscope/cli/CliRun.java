package org.convscope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** What one run of the command line printed and returned. */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@link Cli#run(String[], PrintWriter, PrintWriter)} with captured output. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
