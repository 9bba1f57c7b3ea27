package org.convscope.ui.draw;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;

/**
 * The narrow column that stands in for the draw pad and the probability bars while the layer
 * detail panel needs the room (the focus layout of a 1280 px projector or presenter mode): what
 * the network sees, the three most probable digits with their probabilities, and a button that
 * brings the pad back. A plain layout of labels, not a Control: it draws nothing of its own
 * (the digit is a {@link DigitPreview}), and a skin would only move these lines elsewhere.
 *
 * <p>Style class {@code focus-column} (stylesheet {@code focus-column.css}); ids
 * {@code focus-preview}, {@code focus-top} and {@code focus-show-pad}; each probability row has
 * style class {@code top-row}, the first {@code :top}.
 */
public class FocusColumn extends VBox {
    private static final PseudoClass TOP = PseudoClass.getPseudoClass("top");
    /** How many of the most probable digits are listed. */
    public static final int SHOWN = 3;
    private static final double BAR_WIDTH = 110;

    private final DigitPreview preview = new DigitPreview();
    private final Button showPad = new Button();
    private final VBox top = new VBox();
    private final List<Label> digits = new ArrayList<>();
    private final List<Region> bars = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final ObjectProperty<List<Double>> probabilities = new SimpleObjectProperty<>(this, "probabilities") {
        @Override
        protected void invalidated() {
            showTop();
        }
    };

    public FocusColumn() {
        getStyleClass().add("focus-column");
        Label previewTitle = new Label();
        previewTitle.getStyleClass().add("heading");
        previewTitle.textProperty().bind(Messages.bind("draw.preview.title"));
        previewTitle.setWrapText(true);
        previewTitle.setMinHeight(Region.USE_PREF_SIZE);
        preview.setId("focus-preview");
        preview.setMaxWidth(Double.MAX_VALUE);
        Label topTitle = new Label();
        topTitle.getStyleClass().add("heading");
        topTitle.textProperty().bind(Messages.bind("focus.top"));
        top.setId("focus-top");
        top.getStyleClass().add("top");
        for (int i = 0; i < SHOWN; i++) {
            Label digit = new Label();
            digit.getStyleClass().add("digit");
            Region bar = new Region();
            bar.getStyleClass().add("bar");
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            StackPane track = new StackPane(bar);
            track.getStyleClass().add("track");
            track.setAlignment(Pos.CENTER_LEFT);
            track.setPrefWidth(BAR_WIDTH);
            track.setMinWidth(40);
            HBox.setHgrow(track, Priority.ALWAYS);
            Label value = new Label();
            value.getStyleClass().add("value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(digit, track, value);
            row.getStyleClass().add("top-row");
            row.setAlignment(Pos.CENTER_LEFT);
            digits.add(digit);
            bars.add(bar);
            values.add(value);
            top.getChildren().add(row);
        }
        showPad.setId("focus-show-pad");
        showPad.textProperty().bind(Messages.bind("focus.showPad"));
        Tooltip help = new Tooltip();
        help.textProperty().bind(Messages.bind("focus.showPad.tooltip"));
        showPad.setTooltip(help);
        showPad.setFocusTraversable(false); // the arrow keys stay with the stepper
        showPad.setMaxWidth(Double.MAX_VALUE);
        showPad.setWrapText(true);
        showPad.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(preview, Priority.SOMETIMES);
        getChildren().addAll(previewTitle, preview, topTitle, top, showPad);
        showTop();
    }

    /** What the network sees: bind it to the drawing's preprocessed digit. */
    public DigitPreview getPreview() {
        return preview;
    }

    /** The button that brings the pad back; the window sets its action. */
    public Button getShowPadButton() {
        return showPad;
    }

    /** The class probabilities, digit 0 first; null when nothing is drawn. */
    public ObjectProperty<List<Double>> probabilitiesProperty() {
        return probabilities;
    }

    /** The digits listed now, most probable first (fewer when nothing is drawn); for tests. */
    public List<String> listedDigits() {
        return digits.stream().map(Label::getText).filter(t -> !t.isEmpty()).toList();
    }

    private void showTop() {
        List<Double> p = probabilities.get();
        List<Integer> order = new ArrayList<>();
        if (p != null && p.stream().allMatch(Double::isFinite)) {
            for (int i = 0; i < p.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Double.compare(p.get(b), p.get(a)));
        }
        for (int i = 0; i < SHOWN; i++) {
            boolean shown = i < order.size();
            int digit = shown ? order.get(i) : 0;
            digits.get(i).setText(shown ? Integer.toString(digit) : "");
            values.get(i).setText(shown ? NumberText.sig3(p.get(digit)) : "");
            bars.get(i).setPrefWidth(shown ? Math.max(1, BAR_WIDTH * p.get(digit)) : 0);
            digits.get(i).getParent().pseudoClassStateChanged(TOP, shown && i == 0);
            digits.get(i).getParent().setVisible(shown);
        }
    }

    @Override
    public String getUserAgentStylesheet() {
        return FocusColumn.class.getResource("focus-column.css").toExternalForm();
    }
}
