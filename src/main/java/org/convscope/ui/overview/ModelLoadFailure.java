package org.convscope.ui.overview;

import java.nio.file.Path;
import org.convscope.model.Refusal;

/**
 * A model file that could not be opened.
 *
 * @param file    the file the user chose
 * @param message the loader's explanation, naming the field and what is wrong with it (English)
 * @param refusal the same as data, to be said in the user's language; null for format and syntax errors
 */
public record ModelLoadFailure(Path file, String message, Refusal refusal) {

    /** A failure the loader only explained in words. */
    public ModelLoadFailure(Path file, String message) {
        this(file, message, null);
    }
}
