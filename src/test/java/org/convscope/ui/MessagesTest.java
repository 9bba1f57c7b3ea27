package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @AfterEach
    void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void fillsInArgumentsWithMessageFormat() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Total parameters: 61,706", Messages.get("overview.total", "61,706"));
    }

    @Test
    void showsAMissingKeyAsTheKeyBetweenExclamationMarks() {
        assertEquals("!no.such.key!", Messages.get("no.such.key"));
    }

    @Test
    void switchingTheLocaleSwitchesTheTexts() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("文件(_F)", Messages.get("menu.file"));
        assertSame(Language.SIMPLIFIED_CHINESE, Messages.getLanguage());
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("_File", Messages.get("menu.file"));
    }

    @Test
    void aBindingFollowsTheLocaleAndItsObservableArguments() {
        SimpleStringProperty total = new SimpleStringProperty("156");
        StringBinding text = Messages.bind("overview.total", total);
        assertEquals("Total parameters: 156", text.get());

        total.set("61,706");
        assertEquals("Total parameters: 61,706", text.get());

        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        assertEquals("参数总数：61,706", text.get());
    }

    @Test
    void englishStaysEnglishOnAChineseSystem() {
        Locale system = Locale.getDefault();
        try {
            // The default ResourceBundle lookup would fall back to the system locale's bundle here.
            Locale.setDefault(Locale.CHINA);
            Messages.setLocale(Locale.ENGLISH);
            assertEquals("_File", Messages.get("menu.file"));
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void anyLocaleMapsToOneOfTheTwoLanguages() {
        Messages.setLocale(Locale.GERMANY);
        assertEquals(Locale.ENGLISH, Messages.getLocale());
        Messages.setLocale(Locale.TAIWAN);
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.getLocale());
    }

    @Test
    void startUpLanguageIsChineseExactlyWhenTheSystemLanguageIsChinese() {
        assertSame(Language.SIMPLIFIED_CHINESE, Language.forLocale(Locale.CHINA));
        assertSame(Language.SIMPLIFIED_CHINESE, Language.forLocale(Locale.CHINESE));
        assertSame(Language.SIMPLIFIED_CHINESE, Language.forLocale(Locale.forLanguageTag("zh-Hant-TW")));
        assertSame(Language.ENGLISH, Language.forLocale(Locale.US));
        assertSame(Language.ENGLISH, Language.forLocale(Locale.JAPAN));
        assertSame(Language.ENGLISH, Language.forLocale(Locale.ROOT));
    }
}
