package org.convscope.ui;

import java.util.Locale;

/**
 * The colour themes of View > Theme. Each one is a stylesheet layered over {@code convscope.css}
 * that only redefines Modena's base colours and ConvScope's named colours ({@code -cs-...}); the
 * views take every colour from those, so no view needs to know the theme. The feature-map colour
 * scales are not part of a theme: they carry data and look the same in all three.
 */
public enum Theme {
    /** Modena's light grey with ConvScope's colours: the default, and what {@code convscope.css} alone gives. */
    LIGHT(null),
    /** Dark grey panels and light text, for a dimmed room. */
    DARK("theme-dark.css"), // NOI18N: a resource name
    /** Black background, white text and borders (UI guide), for washed-out projectors. */
    HIGH_CONTRAST("theme-high-contrast.css"); // NOI18N

    private final String stylesheetName;

    Theme(String stylesheetName) {
        this.stylesheetName = stylesheetName;
    }

    /** The stylesheet to layer over the app's base stylesheet, or null for the light theme (none). */
    public String stylesheet() {
        return stylesheetName == null ? null : Theme.class.getResource(stylesheetName).toExternalForm();
    }

    /** "light", "dark", "high-contrast": the suffix of the menu item's id and of the message key. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
