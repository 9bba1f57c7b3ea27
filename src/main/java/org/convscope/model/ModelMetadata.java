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

    /**
     * This model's metadata after {@code updates} single-digit SGD steps (the app's Apply update):
     * the data says so, and the recorded accuracy is dropped, since it was measured on other weights.
     *
     * @param created when the updated model is written, ISO-8601
     */
    public ModelMetadata afterUpdates(int updates, String created) {
        if (updates <= 0) {
            return this;
        }
        String steps = updates == 1 ? "1 single-digit update" : updates + " single-digit updates";
        String base = data == null ? "unknown data" : data;
        return new ModelMetadata(preset, base + " + " + steps + " in ConvScope", epochs, null, seed, created, command);
    }
}
