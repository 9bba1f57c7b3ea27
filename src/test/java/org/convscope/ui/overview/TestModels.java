package org.convscope.ui.overview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.Rng;
import org.convscope.model.ModelFile;
import org.convscope.model.ModelMetadata;

/** Model files for tests, written into a temporary folder. */
final class TestModels {
    static final ModelMetadata TRAINED = new ModelMetadata("tiny", "synthetic digits", 3, 0.9876, 7L, null, null);

    private TestModels() {
    }

    /** A valid model file of {@code spec}. */
    static Path write(Path dir, String name, NetworkSpec spec) {
        Path file = dir.resolve(name);
        try {
            ModelFile.save(Network.build(spec, new Rng(7)), TRAINED, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A file that is not valid JSON (cut off in the middle). */
    static Path corrupt(Path dir) {
        return text(dir, "broken.json", "{\"format\": \"convscope-model\", \"version\": 1, \"layers\": [");
    }

    /** Valid JSON that is not a ConvScope model. */
    static Path incompatible(Path dir) {
        return text(dir, "other.json", "{\"format\": \"keras\", \"version\": 2}");
    }

    private static Path text(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
