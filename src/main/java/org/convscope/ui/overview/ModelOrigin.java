package org.convscope.ui.overview;

import java.nio.file.Path;

/** Where the model on screen came from; the view says so, so nobody mistakes random weights for a trained model. */
public sealed interface ModelOrigin {

    /**
     * The trained model that ships inside ConvScope.
     *
     * @param fileName the name of the model file, "lenet5.json"
     */
    record Shipped(String fileName) implements ModelOrigin {
    }

    /**
     * A freshly initialised network that has not been trained, used when no shipped model could be
     * read.
     *
     * @param preset         the architecture ("lenet5")
     * @param seed           the seed of its random weights
     * @param shippedProblem why the shipped model was not used: null when there is none, else the
     *                       loader's message
     */
    record Untrained(String preset, long seed, String shippedProblem) implements ModelOrigin {
    }

    /**
     * A model file the user opened.
     *
     * @param file the file it was read from
     */
    record OpenedFile(Path file) implements ModelOrigin {
    }
}
