package org.convscope.model;

/** A model file that cannot be used; the message names the file, the field and what is wrong with it. */
public class ModelFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
