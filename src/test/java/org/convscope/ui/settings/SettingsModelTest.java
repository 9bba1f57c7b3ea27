package org.convscope.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.convscope.ui.Appearance;
import org.convscope.ui.Language;
import org.convscope.ui.Theme;
import org.junit.jupiter.api.Test;

/** The settings as properties, without a stage. */
class SettingsModelTest {
    private static final Settings CHOSEN = new Settings(Language.ENGLISH, Theme.DARK, true, true, 0.7,
            new Settings.WindowPlace(10, 20, 1280, 720, false), Path.of("/m/lenet.json").toAbsolutePath());

    @Test
    void appliedSettingsAreWhatItsSnapshotSays() {
        Appearance appearance = new Appearance();
        SettingsModel model = new SettingsModel(appearance);
        assertEquals(Settings.DEFAULTS, model.snapshot());
        model.apply(CHOSEN);
        assertEquals(CHOSEN, model.snapshot());
        assertEquals(Theme.DARK, appearance.getTheme());
        assertTrue(appearance.isPresenterMode());
        assertTrue(appearance.isLayerDetail());
        assertEquals(0.7, appearance.getDetailDivider());
    }

    @Test
    void everyChangeCounts() {
        Appearance appearance = new Appearance();
        SettingsModel model = new SettingsModel(appearance);
        long before = model.revisionProperty().get();
        appearance.setTheme(Theme.HIGH_CONTRAST);
        appearance.setDetailDivider(0.5);
        model.languageProperty().set(Language.SIMPLIFIED_CHINESE);
        assertEquals(before + 3, model.revisionProperty().get());
    }

    @Test
    void resetLayoutGivesTheDefaultLookButKeepsLanguageAndModel() {
        Appearance appearance = new Appearance();
        SettingsModel model = new SettingsModel(appearance);
        model.apply(CHOSEN);
        appearance.resetLayout();
        Settings after = model.snapshot();
        assertEquals(Theme.LIGHT, after.theme());
        assertFalse(after.presenterMode());
        assertFalse(after.layerDetail());
        assertEquals(Appearance.DEFAULT_DETAIL_DIVIDER, after.detailDivider());
        assertEquals(Language.ENGLISH, after.language());
        assertEquals(CHOSEN.lastModel(), after.lastModel());
    }

    @Test
    void aDividerThatIsNotOneIsTheDefault() {
        Appearance appearance = new Appearance();
        appearance.setDetailDivider(Double.NaN);
        assertEquals(Appearance.DEFAULT_DETAIL_DIVIDER, appearance.getDetailDivider());
        appearance.setDetailDivider(7);
        assertEquals(1, appearance.getDetailDivider());
    }
}
