package org.convscope.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for one stretch of work (one epoch), or nothing when turned off.
 * The bar redraws itself on one line and clears that line when closed, so the terminal keeps
 * only the summary the command prints afterwards.
 */
final class Progress implements AutoCloseable {
    /** Narrower than this, the bar would be all text and no bar. */
    private static final int MIN_WIDTH = 40;

    private final ProgressBar bar;
    private final LineConsumer line;

    private Progress(ProgressBar bar, LineConsumer line) {
        this.bar = bar;
        this.line = line;
    }

    /** Starts a bar for {@code total} units (images), or a silent stand-in if not {@code enabled}. */
    static Progress start(PrintWriter err, boolean enabled, String task, long total) {
        if (!enabled) {
            return new Progress(null, null);
        }
        LineConsumer line = new LineConsumer(err, terminalWidth());
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                // ASCII: the block characters turn into '?' on terminals that are not UTF-8.
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(line)
                .clearDisplayOnFinish()
                .build();
        return new Progress(bar, line);
    }

    /** Moves the bar to {@code done} units, followed by a short status such as "loss 0.2345". */
    void update(long done, String status) {
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(status);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            // The library skips its clearing step when the bar closes before its first redraw.
            line.clear();
        }
    }

    /** COLUMNS if the shell exports it, else what the terminal says (80 when it cannot tell). */
    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(MIN_WIDTH, Integer.parseInt(columns.trim()));
            } catch (NumberFormatException e) {
                // Fall through to asking the terminal.
            }
        }
        // The library's own console consumer asks the terminal (through JLine); only its width is used.
        return Math.max(MIN_WIDTH, new ConsoleProgressBarConsumer(System.err).getMaxRenderedLength());
    }

    /**
     * Draws the bar on one line of a writer: each frame starts with a carriage return. Writing to
     * the command's own stderr writer (not System.err) keeps the bar testable and in order with
     * the command's other messages.
     */
    private static final class LineConsumer implements ProgressBarConsumer {
        private final PrintWriter out;
        private final int width;
        /** Whether a frame is on the line, so clearing twice prints nothing the second time. */
        private volatile boolean drawn;

        LineConsumer(PrintWriter out, int width) {
            this.out = out;
            this.width = width;
        }

        @Override
        public int getMaxRenderedLength() {
            // One column spare: writing into the last column makes some terminals wrap.
            return width - 1;
        }

        @Override
        public void accept(String frame) {
            String text = frame.length() > getMaxRenderedLength() ? frame.substring(0, getMaxRenderedLength()) : frame;
            out.print('\r' + text);
            out.flush();
            drawn = true;
        }

        @Override
        public void clear() {
            if (drawn) {
                out.print('\r' + " ".repeat(getMaxRenderedLength()) + '\r');
                out.flush();
                drawn = false;
            }
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
