package org.convscope.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The font family the texts are drawn in, by language.
 *
 * <p>English uses JavaFX's "System" font, which has a bold face everywhere. Chinese needs a CJK
 * font with a real bold weight, named explicitly: JavaFX's "System" font draws Chinese with the
 * first CJK font fontconfig offers (on Debian WenQuanYi Micro Hei, which has one regular face), so
 * headings looked like body text even with Noto CJK installed, while
 * {@code Font.font("Noto Sans CJK SC", FontWeight.BOLD)} gives "Noto Sans CJK SC Bold" (JavaFX
 * 21.0.11). So for Chinese the first installed family of {@link #CHINESE_FAMILIES} is named in a
 * stylesheet of its own; WenQuanYi is the last resort, and without any of them "System" stays.
 */
public final class AppFonts {
    /** Chinese families with a bold weight, best first: Debian/Linux, Adobe, Windows, macOS; WenQuanYi last. */
    public static final List<String> CHINESE_FAMILIES = List.of(
            "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", // NOI18N
            "WenQuanYi Micro Hei"); // NOI18N
    /** JavaFX's default family, used for English. */
    public static final String SYSTEM = "System"; // NOI18N

    private static volatile Optional<String> installedChinese;

    private AppFonts() {
    }

    /** The first of {@link #CHINESE_FAMILIES} among {@code installed} families, if any. */
    static Optional<String> pickChinese(Collection<String> installed) {
        return CHINESE_FAMILIES.stream().filter(installed::contains).findFirst();
    }

    /** The Chinese family this machine has ({@link Font#getFamilies()}, looked up once). */
    public static Optional<String> chineseFamily() {
        Optional<String> found = installedChinese;
        if (found == null) {
            found = pickChinese(Font.getFamilies());
            installedChinese = found;
        }
        return found;
    }

    /** The family {@code language}'s texts are drawn in. */
    public static String family(Language language) {
        return language == Language.SIMPLIFIED_CHINESE ? chineseFamily().orElse(SYSTEM) : SYSTEM;
    }

    /** A font of the current language's family, for code that measures or draws text itself. */
    public static Font font(FontWeight weight, double size) {
        return Font.font(family(Messages.getLanguage()), weight, size);
    }

    /**
     * A stylesheet (a data URI) that names {@code language}'s family for the whole window, its
     * dialogs, menus and tooltips; layer it over the theme's stylesheets.
     */
    public static String stylesheet(Language language) {
        String css = ".root, .dialog-pane, .menu-bar, .context-menu, .tooltip { -fx-font-family: \"" // NOI18N
                + family(language) + "\"; }\n"; // NOI18N
        return "data:text/css;base64," // NOI18N
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
