package org.convscope.ui.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convscope.io.Limits;
import org.convscope.ui.Language;
import org.convscope.ui.Theme;

/**
 * The settings file's format, {@code settings.json}:
 * <pre>
 * { "format": "convscope-settings", "version": 1,
 *   "language": "zh-CN", "theme": "dark", "presenterMode": false, "layerDetail": true,
 *   "detailDivider": 0.45,
 *   "window": { "x": 40, "y": 30, "width": 1280, "height": 800, "maximized": false },
 *   "lastModel": "/home/teacher/models/lenet5-class3.json" }
 * </pre>
 * Every field may be missing. Reading is bounded ({@link Limits#MAX_SETTINGS_FILE_BYTES}, nesting
 * {@link Limits#MAX_SETTINGS_JSON_DEPTH}) and strict about the document (duplicate keys, trailing
 * text, a root that is no object, another format: the whole file is refused), and lenient about each
 * value: one of the wrong type, out of range, NaN or naming no path gives that field its default and
 * is named in {@link Read#ignored()}. Unknown fields are skipped (a later version's).
 */
final class SettingsJson {
    static final String FORMAT = "convscope-settings"; // NOI18N: file format
    static final int VERSION = 1;
    /** Longer than any path a file system takes (Windows' long paths: 32,767). */
    static final int MAX_PATH_CHARS = 32_767;

    // NaN is let through the parser so that it costs only its own field.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(Limits.MAX_SETTINGS_FILE_BYTES)
                            .maxNestingDepth(Limits.MAX_SETTINGS_JSON_DEPTH)
                            .maxNumberLength(64)
                            .build())
                    .build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SettingsJson() {
    }

    /** The settings read, and the fields whose values were not used. */
    record Read(Settings settings, List<String> ignored) {
    }

    /** Reads a settings document; throws when the document as a whole cannot be trusted. */
    static Read read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        JsonNode format = root.get("format");
        if (format != null && !FORMAT.equals(format.asText(null))) {
            throw new IOException("not a ConvScope settings file (format " + format + ")");
        }
        List<String> ignored = new ArrayList<>();
        Language language = field(root, "language", ignored, SettingsJson::language, null);
        Theme theme = field(root, "theme", ignored, SettingsJson::theme, Theme.LIGHT);
        boolean presenter = field(root, "presenterMode", ignored, SettingsJson::bool, false);
        boolean detail = field(root, "layerDetail", ignored, SettingsJson::bool, false);
        double divider = field(root, "detailDivider", ignored, SettingsJson::divider, Settings.DEFAULTS.detailDivider());
        Settings.WindowPlace window = field(root, "window", ignored, SettingsJson::window, null);
        Path lastModel = field(root, "lastModel", ignored, SettingsJson::path, null);
        return new Read(new Settings(language, theme, presenter, detail, divider, window, lastModel), ignored);
    }

    /** The settings as the file holds them (UTF-8 JSON, indented for a person who opens it). */
    static byte[] bytes(Settings settings) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (settings.language() != null) {
            root.put("language", settings.language().locale().toLanguageTag());
        }
        root.put("theme", settings.theme().id());
        root.put("presenterMode", settings.presenterMode());
        root.put("layerDetail", settings.layerDetail());
        root.put("detailDivider", settings.detailDivider());
        Settings.WindowPlace w = settings.window();
        if (w != null) {
            ObjectNode window = root.putObject("window");
            window.put("x", w.x());
            window.put("y", w.y());
            window.put("width", w.width());
            window.put("height", w.height());
            window.put("maximized", w.maximized());
        }
        if (settings.lastModel() != null) {
            root.put("lastModel", settings.lastModel().toString());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** Reads one value; null when it does not fit. */
    private interface Reader<T> {
        T read(JsonNode value);
    }

    private static <T> T field(JsonNode root, String name, List<String> ignored, Reader<T> reader, T fallback) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        T read = reader.read(value);
        if (read == null) {
            ignored.add(name);
            return fallback;
        }
        return read;
    }

    private static Language language(JsonNode value) {
        for (Language language : Language.values()) {
            if (value.isTextual() && language.locale().toLanguageTag().equals(value.textValue())) {
                return language;
            }
        }
        return null;
    }

    private static Theme theme(JsonNode value) {
        for (Theme theme : Theme.values()) {
            if (value.isTextual() && theme.id().equals(value.textValue())) {
                return theme;
            }
        }
        return null;
    }

    private static Boolean bool(JsonNode value) {
        return value.isBoolean() ? value.booleanValue() : null;
    }

    private static Double divider(JsonNode value) {
        Double d = number(value);
        return d != null && d >= 0 && d <= 1 ? d : null;
    }

    private static Double number(JsonNode value) {
        return value.isNumber() && Double.isFinite(value.doubleValue()) ? value.doubleValue() : null;
    }

    private static Settings.WindowPlace window(JsonNode value) {
        if (!value.isObject()) {
            return null;
        }
        Double x = number(value.path("x"));
        Double y = number(value.path("y"));
        Double width = number(value.path("width"));
        Double height = number(value.path("height"));
        JsonNode maximized = value.path("maximized");
        if (x == null || y == null || width == null || height == null
                || !(maximized.isMissingNode() || maximized.isBoolean())) {
            return null;
        }
        Settings.WindowPlace place = new Settings.WindowPlace(x, y, width, height, maximized.asBoolean(false));
        return place.plausible() ? place : null;
    }

    /** An absolute path: a relative one would depend on the folder the app was started from. */
    private static Path path(JsonNode value) {
        if (!value.isTextual() || value.textValue().isBlank() || value.textValue().length() > MAX_PATH_CHARS
                || value.textValue().indexOf('\0') >= 0) {
            return null;
        }
        try {
            Path path = Path.of(value.textValue());
            return path.isAbsolute() ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
