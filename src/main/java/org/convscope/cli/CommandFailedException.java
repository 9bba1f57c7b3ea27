package org.convscope.cli;

/**
 * A command could not do its work for a reason the user can fix (an index outside the file, a
 * model that does not fit the images ...). Its message is printed as it is, after "error: ".
 */
public class CommandFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message) {
        super(message);
    }

    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
