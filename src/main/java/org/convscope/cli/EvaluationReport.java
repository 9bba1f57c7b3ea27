package org.convscope.cli;

import java.util.Locale;
import org.convscope.engine.train.Evaluation;

/**
 * The text {@code evaluate} prints:
 * <pre>
 * accuracy: 0.9876 (1975/2000)
 * mean loss: 0.0412
 *
 * confusion matrix (rows: actual class, columns: predicted class)
 *  actual |    0    1    2 ... |  total  correct
 *       0 |  195    0    1 ... |    200   0.9750
 * </pre>
 * The last column is each class's recall: the share of its images the model got right.
 */
final class EvaluationReport {
    private EvaluationReport() {
    }

    static String format(Evaluation evaluation) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "accuracy: %.4f (%d/%d)%n", evaluation.accuracy(), evaluation.correct(),
                evaluation.count()));
        text.append(String.format(Locale.ROOT, "mean loss: %.4f%n", evaluation.meanLoss()));
        text.append(String.format("%nconfusion matrix (rows: actual class, columns: predicted class)%n"));
        appendMatrix(text, evaluation.confusion());
        return text.toString();
    }

    private static void appendMatrix(StringBuilder text, int[][] confusion) {
        int classes = confusion.length;
        int largest = 0;
        for (int[] row : confusion) {
            for (int n : row) {
                largest = Math.max(largest, n);
            }
        }
        // Every cell as wide as the largest count (at least 4, so class numbers line up too).
        int cell = Math.max(4, Integer.toString(largest).length() + 1);
        String cellFormat = "%" + cell + "d";

        text.append(" actual |");
        for (int c = 0; c < classes; c++) {
            text.append(String.format(Locale.ROOT, cellFormat, c));
        }
        text.append(String.format(" | %6s  %7s%n", "total", "correct"));
        for (int actual = 0; actual < classes; actual++) {
            text.append(String.format(Locale.ROOT, "%7d |", actual));
            int total = 0;
            for (int predicted = 0; predicted < classes; predicted++) {
                text.append(String.format(Locale.ROOT, cellFormat, confusion[actual][predicted]));
                total += confusion[actual][predicted];
            }
            String recall = total == 0 ? "-" : String.format(Locale.ROOT, "%.4f", (double) confusion[actual][actual] / total);
            text.append(String.format(Locale.ROOT, " | %6d  %7s%n", total, recall));
        }
    }
}
