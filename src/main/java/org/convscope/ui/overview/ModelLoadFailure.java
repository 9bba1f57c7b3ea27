package org.convscope.ui.overview;

import java.nio.file.Path;

/**
 * A model file that could not be opened.
 *
 * @param file    the file the user chose
 * @param message the loader's explanation, naming the field and what is wrong with it
 */
public record ModelLoadFailure(Path file, String message) {
}
