package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.convscope.model.ModelFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the two message bundles and the code in step: the same keys in both languages, every key
 * the code uses present, no key left unused, every text a valid pattern, every Chinese text
 * actually in Chinese.
 */
class MessageBundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/convscope/ui");
    private static final Path SOURCES = Path.of("src/main/java");
    // Messages.get("key"...) or Messages.bind("key"...); a trailing + marks a key family ("layer.type." + type).
    private static final Pattern KEY_USE =
            Pattern.compile("Messages\\s*\\.\\s*(?:get|bind)\\(\\s*\"([^\"]+)\"\\s*(\\+)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties english;
    private static Properties chinese;
    private static Set<String> usedKeys;
    private static Set<String> usedPrefixes;

    @BeforeAll
    static void readBundlesAndSources() throws IOException {
        english = load("messages.properties");
        chinese = load("messages_zh_CN.properties");
        usedKeys = new TreeSet<>();
        usedPrefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher use = KEY_USE.matcher(Files.readString(file));
                while (use.find()) {
                    (use.group(2) == null ? usedKeys : usedPrefixes).add(use.group(1));
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames(),
                () -> "only in English: " + minus(english, chinese) + ", only in Chinese: " + minus(chinese, english));
    }

    @Test
    void everyKeyTheCodeUsesExists() {
        assertTrue(usedKeys.size() > 20, "the source scan found too few keys: " + usedKeys);
        Set<String> missing = usedKeys.stream().filter(key -> !english.containsKey(key)).collect(Collectors.toSet());
        assertEquals(Set.of(), missing, "keys used in src/main/java but missing from messages.properties");
        for (String prefix : usedPrefixes) {
            assertTrue(english.stringPropertyNames().stream().anyMatch(key -> key.startsWith(prefix)),
                    "no key in the family " + prefix + "*");
        }
    }

    @Test
    void noKeyIsUnused() {
        Set<String> unused = english.stringPropertyNames().stream()
                .filter(key -> !usedKeys.contains(key) && usedPrefixes.stream().noneMatch(key::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused, "keys no code uses");
    }

    @Test
    void everyLayerTypeTheLoaderAcceptsHasALabelAndNoOtherTypeHasOne() throws ReflectiveOperationException {
        Set<String> expected = new TreeSet<>(engineLayerTypes());
        expected.add("input");
        Set<String> labelled = english.stringPropertyNames().stream()
                .filter(key -> key.startsWith("layer.type."))
                .map(key -> key.substring("layer.type.".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, labelled);
    }

    /** The model loader's list of layer types, so a new layer type cannot go without a label. */
    private static List<String> engineLayerTypes() {
        return ModelFile.LAYER_TYPES;
    }

    @Test
    void everyTextIsAValidPatternWithTheSamePlaceholdersInBothLanguages() {
        for (String key : english.stringPropertyNames()) {
            for (Properties bundle : List.of(english, chinese)) {
                String text = bundle.getProperty(key);
                new MessageFormat(text); // throws on a malformed pattern
                // A single apostrophe starts a quoted section in MessageFormat and silently eats text.
                assertTrue(!text.replace("''", "").contains("'"), key + " has a single apostrophe: " + text);
            }
            assertEquals(placeholders(english.getProperty(key)), placeholders(chinese.getProperty(key)), key);
        }
    }

    @Test
    void everyChineseTextIsInChinese() {
        for (String key : chinese.stringPropertyNames()) {
            String text = chinese.getProperty(key);
            assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    key + " is not translated: " + text);
        }
    }

    @Test
    void everyMenuTextHasAMnemonic() {
        for (Properties bundle : List.of(english, chinese)) {
            bundle.stringPropertyNames().stream().filter(key -> key.startsWith("menu."))
                    .forEach(key -> assertTrue(bundle.getProperty(key).contains("_"), key));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> minus(Properties a, Properties b) {
        Set<String> keys = new TreeSet<>(a.stringPropertyNames());
        keys.removeAll(b.stringPropertyNames());
        return keys;
    }
}
