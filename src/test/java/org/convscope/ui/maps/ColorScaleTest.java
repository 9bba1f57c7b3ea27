package org.convscope.ui.maps;

import org.convscope.ui.ScreenText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.ui.NumberText;
import org.junit.jupiter.api.Test;

class ColorScaleTest {
    private static final ValueRange UNIT = new ValueRange(0, 1);

    @Test
    void zeroIsExactlyWhiteOnEveryScale() {
        assertEquals(ColorScale.WHITE, ColorScale.DIVERGING.argb(0, ValueRange.symmetric(3.7)));
        assertEquals(ColorScale.WHITE, ColorScale.DIVERGING.argb(-0.0, ValueRange.symmetric(1e-9)));
        assertEquals(ColorScale.WHITE, ColorScale.SEQUENTIAL.argb(0, new ValueRange(0, 2.5)));
        assertEquals(ColorScale.WHITE, ColorScale.GREY.argb(0, UNIT));
        // The middle of the diverging bar is white too, so the legend's "0" sits on white.
        assertEquals(ColorScale.WHITE, ColorScale.DIVERGING.at(0.5));
    }

    @Test
    void theDivergingRangeIsSymmetricAroundZero() {
        assertEquals(new ValueRange(-5, 5), ColorScale.DIVERGING.rangeFor(-2, 5));
        assertEquals(new ValueRange(-7, 7), ColorScale.DIVERGING.rangeFor(-7, 0.5));
        assertEquals(new ValueRange(0, 3), ColorScale.SEQUENTIAL.rangeFor(0.5, 3));
    }

    @Test
    void negativeIsBluePositiveIsRedAndEquallyFarFromWhite() {
        ValueRange r = ValueRange.symmetric(2);
        int neg = ColorScale.DIVERGING.argb(-2, r);
        int pos = ColorScale.DIVERGING.argb(2, r);
        assertTrue(blue(neg) > red(neg), "negative end is blue");
        assertTrue(red(pos) > blue(pos), "positive end is red");
        for (double v : new double[] {0.3, 0.6, 1.0}) {
            double dn = luminance(ColorScale.DIVERGING.argb(-v, r));
            double dp = luminance(ColorScale.DIVERGING.argb(v, r));
            assertEquals(dn, dp, 0.12, "RdBu is roughly balanced in lightness (up to the dark ends) at +-" + v);
        }
    }

    @Test
    void colourGetsDarkerAsTheValueGrowsAwayFromZero() {
        for (ColorScale scale : ColorScale.values()) {
            ValueRange r = scale.isDiverging() ? ValueRange.symmetric(1) : UNIT;
            double previousUp = 2;
            double previousDown = 2;
            for (int i = 0; i <= 100; i++) {
                double v = i / 100.0;
                double up = luminance(scale.argb(v, r));
                assertTrue(up <= previousUp + 1e-9, scale + " at " + v);
                previousUp = up;
                if (scale.isDiverging()) {
                    double down = luminance(scale.argb(-v, r));
                    assertTrue(down <= previousDown + 1e-9, scale + " at " + -v);
                    previousDown = down;
                }
            }
        }
    }

    @Test
    void valuesOutsideTheRangeAreClamped() {
        assertEquals(ColorScale.SEQUENTIAL.argb(1, UNIT), ColorScale.SEQUENTIAL.argb(42, UNIT));
        assertEquals(ColorScale.WHITE, ColorScale.SEQUENTIAL.argb(-3, UNIT));
        ValueRange r = ValueRange.symmetric(1);
        assertEquals(ColorScale.DIVERGING.argb(-1, r), ColorScale.DIVERGING.argb(-9, r));
        assertEquals(ColorScale.DIVERGING.argb(1, r), ColorScale.DIVERGING.argb(9, r));
        assertEquals(0xff000000, ColorScale.GREY.argb(1, UNIT), "full ink is black");
    }

    @Test
    void anEmptyRangeDrawsZeroWhite() {
        assertEquals(ColorScale.WHITE, ColorScale.DIVERGING.argb(0, ValueRange.symmetric(0)));
        assertEquals(ColorScale.WHITE, ColorScale.SEQUENTIAL.argb(0, new ValueRange(0, 0)));
    }

    @Test
    void numbersHaveThreeSignificantDigits() {
        assertEquals("0", NumberText.sig3(0));
        assertEquals("0", NumberText.sig3(-0.0));
        assertEquals("3.43", NumberText.sig3(3.4312));
        assertEquals("\u22120.123", NumberText.sig3(-0.12345));
        assertEquals("0.100", NumberText.sig3(0.1));
        assertEquals("12300", NumberText.sig3(12345));
        assertEquals("\u22124.51e\u22128", NumberText.sig3(-4.5128e-8));
        assertEquals("1.23e5", NumberText.sig3(123456));
        assertEquals("0.1 + 0.2 is " + (0.1 + 0.2), "0.1 + 0.2 is " + NumberText.full(0.1 + 0.2));
        assertEquals("2.649197149868021e\u22128", NumberText.full(2.649197149868021e-8), "a small e, as in 3 digits");
        assertEquals(-1.2e-9, ScreenText.parse(NumberText.full(-1.2e-9)), 0, "and it reads back exactly");
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xff;
    }

    private static int blue(int argb) {
        return argb & 0xff;
    }

    private static double luminance(int argb) {
        return (0.2126 * red(argb) + 0.7152 * ((argb >> 8) & 0xff) + 0.0722 * blue(argb)) / 255;
    }
}
