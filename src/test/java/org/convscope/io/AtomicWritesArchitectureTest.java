package org.convscope.io;

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
 * Every file ConvScope writes goes through {@link AtomicFile}: the sources hold no other way of
 * writing a file. Scans src/main/java like {@code EngineArchitectureTest}, so a fully qualified
 * use is caught as well as an import.
 *
 * <p>Two kinds of call write wherever their argument says: {@code ImageIO.write} and Jackson's
 * {@code writeValue} take a File as readily as a stream. They are allowed only in the lambda of an
 * {@code AtomicFile.write} that starts on the same line or one of the {@value #LAMBDA_LINES}
 * lines before, where the stream is AtomicFile's.
 */
class AtomicWritesArchitectureTest {
    /** Ways of writing a file that are always direct. */
    static final Pattern DIRECT = Pattern.compile("\\bFiles\\s*\\.\\s*(write|writeString|newOutputStream"
            + "|newBufferedWriter|copy|move|createFile|createTempFile)\\s*\\("
            + "|\\bnew\\s+(java\\.io\\.)?(FileOutputStream|FileWriter)\\s*\\("
            + "|\\bnew\\s+(java\\.io\\.)?RandomAccessFile\\s*\\([^)]*\"rw"
            + "|\\bnew\\s+(java\\.io\\.)?(PrintWriter|PrintStream)\\s*\\(\\s*(new\\s+(java\\.io\\.)?File\\b|\\w+\\.toFile\\(\\)|\")"
            + "|\\bFileChannel\\s*\\.\\s*open\\s*\\(|\\bnew\\s+(javax\\.imageio\\.stream\\.)?FileImageOutputStream\\s*\\(");
    /** Ways of writing that are fine on AtomicFile's stream and direct on a File or Path. */
    static final Pattern STREAM_OR_FILE = Pattern.compile("\\bImageIO\\s*\\.\\s*(write|createImageOutputStream)\\s*\\("
            + "|\\.\\s*writeValue\\s*\\(");
    private static final Pattern ATOMIC = Pattern.compile("\\bAtomicFile\\s*\\.\\s*write\\s*\\(");
    private static final int LAMBDA_LINES = 3;
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path ATOMIC_FILE = SOURCES.resolve("org/convscope/io/AtomicFile.java");

    @Test
    void noSourceWritesAFileExceptThroughAtomicFile() throws IOException {
        assertTrue(Files.isRegularFile(ATOMIC_FILE), "run from the project root");
        List<String> offences = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".java") && !p.equals(ATOMIC_FILE)).toList()) {
                files++;
                offences.addAll(offences(file.toString(), Files.readAllLines(file)));
            }
        }
        assertTrue(files > 100, "found the sources (" + files + ")");
        assertFalse(!offences.isEmpty(), "files written without AtomicFile:\n" + String.join("\n", offences));
    }

    @Test
    void thePatternsCatchDirectWritesAndAllowAtomicOnes() {
        for (String direct : new String[] {
            "Files.write(file, bytes);", "java.nio.file.Files.writeString(p, s);", "Files.copy(in, target);",
            "var out = Files.newOutputStream(p);", "new FileOutputStream(f)", "new java.io.FileWriter(name)",
            "new RandomAccessFile(f, \"rw\")", "new PrintWriter(new File(\"x\"))", "new PrintStream(path.toFile())",
            "new PrintWriter(\"out.txt\")", "FileChannel.open(p, WRITE)", "ImageIO.write(image, \"png\", file.toFile());",
            "MAPPER.writeValue(file.toFile(), json);", "Files.move(tmp, target);"}) {
            assertFalse(offences("X.java", List.of("class X {", direct, "}")).isEmpty(), direct);
        }
        for (String fine : new String[] {
            "new PrintWriter(new OutputStreamWriter(System.out))", "new RandomAccessFile(f, \"r\")",
            "Files.readAllBytes(p)", "// Files.write(p, b) would not be atomic", "* use Files.copy instead"}) {
            assertTrue(offences("X.java", List.of("class X {", fine, "}")).isEmpty(), fine);
        }
        assertTrue(offences("X.java", List.of("AtomicFile.write(file, out -> {",
                "    if (!ImageIO.write(image, \"png\", out)) {", "}});")).isEmpty());
        assertTrue(offences("X.java", List.of("AtomicFile.write(file, out -> MAPPER.writer(p).writeValue(out, json));"))
                .isEmpty());
        assertFalse(offences("X.java", List.of("AtomicFile.write(a, out -> out.write(1));", "", "", "", "",
                "ImageIO.write(image, \"png\", file.toFile());")).isEmpty());
    }

    /** "File.java:12: the line" for each line that writes a file directly. */
    private static List<String> offences(String file, List<String> lines) {
        List<String> offences = new ArrayList<>();
        int lastAtomic = -LAMBDA_LINES - 1;
        for (int i = 0; i < lines.size(); i++) {
            String code = code(lines.get(i));
            if (ATOMIC.matcher(code).find()) {
                lastAtomic = i;
            }
            boolean direct = DIRECT.matcher(code).find()
                    || STREAM_OR_FILE.matcher(code).find() && i - lastAtomic > LAMBDA_LINES;
            if (direct) {
                offences.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        return offences;
    }

    /** The line without a line comment or Javadoc, where naming a method is not calling it. */
    private static String code(String line) {
        String s = line.strip();
        if (s.startsWith("*") || s.startsWith("/*") || s.startsWith("//")) {
            return "";
        }
        int comment = s.indexOf("//");
        return comment >= 0 ? s.substring(0, comment) : s;
    }
}
