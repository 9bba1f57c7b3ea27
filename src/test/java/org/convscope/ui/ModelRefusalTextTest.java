package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import org.convscope.model.Refusal;
import org.convscope.ui.overview.ModelLoadFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every reason a model can be refused for is said in both languages, with every value in its place. */
class ModelRefusalTextTest {
    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyKindHasATextInBothLanguagesUsingAllItsValues() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages.setLocale(locale);
            for (Refusal.Kind kind : Refusal.Kind.values()) {
                int values = kind.valueCount();
                java.util.List<String> args = new java.util.ArrayList<>(Collections.nCopies(values, "V"));
                if (kind == Refusal.Kind.NOT_FINITE_OUTPUT) {
                    args.set(0, "DIGIT");
                }
                for (int i = 1; i < values; i++) {
                    args.set(i, "V" + i);
                }
                String text = AppDialogs.reason(new ModelLoadFailure(Path.of("m.json"), "english",
                        new Refusal(kind, args)));
                assertFalse(text.startsWith("!"), kind + " in " + locale + ": " + text);
                for (int i = 1; i < values; i++) {
                    assertFalse(!text.contains("V" + i), kind + " in " + locale + " leaves out value " + i + ": " + text);
                }
                assertFalse(text.contains("{"), text);
            }
        }
    }

    @Test
    void aFailureWithoutARefusalKeepsTheLoadersWords() {
        assertEquals("m.json is not valid JSON: x", AppDialogs.reason(new ModelLoadFailure(Path.of("m.json"),
                "m.json is not valid JSON: x")));
    }
}
