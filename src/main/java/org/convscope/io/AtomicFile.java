package org.convscope.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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
 * <p>Every file ConvScope writes goes through here (models, IDX files, traces, PNG exports and
 * screenshots); {@code AtomicWritesArchitectureTest} finds any other way of writing a file in the
 * sources. The data is forced to the disk before the move, so a power cut leaves the old file
 * or the new one.
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
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(new KeepOpen(out));
                out.flush();
                // On the disk before the move, so that after a power cut the name holds the old
                // content or the new, not a new name for data that never reached the disk.
                channel.force(true);
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
     * The stream the content writes to. Writers close what they are given (Jackson, a
     * DataOutputStream); the file must stay open until it has been forced to the disk, so closing
     * only flushes. Writes of arrays pass through whole, not byte by byte as in FilterOutputStream.
     */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
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
