package org.convscope.data;

import java.io.IOException;

/**
 * A picture file that cannot be used: not a picture at all, damaged, or larger than ConvScope
 * opens. The message is one line that names the file and says what is wrong, so the command
 * line prints it as it is and the app can show it in a dialog.
 *
 * <p>An {@link IOException}, so callers that handled {@link PictureFiles#read}'s failures as
 * input/output errors before this type existed keep working.
 */
public class PictureFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public PictureFormatException(String message) {
        super(message);
    }

    public PictureFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
