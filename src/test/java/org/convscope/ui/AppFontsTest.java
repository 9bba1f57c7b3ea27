package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Chinese is drawn in a CJK font that has a real bold face, picked by name: JavaFX's "System"
 * font draws Chinese in WenQuanYi Micro Hei, regular even where the CSS says bold. The CI machine
 * installs fonts-noto-cjk (.ci/run), so there the pick is Noto Sans CJK SC.
 */
@ExtendWith(ApplicationExtension.class)
class AppFontsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void picksTheFirstInstalledFamilyOfTheCoursesList() {
        assertEquals(Optional.of("Noto Sans CJK SC"),
                AppFonts.pickChinese(List.of("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans CJK JP")));
        assertEquals(Optional.of("Microsoft YaHei"), AppFonts.pickChinese(List.of("Arial", "Microsoft YaHei", "SimSun")));
        assertEquals(Optional.of("PingFang SC"), AppFonts.pickChinese(List.of("PingFang SC", "WenQuanYi Micro Hei")));
        assertEquals(Optional.of("WenQuanYi Micro Hei"), AppFonts.pickChinese(List.of("DejaVu Sans", "WenQuanYi Micro Hei")));
        assertEquals(Optional.empty(), AppFonts.pickChinese(List.of("DejaVu Sans")));
    }

    @Test
    void chineseUsesNotoSansCjkWhereItIsInstalled() {
        assumeTrue(Font.getFamilies().contains("Noto Sans CJK SC"), "fonts-noto-cjk is not installed (.ci/run installs it)");
        assertEquals("Noto Sans CJK SC", AppFonts.family(Language.SIMPLIFIED_CHINESE));
        assertEquals(AppFonts.SYSTEM, AppFonts.family(Language.ENGLISH));
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        assertEquals("Noto Sans CJK SC Bold", AppFonts.font(FontWeight.BOLD, 18).getName());
        assertEquals("Noto Sans CJK SC", AppFonts.font(FontWeight.NORMAL, 18).getName());
    }

    @Test
    void aBoldChineseHeadingInTheWindowResolvesToTheBoldFace() {
        assumeTrue(Font.getFamilies().contains("Noto Sans CJK SC"), "fonts-noto-cjk is not installed (.ci/run installs it)");
        AtomicReference<Label> heading = new AtomicReference<>();
        AtomicReference<Label> body = new AtomicReference<>();
        new FxRobot().interact(() -> {
            Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
            Label bold = new Label("交叉熵损失");
            bold.getStyleClass().add("shortcut-key"); // bold in convscope.css
            Label plain = new Label("卷积核");
            Scene scene = new Scene(new VBox(bold, plain), 300, 200);
            Appearance appearance = new Appearance();
            appearance.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            heading.set(bold);
            body.set(plain);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Noto Sans CJK SC Bold", heading.get().getFont().getName());
        assertEquals("Noto Sans CJK SC", body.get().getFont().getName());

        new FxRobot().interact(() -> Messages.setLanguage(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        String english = heading.get().getFont().getName();
        assertTrue(english.contains("Bold") && !english.contains("CJK"), english);
    }
}
