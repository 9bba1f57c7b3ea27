package org.convscope.ui;

import java.util.Locale;

/**
 * The languages ConvScope's texts come in. Each one is named in its own language ("English",
 * "简体中文") wherever the user picks it, so a user who cannot read the current language still
 * finds their own.
 */
public enum Language {
    ENGLISH(Locale.ENGLISH, "English"), // NOI18N: a language is always named in itself
    SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE, "简体中文"); // NOI18N

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** The locale whose message bundle holds this language's texts. */
    public Locale locale() {
        return locale;
    }

    /** The language's name written in the language itself. */
    public String nativeName() {
        return nativeName;
    }

    /**
     * The language to show for {@code locale}: Simplified Chinese for any Chinese locale (the only
     * Chinese translation there is), English for everything else.
     */
    public static Language forLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }
}
