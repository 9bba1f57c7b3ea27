package org.convscope.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.convscope.data.IdxFormatException;
import org.convscope.data.PictureFormatException;
import org.convscope.engine.ShapeException;
import org.convscope.engine.train.TrainingDivergedException;
import org.convscope.io.Limits;
import org.convscope.model.ModelFormatException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless commands ({@code train}, {@code evaluate}, {@code classify}, {@code trace}, {@code bench},
 * {@code screenshots}), run by
 * {@code java -jar convscope.jar COMMAND ...}.
 *
 * <p>Exit codes: 0 success, 1 the command failed (a bad or missing file, training diverged ...),
 * 2 the command line itself is wrong. Either failure prints one line starting with "error:" to
 * stderr, never a stack trace: the people running this are students and teachers, and every
 * failure they can cause has a message that says what to change.
 */
public final class Cli {
    /** The command failed. */
    public static final int FAILED = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;

    private Cli() {
    }

    /** Runs the command in {@code args} with the process's stdout and stderr and returns the exit code. */
    public static int run(String[] args) {
        // stdout and stderr get the platform charset, as System.out does.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        return run(args, out, err);
    }

    /** Runs the command in {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ConvScopeCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Cli::reportUsageError)
                .setExecutionExceptionHandler((e, command, parseResult) -> reportFailure(e, command));
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int reportUsageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        // Picocli words some messages (options that must come together) as "Error: ..." itself.
        err.println("error: " + e.getMessage().replaceFirst("^Error: ", ""));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        return USAGE;
    }

    private static int reportFailure(Exception e, CommandLine command) {
        command.getErr().println("error: " + message(e));
        return FAILED;
    }

    /** One line that tells the user what went wrong. */
    static String message(Exception e) {
        if (e instanceof CommandFailedException || e instanceof IdxFormatException
                || e instanceof ModelFormatException || e instanceof TrainingDivergedException
                || e instanceof ShapeException || e instanceof PictureFormatException
                || e instanceof Limits.LimitExceededException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + f.getReason();
        }
        if (e instanceof IOException) {
            return "input/output error: " + e.getMessage();
        }
        // Not a failure a user can cause on purpose: name the exception so a bug report can.
        return "unexpected " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
