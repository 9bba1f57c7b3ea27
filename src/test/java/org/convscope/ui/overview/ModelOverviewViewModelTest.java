package org.convscope.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.Presets;
import org.convscope.ui.BackgroundTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview's presentation model, without a stage: every task runs at once on the test's thread. */
class ModelOverviewViewModelTest {
    @TempDir
    Path dir;

    private final List<ModelLoadFailure> failures = new ArrayList<>();
    private ModelOverviewViewModel viewModel;

    @BeforeEach
    void createViewModel() {
        viewModel = new ModelOverviewViewModel(BackgroundTasks.sameThread());
        viewModel.setOnLoadFailed(failures::add);
    }

    @Test
    void withoutAShippedModelStartsWithAnUntrainedLenet5() {
        viewModel.loadStartupModel(null);

        assertEquals(new ModelOrigin.Untrained("lenet5", 1, null), viewModel.getLoadedModel().origin());
        assertEquals(14, viewModel.getRows().size());
        assertEquals("6 x (5 x 5 x 1) + 6 = 156", viewModel.getRows().get(1).parameters().formula());
        assertEquals(61_706, viewModel.getTotalParameters());
        assertFalse(viewModel.isLoading());
    }

    @Test
    void startsWithTheShippedModelWhenThereIsOne() throws MalformedURLException {
        Path shipped = TestModels.write(dir, "lenet5.json", Presets.lenet5());

        viewModel.loadStartupModel(shipped.toUri().toURL());

        LoadedModel loaded = viewModel.getLoadedModel();
        assertEquals(new ModelOrigin.Shipped("lenet5.json"), loaded.origin());
        assertEquals(0.9876, loaded.model().metadata().accuracy());
        assertEquals(61_706, viewModel.getTotalParameters());
    }

    @Test
    void anUnreadableShippedModelFallsBackToAnUntrainedOneAndSaysWhy() throws MalformedURLException {
        viewModel.loadStartupModel(TestModels.corrupt(dir).toUri().toURL());

        ModelOrigin.Untrained origin = assertInstanceOf(ModelOrigin.Untrained.class,
                viewModel.getLoadedModel().origin());
        assertTrue(origin.shippedProblem().contains("not valid JSON"), origin.shippedProblem());
        assertEquals(61_706, viewModel.getTotalParameters());
        assertEquals(List.of(), failures, "the app starts either way: nothing to report in a dialog");
    }

    @Test
    void openingAModelFileReplacesTheOverview() {
        viewModel.loadStartupModel(null);
        Path tiny = TestModels.write(dir, "tiny.json", Presets.tiny());

        viewModel.openModel(tiny);

        assertEquals(new ModelOrigin.OpenedFile(tiny), viewModel.getLoadedModel().origin());
        assertEquals(9, viewModel.getRows().size());
        assertEquals("4 x (3 x 3 x 1) + 4 = 40", viewModel.getRows().get(1).parameters().formula());
        assertEquals(viewModel.getLoadedModel().overview().totalParameters(), viewModel.getTotalParameters());
    }

    @Test
    void aCorruptFileIsReportedWithTheLoadersMessageAndTheModelStays() {
        viewModel.loadStartupModel(null);
        LoadedModel before = viewModel.getLoadedModel();
        List<LayerRow> rowsBefore = List.copyOf(viewModel.getRows());
        Path corrupt = TestModels.corrupt(dir);

        viewModel.openModel(corrupt);

        assertEquals(1, failures.size());
        assertEquals(corrupt, failures.get(0).file());
        assertTrue(failures.get(0).message().contains("broken.json is not valid JSON"), failures.get(0).message());
        assertSame(before, viewModel.getLoadedModel());
        assertEquals(rowsBefore, viewModel.getRows());
        assertEquals(61_706, viewModel.getTotalParameters());
        assertFalse(viewModel.isLoading());
    }

    @Test
    void anIncompatibleFileIsReportedByTheFieldThatIsWrong() {
        viewModel.loadStartupModel(null);

        viewModel.openModel(TestModels.incompatible(dir));

        assertTrue(failures.get(0).message().contains("field 'format' is 'keras'"), failures.get(0).message());
        assertInstanceOf(ModelOrigin.Untrained.class, viewModel.getLoadedModel().origin());
    }

    @Test
    void loadsOnTheWorkerAndShowsTheResultOnlyOnTheFxThread() {
        List<Runnable> worker = new ArrayList<>();
        List<Runnable> fxThread = new ArrayList<>();
        ModelOverviewViewModel queued = new ModelOverviewViewModel(new BackgroundTasks(worker::add, fxThread::add));

        queued.loadStartupModel(null);
        assertTrue(queued.isLoading());
        assertEquals(1, worker.size(), "the load waits for the worker");

        worker.remove(0).run();
        assertNull(queued.getLoadedModel(), "the result is not shown from the worker thread");
        assertTrue(queued.getRows().isEmpty());

        fxThread.remove(0).run();
        assertEquals(14, queued.getRows().size());
        assertFalse(queued.isLoading());
    }

    @Test
    void theRowsCannotBeChangedFromOutside() {
        viewModel.loadStartupModel(null);
        assertThrows(UnsupportedOperationException.class, () -> viewModel.getRows().clear());
    }
}
