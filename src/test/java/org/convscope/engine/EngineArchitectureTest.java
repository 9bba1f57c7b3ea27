package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine is plain Java: no JavaFX, AWT or Swing, and nothing from the app's UI packages.
 * Scans the sources, so a fully qualified use is caught as well as an import.
 */
class EngineArchitectureTest {
    private static final Pattern FORBIDDEN =
            Pattern.compile("\\b(javafx\\.|java\\.awt\\b|javax\\.swing\\b|org\\.convscope\\.(ui|cli)\\b)");

    @Test
    void engineSourcesUseNoUiToolkit() throws IOException {
        Path engine = Path.of("src/main/java/org/convscope/engine");
        assertTrue(Files.isDirectory(engine), "run from the project root");
        List<String> offences = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(engine)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (FORBIDDEN.matcher(lines.get(i)).find()) {
                        offences.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertTrue(files > 20, "found the engine sources (" + files + ")");
        assertFalse(!offences.isEmpty(), "engine code uses UI classes:\n" + String.join("\n", offences));
    }

    @Test
    void thePatternCatchesImportsAndQualifiedNames() {
        assertTrue(FORBIDDEN.matcher("import javafx.scene.paint.Color;").find());
        assertTrue(FORBIDDEN.matcher("var c = java.awt.Color.RED;").find());
        assertTrue(FORBIDDEN.matcher("import org.convscope.ui.Messages;").find());
        assertFalse(FORBIDDEN.matcher("import java.util.List;").find());
    }
}
