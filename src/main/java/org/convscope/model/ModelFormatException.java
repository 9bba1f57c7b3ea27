package org.convscope.model;

/**
 * A model file that cannot be used; the message names the file, the field and what is wrong with
 * it, in English. Where the app should say it in the user's language, {@link #refusal()} gives the
 * reason as data.
 */
public class ModelFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public ModelFormatException(String message) {
        this(message, (Refusal) null);
    }

    public ModelFormatException(String message, Refusal refusal) {
        super(message);
        this.refusal = refusal;
    }

    /** Wraps {@code cause}; a refused model's reason is kept when the message gains the file's name. */
    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
        this.refusal = cause instanceof ModelFormatException m ? m.refusal : null;
    }

    /** Why the file was refused, for a translated message; null for errors of format and syntax. */
    public Refusal refusal() {
        return refusal;
    }
}
