package org.convscope.ui.loss;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;

/**
 * Default skin of {@link SoftmaxView}: a title and a sentence on what softmax does, the table of
 * classes (a few dozen labels, made once and refilled), the sums and the loss written out with
 * the numbers, and the line that prints a hovered row's exact values.
 */
class SoftmaxViewSkin extends SkinBase<SoftmaxView> {
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");
    private static final PseudoClass PREDICTED = PseudoClass.getPseudoClass("predicted");
    private static final int COLUMNS = 5;

    private final Label title = new Label();
    private final Label explain = new Label();
    private final Label none = new Label();
    private final GridPane table = new GridPane();
    private final List<Label[]> rows = new ArrayList<>();
    private final Label sum = new Label();
    private final Label loss = new Label();
    private final Label backward = new Label();
    private final Label hover = new Label();
    private final VBox box;
    private final InvalidationListener refresh = o -> refresh();
    private int hoveredClass = -1;

    SoftmaxViewSkin(SoftmaxView view) {
        super(view);
        title.getStyleClass().add("title");
        title.textProperty().bind(Messages.bind("softmax.title"));
        explain.getStyleClass().add("explain");
        explain.setWrapText(true);
        explain.textProperty().bind(Messages.bind("softmax.explain"));
        none.getStyleClass().add("message");
        none.setWrapText(true);
        none.textProperty().bind(Messages.bind("softmax.none"));
        table.getStyleClass().add("softmax-table");
        List<javafx.beans.binding.StringBinding> headers = List.of(Messages.bind("softmax.column.class"),
                Messages.bind("softmax.column.logit"), Messages.bind("softmax.column.exp"),
                Messages.bind("softmax.column.probability"), Messages.bind("softmax.column.gradient"));
        for (int column = 0; column < COLUMNS; column++) {
            Label header = new Label();
            header.getStyleClass().add("header");
            header.textProperty().bind(headers.get(column));
            table.add(header, column, 0);
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHalignment(column == 0 ? HPos.CENTER : HPos.RIGHT);
            table.getColumnConstraints().add(constraints);
        }
        for (Label l : List.of(sum, loss, backward, hover)) {
            l.setWrapText(true);
        }
        sum.getStyleClass().add("formula");
        sum.setId("softmax-sum");
        loss.getStyleClass().add("formula");
        loss.setId("softmax-loss");
        backward.getStyleClass().add("formula");
        backward.setId("softmax-backward");
        hover.getStyleClass().add("hover-value");
        hover.setId("softmax-hover");
        // The loss first: it is the number of this step; the table below shows where it comes from.
        box = new VBox(title, explain, none, loss, sum, table, backward, hover);
        box.getStyleClass().add("box");
        box.setId("softmax-content"); // the screenshots command pictures it whole (ScreenShot.detailView)
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("softmax-scroll");
        getChildren().add(scroll);
        view.explanationProperty().addListener(refresh);
        Messages.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(refresh));
        refresh();
    }

    @Override
    public void dispose() {
        if (getSkinnable() != null) {
            getSkinnable().explanationProperty().removeListener(refresh);
        }
        super.dispose();
    }

    private void refresh() {
        SoftmaxExplanation e = getSkinnable().getExplanation();
        boolean shown = e != null;
        none.setVisible(!shown);
        none.setManaged(!shown);
        for (var node : List.of(table, sum, loss, backward, hover)) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
        if (!shown) {
            return;
        }
        ensureRows(e.classes());
        int predicted = e.predicted();
        double probabilitySum = 0;
        for (int c = 0; c < e.classes(); c++) {
            Label[] row = rows.get(c);
            row[0].setText(Integer.toString(c));
            row[1].setText(NumberText.sig3(e.logit(c)));
            row[2].setText(NumberText.sig3(e.exponential(c)));
            row[3].setText(NumberText.sig3(e.probability(c)));
            row[4].setText(NumberText.sig3(e.gradient(c)));
            for (Label cell : row) {
                cell.pseudoClassStateChanged(TARGET, c == e.target());
                cell.pseudoClassStateChanged(PREDICTED, c == predicted);
            }
            probabilitySum += e.probability(c);
        }
        sum.setText(Messages.get("softmax.sum", NumberText.sig3(e.sum()), NumberText.sig3(e.max()),
                // Two decimals, as a probability: "1.00" (the sum is 1 up to rounding, never "0.999999...").
                new java.math.BigDecimal(probabilitySum).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        String target = Integer.toString(e.target());
        loss.setText(Messages.get("softmax.loss", target, NumberText.sig3(e.probability(e.target())),
                NumberText.sig3(e.loss())));
        backward.setText(Messages.get("softmax.backward", target, NumberText.sig3(e.gradient(e.target()))));
        showHover(e);
    }

    private void ensureRows(int classes) {
        while (rows.size() > classes) {
            table.getChildren().removeAll(rows.remove(rows.size() - 1));
        }
        while (rows.size() < classes) {
            int c = rows.size();
            Label[] row = new Label[COLUMNS];
            for (int column = 0; column < row.length; column++) {
                Label cell = new Label();
                cell.getStyleClass().addAll("cell", column == 0 ? "class-cell" : "number-cell");
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setOnMouseEntered(event -> {
                    hoveredClass = c;
                    showHover(getSkinnable().getExplanation());
                });
                cell.setOnMouseExited(event -> {
                    hoveredClass = -1;
                    showHover(getSkinnable().getExplanation());
                });
                row[column] = cell;
                table.add(cell, column, c + 1);
            }
            row[0].setId("softmax-class-" + c);
            rows.add(row);
        }
    }

    private void showHover(SoftmaxExplanation e) {
        if (e == null || hoveredClass < 0 || hoveredClass >= e.classes()) {
            hover.setText(Messages.get("softmax.hover.idle"));
            return;
        }
        int c = hoveredClass;
        hover.setText(Messages.get("softmax.hover.row", Integer.toString(c), NumberText.full(e.logit(c)),
                NumberText.full(e.exponential(c)), NumberText.full(e.probability(c)), NumberText.full(e.gradient(c))));
    }
}
