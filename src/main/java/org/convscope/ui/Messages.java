package org.convscope.ui;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Every text the user sees, in the current language.
 *
 * <p>Texts live in {@code org/convscope/ui/messages.properties} (English) and
 * {@code messages_zh_CN.properties} (Simplified Chinese). Each value is a {@link MessageFormat}
 * pattern, so {@code {0}} takes the first argument and an apostrophe is written twice ({@code ''}).
 * A key that is missing shows as {@code !key!}: a visible gap on screen rather than a crash in
 * front of a class.
 *
 * <p>The current locale is a JavaFX property: views {@link #bind bind} their texts, and
 * {@link #setLocale} switches every bound text at once. Change it on the FX thread only. At start
 * it follows the system locale (Chinese if the language is {@code zh}, otherwise English).
 *
 * <p>Convention, checked by {@code MessageBundlesTest}: pass a key to {@link #get} or {@link #bind}
 * as a string literal, so a test can find every key the code uses. A family of keys completed at
 * run time is written {@code "prefix." + suffix}.
 */
public final class Messages {
    static final String BUNDLE = "org.convscope.ui.messages";

    // Without this, asking for English on a Chinese system would fall back to the system
    // locale's bundle (the default ResourceBundle.Control tries Locale.getDefault() first).
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final ReadOnlyObjectWrapper<Locale> LOCALE =
            new ReadOnlyObjectWrapper<>(null, "locale", Language.forLocale(Locale.getDefault()).locale());
    private static volatile Texts texts = new Texts(load(LOCALE.get()), LOCALE.get());

    private Messages() {
    }

    /** The locale whose texts are shown; always that of a {@link Language}. */
    public static ReadOnlyObjectProperty<Locale> localeProperty() {
        return LOCALE.getReadOnlyProperty();
    }

    public static Locale getLocale() {
        return LOCALE.get();
    }

    /** The language shown now. */
    public static Language getLanguage() {
        return Language.forLocale(LOCALE.get());
    }

    /** Shows the texts in the language closest to {@code locale}; bound texts change at once. */
    public static void setLocale(Locale locale) {
        Locale supported = Language.forLocale(locale).locale();
        texts = new Texts(load(supported), supported); // before the property changes, so listeners already read the new texts
        LOCALE.set(supported);
    }

    public static void setLanguage(Language language) {
        setLocale(language.locale());
    }

    /**
     * The text for {@code key} with {@code args} filled in. An argument that is an
     * {@link ObservableValue} contributes its current value. The text is {@link MathText#glue glued},
     * so a label that wraps it never breaks a formula inside a number or after an operator.
     */
    public static String get(String key, Object... args) {
        MessageFormat pattern = texts.pattern(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        String text;
        synchronized (pattern) { // a MessageFormat is not safe to share between threads while it formats
            text = pattern.format(currentValues(args));
        }
        return MathText.glue(text);
    }

    /**
     * The text for {@code key} as a binding that follows the locale and every argument that is an
     * {@link ObservableValue}; bind a label's text to it.
     */
    public static StringBinding bind(String key, Object... args) {
        List<Observable> dependencies = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof Observable observable) {
                dependencies.add(observable);
            }
        }
        return binding(() -> get(key, args), dependencies.toArray(Observable[]::new));
    }

    /**
     * A text computed by {@code text} (which reads messages) that is recomputed when the locale or
     * one of {@code dependencies} changes.
     */
    public static StringBinding binding(Supplier<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = LOCALE;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(text::get, all);
    }

    private static Object[] currentValues(Object[] args) {
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof ObservableValue<?> observable) {
                values[i] = observable.getValue();
            }
        }
        return values;
    }

    /**
     * One language's texts, with each pattern parsed once: a step through the pass writes a few
     * hundred texts, and parsing their patterns again each time was a good part of a frame.
     */
    private static final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;
        private final Map<String, MessageFormat> patterns = new ConcurrentHashMap<>();

        Texts(ResourceBundle bundle, Locale locale) {
            this.bundle = bundle;
            this.locale = locale;
        }

        /** The parsed pattern for {@code key}, or null if the bundle has no such key. */
        MessageFormat pattern(String key) {
            MessageFormat known = patterns.get(key);
            if (known != null || !bundle.containsKey(key)) {
                return known;
            }
            return patterns.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        }
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }
}
