package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convscope.engine.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The screen's formulas: × and − where the engine writes ASCII, and no line break inside a number
 * or after an operator. JavaFX wraps a label where {@code BreakIterator.getLineInstance()} allows
 * (PrismTextLayout), so the breaks are checked with that same iterator.
 */
class MathTextTest {
    private static final char NBSP = '\u00a0';
    private static final char JOIN = '\ufeff';

    @AfterEach
    void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    /** The pieces a line may break into: the text between two break opportunities, glue removed. */
    private static List<String> lines(String text) {
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = breaks.first();
        for (int to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
            pieces.add(text.substring(from, to).replace(String.valueOf(JOIN), "").replace(NBSP, ' ').strip());
        }
        return pieces;
    }

    @Test
    void theEnginesParameterFormulaReadsWithTheTimesSign() {
        String shown = MathText.formula("6 x (5 x 5 x 1) + 6 = 156");
        assertEquals("6\u00a0\u00d7\u00a0(5\u00a0\u00d7\u00a05\u00a0\u00d7\u00a01) +\u00a06 =\u00a0156", shown);
        assertEquals(List.of("6 × (5 × 5 × 1)", "+ 6", "= 156"), lines(shown));
        assertEquals("400\u00a0\u00d7\u00a0120 +\u00a0120 =\u00a048,120", MathText.formula("400 x 120 + 120 = 48,120"));
    }

    @Test
    void aShapeIsWrittenWithTimesSignsThatNeverBreak() {
        assertEquals("6\u00a0\u00d7\u00a028\u00a0\u00d7\u00a028", MathText.shape(Shape.of(6, 28, 28)));
        assertEquals(List.of("6 × 28 × 28"), lines(MathText.shape(Shape.of(6, 28, 28))));
        assertEquals("120", MathText.shape(Shape.vector(120)));
    }

    @Test
    void negativeNumbersHaveTheMinusSignOnScreen() {
        assertEquals("\u22120.310", NumberText.sig3(-0.31));
        assertEquals("5.74e\u22129", NumberText.sig3(5.74e-9));
        assertEquals("\u22121.23e\u22125", NumberText.sig3(-1.23e-5));
        assertEquals("\u22122.649197149868021e\u22128", NumberText.full(-2.649197149868021e-8));
        assertEquals("\u2212Infinity", NumberText.sig3(Double.NEGATIVE_INFINITY));
    }

    @Test
    void aNumberNeverBreaks() {
        // Unglued, the JDK breaks "5.74|e-|9" and "−0.|31": the review's "5.74" / "e-9".
        assertTrue(lines("w = 5.74e-9 + 1").contains("5.74"));
        for (double v : new double[] {-0.31, 5.74e-9, -5.74e-9, -1234.5, 0.000123, -4.56e7, 61706}) {
            for (String number : List.of(NumberText.sig3(v), NumberText.full(v))) {
                String text = MathText.glue("sum = " + number + " and " + number + "，" + number);
                assertTrue(lines(text).contains("=\u0020" + number.replace(String.valueOf(JOIN), "")),
                        () -> number + " broke: " + lines(text));
                assertTrue(lines(text).contains(number + "，") || lines(text).contains(number + "，" + number),
                        () -> number + " broke before full-width punctuation: " + lines(text));
            }
        }
    }

    @Test
    void aProductAndAnOperandStayTogether() {
        String text = MathText.glue("0.12 × 0.80 + (−0.31) × 0.05 + … + b (0.10) = 0.47");
        assertEquals(List.of("0.12 × 0.80", "+ (−0.31) × 0.05", "+ …", "+ b (0.10)", "= 0.47"), lines(text));
        assertEquals(List.of("Loss", "= −ln p(2)", "= −ln 0.951", "= 0.0502"),
                lines(MathText.glue("Loss = −ln p(2) = −ln 0.951 = 0.0502")));
        assertEquals(List.of("dL/dw", "= dL/dy × x", "= 0.5 × (−2.0)"),
                lines(MathText.glue("dL/dw = dL/dy × x = 0.5 × (−2.0)")));
    }

    @Test
    void aVariableStaysWithItsValue() {
        assertEquals(List.of("输", "入", "1 × 28 × 28，", "零", "填", "充", "P = 2", "（灰", "色", "元", "素", "为", "0）"),
                lines(MathText.glue("输入 1 × 28 × 28，零填充 P = 2（灰色元素为 0）")));
        assertEquals(List.of("+ 偏", "置", "b", "（−1.97e−4）", "= 1.89"), lines(MathText.glue("+ 偏置 b（−1.97e−4）= 1.89")));
    }

    @Test
    void chineseStillWrapsBetweenCharacters() {
        List<String> pieces = lines(MathText.glue("交叉熵损失 = −ln p(2)，梯度 p − y"));
        assertTrue(pieces.containsAll(List.of("交", "叉", "熵", "= −ln p(2)，", "梯", "度", "p", "− y")), pieces::toString);
    }

    @Test
    void aLongPathStillBreaks() {
        String path = "/home/teacher/course/week-3/models/lenet5-trained-on-mnist.json";
        assertTrue(lines(MathText.glue("Cannot open " + path)).size() > 3);
    }

    @Test
    void everyTextOfBothBundlesGluesItsFormulas() {
        for (Language language : Language.values()) {
            Messages.setLanguage(language);
            String loss = Messages.get("softmax.loss", "2", NumberText.sig3(0.951), NumberText.sig3(0.0502));
            assertFalse(loss.contains(" x ") || loss.contains("-log") || loss.contains("log"), loss);
            assertTrue(lines(loss).contains("= −ln p(2)"), () -> language + ": " + lines(loss));
            String size = Messages.get("conv.size", 28, 2, 5, 1, 28);
            assertTrue(lines(size).contains("= (28 + 2 × 2 − 5)/1"), () -> language + ": " + lines(size));
        }
    }

    @Test
    void aSecondSentenceFollowsChinesePunctuationWithoutASpace() {
        assertEquals("已饱和。点击一个权重。", MathText.then("已饱和。", "点击一个权重。"));
        assertEquals("x = 1. Dead: no gradient passes.", MathText.then("x = 1.", "Dead: no gradient passes."));
    }
}
