package org.convscope.data;

/**
 * An IDX file that cannot be used: missing, not IDX at all, the wrong kind, truncated, with
 * trailing data, or labels that do not fit their images. The message names the file and says
 * what is wrong, in words a user can act on.
 */
public class IdxFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public IdxFormatException(String message) {
        super(message);
    }

    public IdxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
