package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    @Test
    void resultGoesToOnSuccessOnTheFxExecutor() {
        List<Runnable> fxQueue = new ArrayList<>();
        List<String> results = new ArrayList<>();
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run, fxQueue::add);

        tasks.run(() -> "done", results::add, error -> results.add("failed"));

        assertTrue(results.isEmpty(), "nothing is delivered before the FX executor runs");
        fxQueue.forEach(Runnable::run);
        assertEquals(List.of("done"), results);
    }

    @Test
    void anExceptionGoesToOnFailure() {
        List<Exception> failures = new ArrayList<>();
        BackgroundTasks.sameThread().run(() -> {
            throw new IOException("disk gone");
        }, result -> { }, failures::add);

        assertEquals(1, failures.size());
        assertEquals("disk gone", failures.get(0).getMessage());
    }

    @Test
    void runningOutOfMemoryIsReportedAsAFailureNotLost() {
        List<Exception> failures = new ArrayList<>();
        BackgroundTasks.sameThread().run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, result -> { }, failures::add);

        assertEquals(1, failures.size());
        assertTrue(failures.get(0).getMessage().startsWith("there is not enough memory for it: Java may use "),
                failures.get(0).getMessage());
    }
}
