package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void drawsOnOneLineAndClearsItWhenDone() {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.start(new PrintWriter(err), true, "epoch 1/3", 64)) {
            progress.update(32, "loss 0.5000");
            progress.update(64, "loss 0.2500");
        }

        String text = err.toString();
        assertTrue(text.contains("epoch 1/3 100% ["), text);
        assertTrue(text.contains("64/64"), text);
        assertTrue(text.contains("loss 0.2500"), text);
        assertTrue(text.endsWith("\r"), () -> "the line is cleared for what follows: " + text.replace("\r", "<CR>"));
        assertFalse(text.contains("\n"), "redrawn in place, never a new line: " + text);
    }

    @Test
    void turnedOffItPrintsNothing() {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.start(new PrintWriter(err), false, "epoch 1/3", 64)) {
            progress.update(64, "loss 0.2500");
        }
        assertEquals("", err.toString());
    }
}
