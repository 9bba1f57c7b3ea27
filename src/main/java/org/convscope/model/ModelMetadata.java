package org.convscope.model;

/**
 * What a model file says about how the model was made. Every field may be null when unknown.
 *
 * @param preset   the architecture's preset name, if it is one ("lenet5", "tiny")
 * @param data     the training data, e.g. "mnist-8k 0-6999 + 20000 synthetic"
 * @param epochs   number of epochs trained
 * @param accuracy validation accuracy in [0, 1]
 * @param seed     the random seed of initialisation, dropout and shuffling
 * @param created  when the file was written, ISO-8601
 * @param command  the command that trained it
 */
public record ModelMetadata(String preset, String data, Integer epochs, Double accuracy, Long seed, String created,
        String command) {

    public static final ModelMetadata EMPTY = new ModelMetadata(null, null, null, null, null, null, null);
}
