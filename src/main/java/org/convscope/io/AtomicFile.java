package org.convscope.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file through a temporary file in the same folder that is moved into place once it is
 * complete, so a crash or a full disk never leaves a half-written file where a good one was.
 *
 * <p>Failures to create or move the file are reported as a {@link FileSystemException} naming
 * the target, never the temporary file the user has not heard of.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} with whatever {@code content} produces, replacing any earlier file. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a folder; give a file name");
        }
        Path dir = absolute.getParent();
        // Not Files.createTempFile: that makes the file readable by its owner only, and the move
        // would carry that over to the result. CREATE_NEW gives the usual permissions (umask).
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null, "cannot be written (" + reason(e) + ")");
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Removes the temporary file if a failure left it behind. Its own failure must not replace the
     * one being reported: when the "folder" is a file, deleting reports "Not a directory" for the
     * temporary name, which the user has never heard of, while nothing was created to delete.
     */
    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // Nothing more can be done about it here; the failure that matters is already on its way.
        }
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder, or it cannot hold files";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
