package org.convscope.ui.overview;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import org.convscope.model.ModelFormatException;
import org.convscope.model.ModelMetadata;
import org.convscope.model.ShippedModels;

/**
 * Reads the models the app shows: the one it starts with, and files the user opens. Slow enough
 * (a JSON file of some 60,000 weights) to belong on a worker thread.
 */
public final class ModelLoading {
    /** The architecture and seed of the stand-in used when there is no shipped model. */
    public static final String FALLBACK_PRESET = "lenet5";
    public static final long FALLBACK_SEED = 1;

    private static final System.Logger LOG = System.getLogger(ModelLoading.class.getName());

    private ModelLoading() {
    }

    /** The shipped model on the class path, or null when this build has none. */
    public static URL shippedModel() {
        return ShippedModels.lenet5();
    }

    /**
     * The model the app starts with: the one at {@code shippedModel}, or, when that is null or
     * cannot be read, a freshly initialised {@value #FALLBACK_PRESET} (seed {@value #FALLBACK_SEED})
     * marked as untrained. The app must start either way, so this never fails.
     */
    public static LoadedModel startup(URL shippedModel) {
        if (shippedModel == null) {
            return untrained(null);
        }
        String path = shippedModel.getPath();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream in = shippedModel.openStream()) {
            Model model = ModelFile.read(in, "the shipped model " + fileName);
            return new LoadedModel(new ModelOrigin.Shipped(fileName), model);
        } catch (IOException | ModelFormatException | RuntimeException e) {
            // A broken shipped model is a build problem; say so in the log and keep the app usable.
            LOG.log(System.Logger.Level.WARNING, "Starting with an untrained network: " + e.getMessage());
            return untrained(e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    /** The model in {@code file}; the exception's message says what is wrong with it. */
    public static LoadedModel open(Path file) throws ModelFormatException {
        return new LoadedModel(new ModelOrigin.OpenedFile(file), ModelFile.load(file));
    }

    private static LoadedModel untrained(String shippedProblem) {
        Network network = Network.build(Presets.byName(FALLBACK_PRESET), new Rng(FALLBACK_SEED));
        ModelMetadata metadata = new ModelMetadata(FALLBACK_PRESET, null, null, null, FALLBACK_SEED, null, null);
        return new LoadedModel(new ModelOrigin.Untrained(FALLBACK_PRESET, FALLBACK_SEED, shippedProblem),
                new Model(network, metadata));
    }
}
