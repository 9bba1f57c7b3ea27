package org.convscope.ui.settings;

import java.nio.file.Path;
import org.convscope.ui.Appearance;
import org.convscope.ui.Language;
import org.convscope.ui.Theme;

/**
 * What ConvScope remembers from one start to the next, as plain values: what the teacher chose
 * (language, theme, presenter mode, the detail panel and its divider), where the window was, and
 * the model file last opened. Every value here is valid: {@link SettingsJson} replaces a bad one
 * with its default before a {@code Settings} is made.
 *
 * @param language      the language of the texts; null when never chosen (the system's is used)
 * @param theme         View > Theme
 * @param presenterMode View > Presenter mode
 * @param layerDetail   whether the layer detail panel is open
 * @param detailDivider the divider between strip and panel, 0 to 1 of their height
 * @param window        the window's place and size when it was last closed; null to let the app choose
 * @param lastModel     the model file last opened (absolute); null for the shipped model
 */
public record Settings(Language language, Theme theme, boolean presenterMode, boolean layerDetail,
        double detailDivider, WindowPlace window, Path lastModel) {

    /** A first start: the system's language, the default look and layout, the shipped model. */
    public static final Settings DEFAULTS = new Settings(null, Theme.LIGHT, false, false,
            Appearance.DEFAULT_DETAIL_DIVIDER, null, null);

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        if (!(detailDivider >= 0 && detailDivider <= 1)) { // NaN too
            detailDivider = Appearance.DEFAULT_DETAIL_DIVIDER;
        }
    }

    public Settings withLastModel(Path file) {
        return new Settings(language, theme, presenterMode, layerDetail, detailDivider, window, file);
    }

    /**
     * Where the window was, in the desktop's coordinates, outside full screen: its normal size and
     * place even when it was maximized, so un-maximizing it after a start restores them.
     */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
        /** Smaller than any window anyone uses; the stage's own minimum size applies on top. */
        public static final double MIN_SIDE = 200;
        /** Larger than any screen, or a wall of them (16K): a bigger one is not a window size. */
        public static final double MAX_SIDE = 16_384;
        /** Farther from the origin than any arrangement of screens reaches. */
        public static final double MAX_COORDINATE = 1_000_000;

        /** True when every number is one a real window could have had (it may still be off every screen). */
        public boolean plausible() {
            return Double.isFinite(x) && Double.isFinite(y) && Math.abs(x) <= MAX_COORDINATE
                    && Math.abs(y) <= MAX_COORDINATE && width >= MIN_SIDE && width <= MAX_SIDE
                    && height >= MIN_SIDE && height <= MAX_SIDE;
        }
    }
}
