package org.convscope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * How the main window looks, as the View menu sets it: the {@link Theme}, whether presenter
 * mode is on, whether the layer detail panel is open under the network strip, and where the divider
 * between the two sits. A small presentation model: the menu and tests set these properties, and
 * {@link #applyTo(Scene)} makes the scene follow them (stylesheets and the {@code presenter}
 * style class on the root). What presenter mode does to the stage is {@link PresenterMode}'s job.
 */
public final class Appearance {
    /** Style class on the scene's root while presenter mode is on; the stylesheets enlarge type and lines under it. */
    public static final String PRESENTER_STYLE_CLASS = "presenter"; // NOI18N: a CSS class
    /**
     * Where the strip ends when the detail panel opens, as a share of their height: the strip keeps
     * its headers, the panel a 28 x 28 map and its value line.
     */
    public static final double DEFAULT_DETAIL_DIVIDER = 0.38;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT) {
        @Override
        public void set(Theme value) {
            // No theme is not a theme: null would leave the scene without its colours.
            super.set(value == null ? Theme.LIGHT : value);
        }
    };
    private final BooleanProperty presenterMode = new SimpleBooleanProperty(this, "presenterMode");
    private final BooleanProperty layerDetail = new SimpleBooleanProperty(this, "layerDetail");
    private final DoubleProperty detailDivider = new SimpleDoubleProperty(this, "detailDivider", DEFAULT_DETAIL_DIVIDER) {
        @Override
        public void set(double value) {
            // A divider outside the split (or NaN) would hide the strip or the panel for good.
            super.set(Double.isFinite(value) ? Math.min(1, Math.max(0, value)) : DEFAULT_DETAIL_DIVIDER);
        }
    };

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value);
    }

    public BooleanProperty presenterModeProperty() {
        return presenterMode;
    }

    public boolean isPresenterMode() {
        return presenterMode.get();
    }

    public void setPresenterMode(boolean value) {
        presenterMode.set(value);
    }

    /**
     * The divider between the strip (above) and the detail panel (below), 0 to 1 of their height.
     * The split follows it while the panel is open and writes back where the user drags it, so the
     * panel reopens where it was left (and the settings remember it).
     */
    public DoubleProperty detailDividerProperty() {
        return detailDivider;
    }

    public double getDetailDivider() {
        return detailDivider.get();
    }

    public void setDetailDivider(double value) {
        detailDivider.set(value);
    }

    /** View > Reset layout's part here: the light theme, presenter mode off, the panel closed, its divider at the default. */
    public void resetLayout() {
        setPresenterMode(false);
        setLayerDetail(false);
        setDetailDivider(DEFAULT_DETAIL_DIVIDER);
        setTheme(Theme.LIGHT);
    }

    /**
     * True while the selected layer's detail panel is open under the network strip. Closed at the
     * start, so a 720-pixel projector shows the whole strip filling layer by layer; a click on a
     * layer, D or View > Layer detail opens it.
     */
    public BooleanProperty layerDetailProperty() {
        return layerDetail;
    }

    public boolean isLayerDetail() {
        return layerDetail.get();
    }

    public void setLayerDetail(boolean value) {
        layerDetail.set(value);
    }

    /**
     * The stylesheets for the current theme, base first, so the theme's definitions win, and last
     * the current language's font family (a CJK font with a bold weight for Chinese: {@link AppFonts}).
     */
    public List<String> stylesheets() {
        List<String> sheets = new ArrayList<>(List.of(MainWindow.stylesheet()));
        if (getTheme().stylesheet() != null) {
            sheets.add(getTheme().stylesheet());
        }
        sheets.add(AppFonts.stylesheet(Messages.getLanguage()));
        return sheets;
    }

    /**
     * Keeps {@code scene}'s stylesheets and its root's presenter style class in step with these
     * settings from now on. The scene's stylesheet list is replaced: the window has no others.
     */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
        theme.addListener((o, old, now) -> scene.getStylesheets().setAll(stylesheets()));
        Messages.localeProperty().addListener((o, old, now) -> scene.getStylesheets().setAll(stylesheets()));
        markPresenter(scene.getRoot(), isPresenterMode());
        presenterMode.addListener((o, old, on) -> markPresenter(scene.getRoot(), on));
    }

    private static void markPresenter(Parent root, boolean on) {
        root.getStyleClass().remove(PRESENTER_STYLE_CLASS);
        if (on) {
            root.getStyleClass().add(PRESENTER_STYLE_CLASS);
        }
    }
}
