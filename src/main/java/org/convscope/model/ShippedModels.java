package org.convscope.model;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * The models that travel inside the jar (from the repository's {@code assets/models}).
 */
public final class ShippedModels {
    /** The model the app starts with. */
    public static final String LENET5 = "/assets/models/lenet5.json";

    private ShippedModels() {
    }

    /** Where the shipped lenet5 model is, or null when this build has none. */
    public static URL lenet5() {
        return ShippedModels.class.getResource(LENET5);
    }

    /** Reads the shipped lenet5 model. */
    public static Model loadLenet5() throws ModelFormatException {
        URL url = lenet5();
        if (url == null) {
            throw new ModelFormatException("this build ships no model (" + LENET5 + " is missing); pass --model");
        }
        try (InputStream in = url.openStream()) {
            return ModelFile.read(in, "the shipped model lenet5.json");
        } catch (IOException e) {
            throw new ModelFormatException("cannot read the shipped model: " + e.getMessage(), e);
        }
    }
}
