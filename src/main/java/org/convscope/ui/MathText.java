package org.convscope.ui;

import java.text.BreakIterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convscope.engine.Shape;

/**
 * Formulas and shapes as the screen shows them, in one place (UI guide, "Numbers and text").
 *
 * <p>The engine writes its formulas and shapes in ASCII for the command line and the trace files:
 * "6 x (5 x 5 x 1) + 6 = 156", "6 x 28 x 28". On screen they read as the course writes them, with
 * the multiplication sign × and the minus sign −: {@link #formula} and {@link #shape} convert.
 *
 * <p>{@link #glue} keeps a formula from breaking inside a number or between an operator and its
 * operand when a label wraps, and {@link Messages#get} applies it to every text. JavaFX wraps
 * where {@code java.text.BreakIterator.getLineInstance()} allows, and the JDK's rules allow
 * breaks a reader never expects: "5.74|e-|9", "−0.|31", "p|(2)", "dL/|dw". Two characters
 * prevent them: the no-break space U+00A0 where a space must not break, and the zero-width
 * no-break space U+FEFF between two characters that must stay together. (The word joiner U+2060,
 * its modern name, does not stop the JDK's breaks: checked with OpenJDK 17.) A line then breaks
 * only at an ordinary space, and anywhere between Chinese characters, as Chinese text does.
 */
public final class MathText {
    /** The no-break space: a space that never breaks a line. */
    public static final char NO_BREAK_SPACE = '\u00a0';
    /** A zero-width character that keeps its two neighbours on one line. */
    public static final char JOINER = '\ufeff';
    public static final char TIMES = '\u00d7';
    public static final char MINUS = '\u2212';

    // A product stays whole ("0.12 × 0.80"); before + − = a line may break, after them never.
    private static final Pattern TIMES_OR_SLASH = Pattern.compile(" ([\u00d7/\u00b7\u00f7]) ");
    private static final Pattern OPERATOR = Pattern.compile("(^| )([+\u2212\u2190\u2192\u2248\u2264\u2265<>]) ");
    // "= 1.89" also after a bracket: "+ 偏置 b（0.100）= 1.89".
    private static final Pattern EQUALS = Pattern.compile("= ");
    // A one-letter variable and its value: "P = 2", "p = 0.5", "x = 0".
    private static final Pattern ASSIGNMENT = Pattern.compile("(^|[ (\uff08\uff0c\uff1a\u3001])([A-Za-z]) =\u00a0");
    // "ln p", "max (": a function and its argument.
    private static final Pattern FUNCTION = Pattern.compile("(\\bln|\\blog|\\bexp|\\bmax|\\bmin) (?=[\\w(])");
    // "+ b (0.10)": a one-letter operand and the number it stands for.
    private static final Pattern OPERAND_GROUP = Pattern.compile("(\u00a0[A-Za-z]) \\(");
    // Short ASCII groups in brackets are one operand: "(5 × 5 × 1)", "(z − max)", "(y one-hot)".
    private static final Pattern SHORT_GROUP = Pattern.compile("\\([^()\\s][^()]{0,22}\\)");
    // Tokens longer than this (a file's path in an error) may still break where the JDK allows.
    private static final int LONGEST_GLUED_TOKEN = 40;
    private static final Pattern FORMULA_TOKEN = Pattern.compile("[0-9()^/\u2032\u2212\u00d7=<>\u2264\u2265]");
    private static final Pattern FILE_NAME = Pattern.compile("\\w\\.[A-Za-z]{2,4}\\b");
    /**
     * Texts glued already, by their unglued form: the views write the same captions, sentences and
     * formulas at every step, and gluing one walks its line breaks up to four times. Cleared when
     * full, which the texts of a few passes through the network never make it.
     */
    private static final Map<String, String> GLUED = new ConcurrentHashMap<>();
    private static final int GLUED_KEPT = 4096;
    private static final ThreadLocal<BreakIterator> LINES = ThreadLocal.withInitial(BreakIterator::getLineInstance);

    private MathText() {
    }

    /** A tensor's shape as the course writes it: "6 × 28 × 28" (channels first), "120" for a vector. */
    public static String shape(Shape s) {
        if (s.vector()) {
            return Integer.toString(s.channels());
        }
        return s.channels() + times() + s.height() + times() + s.width();
    }

