package org.convscope.ui.settings;

import java.nio.file.Path;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.ui.Appearance;
import org.convscope.ui.Language;

/**
 * The remembered settings as a presentation model: the window's {@link Appearance} (theme,
 * presenter mode, the detail panel and its divider) plus the language, the window's place and the
 * last model file, all as properties. {@link #apply} puts saved settings into them, {@link #snapshot}
 * takes them out as {@link Settings}, and {@link #revisionProperty()} counts changes, so a saver can
 * write after each. Needs no stage: the window glue ({@code RememberedSettings}) keeps the stage,
 * the language and the loaded model in step with these properties.
 */
public final class SettingsModel {
    private final Appearance appearance;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Settings.WindowPlace> window = new SimpleObjectProperty<>(this, "window");
    private final ObjectProperty<Path> lastModel = new SimpleObjectProperty<>(this, "lastModel");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    public SettingsModel(Appearance appearance) {
        this.appearance = appearance;
        InvalidationListener changed = o -> revision.set(revision.get() + 1);
        for (Observable o : new Observable[] {appearance.themeProperty(), appearance.presenterModeProperty(),
            appearance.layerDetailProperty(), appearance.detailDividerProperty(), language, window, lastModel}) {
            o.addListener(changed);
        }
    }

    /** Takes over {@code settings}: the appearance at once, the rest for the glue to apply. */
    public void apply(Settings settings) {
        language.set(settings.language());
        appearance.setTheme(settings.theme());
        appearance.setDetailDivider(settings.detailDivider());
        appearance.setLayerDetail(settings.layerDetail());
        appearance.setPresenterMode(settings.presenterMode());
        window.set(settings.window());
        lastModel.set(settings.lastModel());
    }

    /** The settings as they are now. */
    public Settings snapshot() {
        return new Settings(language.get(), appearance.getTheme(), appearance.isPresenterMode(),
                appearance.isLayerDetail(), appearance.getDetailDivider(), window.get(), lastModel.get());
    }

    public Appearance appearance() {
        return appearance;
    }

    /** The language chosen; null while it is the system's and nobody chose one. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The window's normal place and size, and whether it is maximized; null until it is known. */
    public ObjectProperty<Settings.WindowPlace> windowProperty() {
        return window;
    }

    /** The model file last opened; null for the shipped model. */
    public ObjectProperty<Path> lastModelProperty() {
        return lastModel;
    }

    /** Goes up by one whenever a setting changes. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
