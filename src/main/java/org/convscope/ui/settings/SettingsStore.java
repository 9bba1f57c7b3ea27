package org.convscope.ui.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.convscope.io.AtomicFile;
import org.convscope.io.Limits;

/**
 * Where the settings live: a small JSON file ({@link SettingsJson}) in the user's config folder,
 * or the file the system property {@value #PROPERTY} names (tests, a portable install). Reading
 * never fails: a missing file is a first start, and a file that cannot be read or trusted gives the
 * defaults and one line in the log. Writing goes through {@link AtomicFile}, so a crash leaves the
 * old settings or the new ones, never half a file.
 *
 * <p>Thread-safe: the window saves from a worker thread and once more, on the FX thread, at exit.
 */
public final class SettingsStore {
    /** The system property that names the settings file instead of the user's config folder. */
    public static final String PROPERTY = "convscope.settings"; // NOI18N: a property name
    static final String FILE_NAME = "settings.json"; // NOI18N

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path file;
    private Settings written;

    private SettingsStore(Path file) {
        this.file = file;
    }

    /** The settings in {@code file}. */
    public static SettingsStore at(Path file) {
        return new SettingsStore(file.toAbsolutePath());
    }

    /** A store that remembers nothing: loads the defaults, saves nowhere. */
    public static SettingsStore none() {
        return new SettingsStore(null);
    }

    /** The user's settings, at {@link #defaultLocation()}; remembers nothing if that is no usable path. */
    public static SettingsStore forThisUser() {
        try {
            return at(defaultLocation());
        } catch (InvalidPathException e) {
            LOG.log(System.Logger.Level.WARNING, "Settings are not remembered: " + e.getMessage());
            return none();
        }
    }

    /** Where this user's settings file is (see {@link #location}). */
    public static Path defaultLocation() {
        return location(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", ""));
    }

    /**
     * The settings file: {@code override} if given; else on Windows {@code %APPDATA%\ConvScope},
     * on macOS {@code ~/Library/Application Support/ConvScope}, elsewhere {@code $XDG_CONFIG_HOME/convscope}
     * or {@code ~/.config/convscope} (XDG: a relative XDG_CONFIG_HOME is ignored), each with {@value #FILE_NAME}.
     */
    static Path location(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("ConvScope").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ConvScope").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("convscope").resolve(FILE_NAME);
    }

    /** The file, or null for a store that remembers nothing. */
    public Path file() {
        return file;
    }

    /**
     * The settings in the file; the defaults when there is none yet, or when it cannot be read or
     * trusted (then one line in the log says why). A value that does not fit is replaced by its
     * default, and the log names it.
     */
    public synchronized Settings load() {
        if (file == null) {
            return Settings.DEFAULTS;
        }
        try {
            if (!Files.exists(file)) {
                return Settings.DEFAULTS; // a first start
            }
            if (!Files.isRegularFile(file)) {
                throw new IOException("not a regular file");
            }
            Limits.requireFileSize(file, Limits.MAX_SETTINGS_FILE_BYTES, "it");
            SettingsJson.Read read;
            try (InputStream in = Files.newInputStream(file)) {
                read = SettingsJson.read(in);
            }
            if (!read.ignored().isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "Settings " + file + ": defaults used for " + read.ignored());
            }
            written = read.settings();
            return read.settings();
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS; // gone between the two looks
        } catch (IOException | RuntimeException e) {
            // RuntimeException: Jackson's constraints and anything else a hostile file may provoke;
            // the app must start whatever the file holds.
            LOG.log(System.Logger.Level.WARNING, "Settings " + file + " not used, starting with the defaults: "
                    + firstLine(e));
            return Settings.DEFAULTS;
        }
    }

    /**
     * Writes {@code settings} unless they are what the file already holds. Saves queued from
     * several threads write in the order they take the lock, each the caller's newest.
     */
    public synchronized void save(Settings settings) throws IOException {
        if (file == null || settings.equals(written)) {
            return;
        }
        byte[] json = SettingsJson.bytes(settings);
        AtomicFile.write(file, out -> out.write(json));
        written = settings;
    }

    private static String firstLine(Exception e) {
        // Jackson's own words, without the location it appends (the file is named already).
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }
}