    /**
     * One of the engine's ASCII formulas ("6 x (5 x 5 x 1) + 6 = 156") as the screen shows it:
     * "6 × (5 × 5 × 1) + 6 = 156", glued.
     */
    public static String formula(String ascii) {
        String text = ascii.replace(" x ", " \u00d7 ").replaceAll("(^|[\\s(=])-(?=[\\s\\d.(])", "$1\u2212");
        return glue(text);
    }

    /**
     * {@code text} with no-break spaces and joiners where a line must not break: around × and /,
     * after = + − and arrows, inside short brackets and inside every token (a number, "dL/dw",
     * "p(2)", "e^(z"), so it wraps only at ordinary spaces and between Chinese characters.
     */
    public static String glue(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String known = GLUED.get(text);
        if (known != null) {
            return known;
        }
        String glued = glueAnew(text);
        if (GLUED.size() >= GLUED_KEPT) {
            GLUED.clear();
        }
        GLUED.put(text, glued);
        return glued;
    }

    private static String glueAnew(String text) {
        String spaced = TIMES_OR_SLASH.matcher(text).replaceAll(NO_BREAK_SPACE + "$1" + NO_BREAK_SPACE);
        spaced = OPERATOR.matcher(spaced).replaceAll("$1$2" + NO_BREAK_SPACE);
        spaced = EQUALS.matcher(spaced).replaceAll("=" + NO_BREAK_SPACE);
        spaced = ASSIGNMENT.matcher(spaced).replaceAll("$1$2" + NO_BREAK_SPACE + "=" + NO_BREAK_SPACE);
        spaced = FUNCTION.matcher(spaced).replaceAll("$1" + NO_BREAK_SPACE);
        spaced = OPERAND_GROUP.matcher(spaced).replaceAll("$1" + NO_BREAK_SPACE + "(");
        spaced = glueShortGroups(spaced);
        // Joining two characters can shift the JDK's rules to the next pair: repeat until stable.
        for (int pass = 0; pass < 4; pass++) {
            String joined = joinTokens(spaced);
            if (joined.equals(spaced)) {
                break;
            }
            spaced = joined;
        }
        return spaced;
    }

    /**
     * Two sentences one after the other: with a space after English punctuation, none after
     * Chinese full-width punctuation ("。", "："), as Chinese is written.
     */
    public static String then(String first, String next) {
        if (first.isEmpty()) {
            return next;
        }
        return isCjk(first.charAt(first.length() - 1)) ? first + next : first + " " + next;
    }

    private static String times() {
        return NO_BREAK_SPACE + String.valueOf(TIMES) + NO_BREAK_SPACE;
    }

    private static String glueShortGroups(String text) {
        Matcher m = SHORT_GROUP.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String group = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(
                    group.codePoints().anyMatch(MathText::isCjk) ? group : group.replace(' ', NO_BREAK_SPACE)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Puts a joiner at every line-break opportunity inside a token of a formula ("5.74e−9",
     * "−0.31", "p(2)", "dL/dw", "max(1.10,"): not after a space, not next to Chinese, and not in
     * ordinary words or file names ("lenet5.json" may break where the JDK likes, as before).
     */
    private static String joinTokens(String text) {
        BreakIterator lines = LINES.get();
        lines.setText(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        int from = 0;
        for (int at = lines.next(); at != BreakIterator.DONE && at < text.length(); at = lines.next()) {
            char before = text.charAt(at - 1);
            char after = text.charAt(at);
            if (Character.isWhitespace(before) || isCjk(before) || isCjk(after) || !inFormula(text, at)) {
                continue;
            }
            out.append(text, from, at).append(JOINER);
            from = at;
        }
        out.append(text, from, text.length());
        return out.toString();
    }

    /** Whether the token around {@code at} (up to the ordinary spaces) is part of a formula. */
    private static boolean inFormula(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        if (end - start > LONGEST_GLUED_TOKEN) {
            return false;
        }
        String token = text.substring(start, end);
        return FORMULA_TOKEN.matcher(token).find() && !FILE_NAME.matcher(token).find();
    }

    /** Chinese characters and the full-width punctuation around them: a line may break next to them. */
    static boolean isCjk(int c) {
        return Character.isIdeographic(c)
                || c >= 0x3000 && c <= 0x303f  // CJK punctuation: 。、「」
                || c >= 0xff00 && c <= 0xffef  // full-width forms: ，：（）
                || c >= 0x2018 && c <= 0x201d; // “ ” ‘ ’, as Chinese texts quote
    }
}
