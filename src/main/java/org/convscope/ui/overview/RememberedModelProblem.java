package org.convscope.ui.overview;

import java.nio.file.Path;

/**
 * The model file ConvScope last had open could not be used at this start, so the shipped model is
 * shown instead; the status line says so until the user draws or opens another model.
 *
 * @param file    the remembered file
 * @param missing true when the file is no longer there (moved, deleted, a USB stick not plugged in)
 * @param message otherwise, the loader's explanation of what is wrong with it (English)
 */
public record RememberedModelProblem(Path file, boolean missing, String message) {
}
