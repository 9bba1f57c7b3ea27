package org.convscope.ui.overview;

import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.model.ModelFormatException;
import org.convscope.ui.BackgroundTasks;

/**
 * Presentation model of the model overview: which model is loaded, where it came from, its layer
 * rows and its parameter total.
 *
 * <p>Loading runs through {@link BackgroundTasks}, so the FX thread never parses a model file;
 * the result replaces the whole state at once, on the FX thread. A failed load changes nothing
 * and is reported to the {@linkplain #setOnLoadFailed failure handler}. Everything here is
 * plain JavaFX properties, testable without a stage.
 */
public final class ModelOverviewViewModel {
    private static final System.Logger LOG = System.getLogger(ModelOverviewViewModel.class.getName());

    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<LoadedModel> loadedModel = new ReadOnlyObjectWrapper<>(this, "loadedModel");
    private final ReadOnlyLongWrapper totalParameters = new ReadOnlyLongWrapper(this, "totalParameters");
    private final ObservableList<LayerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LayerRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<RememberedModelProblem> rememberedModelProblem =
            new ReadOnlyObjectWrapper<>(this, "rememberedModelProblem");
    private int pendingLoads;
    private Consumer<ModelLoadFailure> onLoadFailed = failure -> { };

    public ModelOverviewViewModel(BackgroundTasks tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Loads the model the app starts with: the shipped one at {@code shippedModel}, or a freshly
     * initialised, untrained one when that is null or unreadable.
     */
    public void loadStartupModel(URL shippedModel) {
        // Only a broken engine gets here: ModelLoading.startup falls back rather than fail.
        load(() -> ModelLoading.startup(shippedModel), error -> LOG.log(System.Logger.Level.ERROR,
                "Cannot build the start-up model", error));
    }

    /**
     * Loads the model file the app had open last time, {@code remembered}; if it is gone or cannot
     * be used, the start-up model of {@link #loadStartupModel(URL)} instead, and
     * {@link #rememberedModelProblemProperty()} says why. Never reaches the failure handler: no
     * dialog greets a class because a USB stick is not plugged in.
     */
    public void loadStartupModel(Path remembered, URL shippedModel) {
        if (remembered == null) {
            loadStartupModel(shippedModel);
            return;
        }
        changePendingLoads(+1);
        tasks.run(() -> startupFrom(remembered, shippedModel), startup -> {
            changePendingLoads(-1);
            show(startup.loaded());
            rememberedModelProblem.set(startup.problem());
        }, error -> {
            changePendingLoads(-1);
            LOG.log(System.Logger.Level.ERROR, "Cannot build the start-up model", error);
        });
    }

    private record Startup(LoadedModel loaded, RememberedModelProblem problem) {
    }

    /** On the worker: the remembered file, or the start-up model and why the file was not used. */
    private static Startup startupFrom(Path remembered, URL shippedModel) {
        try {
            return new Startup(ModelLoading.open(remembered), null);
        } catch (ModelFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "Starting with the shipped model: " + messageOf(e));
            return new Startup(ModelLoading.startup(shippedModel), new RememberedModelProblem(remembered,
                    e.getCause() instanceof NoSuchFileException, messageOf(e)));
        }
    }

    /**
     * Why the remembered model file was not used at this start (the shipped model is shown); null
     * when it was, when there was none, and again once another model is opened or
     * {@link #dismissRememberedModelProblem()} is called.
     */
    public ReadOnlyObjectProperty<RememberedModelProblem> rememberedModelProblemProperty() {
        return rememberedModelProblem.getReadOnlyProperty();
    }

    /** The user has moved on (drawn, opened a model): the status line stops saying it. */
    public void dismissRememberedModelProblem() {
        rememberedModelProblem.set(null);
    }

    /** Opens a model file; if it cannot be used, the current model stays and the failure handler hears why. */
    public void openModel(Path file) {
        load(() -> ModelLoading.open(file), error -> onLoadFailed.accept(new ModelLoadFailure(file, messageOf(error),
                error instanceof ModelFormatException refused ? refused.refusal() : null)));
    }

    private void load(Callable<LoadedModel> loader, Consumer<Exception> onFailure) {
        changePendingLoads(+1);
        tasks.run(loader, loaded -> {
            changePendingLoads(-1);
            show(loaded);
        }, error -> {
            changePendingLoads(-1);
            onFailure.accept(error);
        });
    }

    private void changePendingLoads(int change) {
        pendingLoads += change;
        loading.set(pendingLoads > 0);
    }

    private void show(LoadedModel loaded) {
        ModelOverview overview = loaded.overview();
        rows.setAll(overview.rows());
        totalParameters.set(overview.totalParameters());
        // Another model is on screen: what the status line said about the remembered one is over.
        rememberedModelProblem.set(null);
        // Last, so a listener of loadedModel sees rows and total that already match it.
        loadedModel.set(loaded);
    }

    /** The loader's message; ModelFormatException always has one, anything else at least names itself. */
    private static String messageOf(Exception error) {
        return error.getMessage() != null ? error.getMessage() : error.toString();
    }

    /** The model on screen; null until the first load has finished. */
    public ReadOnlyObjectProperty<LoadedModel> loadedModelProperty() {
        return loadedModel.getReadOnlyProperty();
    }

    public LoadedModel getLoadedModel() {
        return loadedModel.get();
    }

    /** The input row, then one row per layer in data-flow order. */
    public ObservableList<LayerRow> getRows() {
        return readOnlyRows;
    }

    public ReadOnlyLongProperty totalParametersProperty() {
        return totalParameters.getReadOnlyProperty();
    }

    public long getTotalParameters() {
        return totalParameters.get();
    }

    /** True while a model is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** Who hears about a model file that could not be opened (the window shows a dialog). */
    public void setOnLoadFailed(Consumer<ModelLoadFailure> handler) {
        this.onLoadFailed = Objects.requireNonNull(handler, "handler");
    }
}
