package org.convscope.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.convscope.io.Limits;
import org.convscope.ui.Appearance;
import org.convscope.ui.Language;
import org.convscope.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The settings file: what is written comes back; whatever else is there, the app starts with defaults. */
class SettingsStoreTest {
    private static final Settings CHOSEN = new Settings(Language.SIMPLIFIED_CHINESE, Theme.HIGH_CONTRAST, true, true,
            0.61, new Settings.WindowPlace(-1500, 20, 1024, 700, true), Path.of("/home/teacher/models/mine.json"));

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("settings.json");
    }

    private Settings loadFrom(String json) throws IOException {
        Files.writeString(file(), json, StandardCharsets.UTF_8);
        return SettingsStore.at(file()).load();
    }

    @Test
    void whatIsSavedComesBack() throws IOException {
        SettingsStore.at(file()).save(CHOSEN);
        assertEquals(CHOSEN, SettingsStore.at(file()).load());
        String json = Files.readString(file());
        assertTrue(json.contains("\"format\" : \"convscope-settings\""), json);
        assertTrue(json.contains("\"language\" : \"zh-CN\""), json);
        assertTrue(json.contains("\"theme\" : \"high-contrast\""), json);
    }

    @Test
    void theDefaultsComeBackToo() throws IOException {
        SettingsStore.at(file()).save(Settings.DEFAULTS);
        assertEquals(Settings.DEFAULTS, SettingsStore.at(file()).load());
    }

    @Test
    void aFirstStartHasTheDefaultsAndWritesNothing() throws IOException {
        SettingsStore store = SettingsStore.at(dir.resolve("new/settings.json"));
        assertEquals(Settings.DEFAULTS, store.load());
        assertFalse(Files.exists(dir.resolve("new")), "loading creates nothing");
        store.save(CHOSEN);
        assertEquals(CHOSEN, SettingsStore.at(dir.resolve("new/settings.json")).load(), "the folder is made");
    }

    @Test
    void unchangedSettingsAreNotWrittenAgain() throws IOException {
        SettingsStore store = SettingsStore.at(file());
        store.save(CHOSEN);
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(file(), old);
        store.save(CHOSEN);
        assertEquals(old, Files.getLastModifiedTime(file()));
        store.save(CHOSEN.withLastModel(null));
        assertFalse(old.equals(Files.getLastModifiedTime(file())));
    }

    @Test
    void aStoreOfNothingRemembersNothing() throws IOException {
        SettingsStore none = SettingsStore.none();
        none.save(CHOSEN);
        assertEquals(Settings.DEFAULTS, none.load());
        assertNull(none.file());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "not json", "{", "{\"theme\": \"dark\"", "[1, 2]", "\"dark\"", "null", "42",
        "{\"theme\": \"dark\"} {\"theme\": \"light\"}", // trailing text
        "{\"theme\": \"dark\", \"theme\": \"high-contrast\"}", // duplicate key
        "{\"window\": {\"x\": 1, \"x\": 2}}", // duplicate key inside
        "{\"format\": \"convscope-model\", \"theme\": \"dark\"}", // another ConvScope file
        "{\"theme\": \"dark\", \"presenterMode\": tru}",
        "\u0000\u0001\u0002",
    })
    void aCorruptOrTruncatedFileStartsWithTheDefaults(String json) throws IOException {
        assertEquals(Settings.DEFAULTS, loadFrom(json));
    }

    @Test
    void aFileTruncatedAnywhereStartsWithTheDefaultsOrWhatItStillSays() throws IOException {
        SettingsStore.at(file()).save(CHOSEN);
        String whole = Files.readString(file());
        for (int n = 0; n < whole.length() - 1; n++) {
            Settings read = loadFrom(whole.substring(0, n));
            assertEquals(Settings.DEFAULTS, read, "cut after " + n + " characters");
        }
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        String deep = "{\"theme\": \"dark\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertEquals(Settings.DEFAULTS, loadFrom(deep));
        String justTooDeep = "{\"theme\": \"dark\", \"x\": " + "[".repeat(Limits.MAX_SETTINGS_JSON_DEPTH)
                + "]".repeat(Limits.MAX_SETTINGS_JSON_DEPTH) + "}";
        assertEquals(Settings.DEFAULTS, loadFrom(justTooDeep));
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        String padding = " ".repeat((int) Limits.MAX_SETTINGS_FILE_BYTES);
        assertEquals(Settings.DEFAULTS, loadFrom("{\"theme\": \"dark\"" + padding + "}"));
        // A long text inside stays within the limit: not refused for its size alone.
        assertEquals(Theme.DARK, loadFrom("{\"theme\": \"dark\", \"note\": \"" + "x".repeat(30_000) + "\"}").theme());
    }

    @Test
    void aFolderOrAnUnreadableThingInItsPlaceStartsWithTheDefaults() throws IOException {
        Files.createDirectories(file());
        assertEquals(Settings.DEFAULTS, SettingsStore.at(file()).load());
    }

    @Test
    void eachBadValueFallsBackToItsDefaultAndTheRestIsKept() throws IOException {
        Settings read = loadFrom("{\"language\": \"fr\", \"theme\": \"neon\", \"presenterMode\": \"yes\","
                + " \"layerDetail\": true, \"detailDivider\": 1.5, \"window\": {\"x\": 0, \"y\": 0, \"width\": -800,"
                + " \"height\": 600}, \"lastModel\": \"relative/model.json\", \"unknownLater\": [1]}");
        assertEquals(new Settings(null, Theme.LIGHT, false, true, Appearance.DEFAULT_DETAIL_DIVIDER, null, null), read);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"detailDivider\": NaN}", "{\"detailDivider\": -0.1}", "{\"detailDivider\": \"0.5\"}",
        "{\"detailDivider\": Infinity}", "{\"detailDivider\": 1e400}", "{\"detailDivider\": [0.5]}",
        "{\"window\": {\"x\": NaN, \"y\": 0, \"width\": 1280, \"height\": 720}}",
        "{\"window\": {\"x\": 0, \"y\": 0, \"width\": 1e9, \"height\": 720}}",
        "{\"window\": {\"x\": 1e300, \"y\": 0, \"width\": 1280, \"height\": 720}}",
        "{\"window\": {\"x\": 0, \"y\": 0, \"width\": 1280}}",
        "{\"window\": {\"x\": 0, \"y\": 0, \"width\": 1280, \"height\": 720, \"maximized\": 1}}",
        "{\"window\": [0, 0, 1280, 720]}",
        "{\"lastModel\": 42}", "{\"lastModel\": \"\"}", "{\"lastModel\": \"/a\\u0000b.json\"}",
        "{\"theme\": 1}", "{\"theme\": null}", "{\"language\": [\"en\"]}", "{\"layerDetail\": 1}",
    })
    void wrongTypesNanAndAbsurdValuesGiveTheDefault(String json) throws IOException {
        assertEquals(Settings.DEFAULTS, loadFrom(json));
    }

    @Test
    void aWindowOffEveryScreenIsStillRead() throws IOException {
        // Moving it onto a screen is the window's job (WindowPlacement), with the screens of today.
        Settings read = loadFrom("{\"window\": {\"x\": -5000, \"y\": 3000, \"width\": 1280, \"height\": 720}}");
        assertEquals(new Settings.WindowPlace(-5000, 3000, 1280, 720, false), read.window());
    }

    @Test
    void theFileIsInTheUsersConfigFolderOrWhereThePropertySays() {
        Path home = Path.of("/home/t").toAbsolutePath();
        assertEquals(Path.of("/tmp/s.json"), SettingsStore.location("/tmp/s.json", "Linux", Map.of(), "/home/t"));
        assertEquals(home.resolve(".config/convscope/settings.json"),
                SettingsStore.location(null, "Linux", Map.of(), "/home/t"));
        assertEquals(Path.of("/xdg/convscope/settings.json"),
                SettingsStore.location("", "Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/t"));
        assertEquals(home.resolve(".config/convscope/settings.json"),
                SettingsStore.location(null, "Linux", Map.of("XDG_CONFIG_HOME", "relative"), "/home/t"),
                "a relative XDG_CONFIG_HOME is ignored, as the XDG spec says");
        assertEquals(home.resolve("Library/Application Support/ConvScope/settings.json"),
                SettingsStore.location(null, "Mac OS X", Map.of(), "/home/t"));
        assertEquals(Path.of("/appdata/ConvScope/settings.json"),
                SettingsStore.location(null, "Windows 11", Map.of("APPDATA", "/appdata"), "/home/t"));
    }

    @Test
    void testsNeverUseTheRealUsersFile() {
        String real = Path.of(System.getProperty("user.home"), ".config").toString();
        assertFalse(SettingsStore.defaultLocation().toString().startsWith(real), SettingsStore.defaultLocation().toString());
    }
}
