package org.convscope.ui.draw;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.ui.Messages;

/**
 * The left column of the main screen, ready to place: the {@link DrawPad} with its tools (pen
 * width, Undo stroke, Clear) and, below it, the {@link DigitPreview} of what the network sees
 * with its "show box and centre of mass" switch. Wires the pad to a {@link DrawingViewModel};
 * the {@link ProbabilityBars} are left to the window, which puts them on the right.
 *
 * <p>Style class {@code drawing-pane} (stylesheet {@code drawing-pane.css}); the parts have the
 * ids {@code draw-pad}, {@code pen-width}, {@code undo-stroke}, {@code clear-pad},
 * {@code digit-preview} and {@code show-guides}.
 */
public class DrawingPane extends VBox {
    private final DrawPad pad = new DrawPad();
    private final DigitPreview preview = new DigitPreview();

    public DrawingPane(DrawingViewModel viewModel) {
        getStyleClass().add("drawing-pane");
        pad.setId("draw-pad");
        preview.setId("digit-preview");
        viewModel.strokesProperty().bind(pad.drawingProperty());
        preview.preprocessedProperty().bind(viewModel.preprocessedProperty());

        Slider penWidth = new Slider(6, 40, DrawPad.DEFAULT_PEN_WIDTH);
        penWidth.setId("pen-width");
        penWidth.valueProperty().bindBidirectional(pad.penWidthProperty());
        Label penLabel = new Label();
        penLabel.textProperty().bind(Messages.bind("draw.penWidth"));
        penLabel.setLabelFor(penWidth);
        HBox.setHgrow(penWidth, Priority.ALWAYS);

        Button undo = new Button();
        undo.setId("undo-stroke");
        undo.textProperty().bind(Messages.bind("draw.undo"));
        undo.setOnAction(e -> pad.undo());
        undo.disableProperty().bind(pad.emptyProperty());
        // Clicking a button must not take the focus away from the pad (Ctrl+Z, Delete).
        undo.setFocusTraversable(false);

        Button clear = new Button();
        clear.setId("clear-pad");
        clear.textProperty().bind(Messages.bind("draw.clear"));
        clear.setOnAction(e -> pad.clear());
        clear.disableProperty().bind(pad.emptyProperty());
        clear.setFocusTraversable(false);

        HBox tools = new HBox(penLabel, penWidth, undo, clear);
        tools.getStyleClass().add("tools");
        tools.setAlignment(Pos.CENTER_LEFT);

        Label previewTitle = new Label();
        previewTitle.getStyleClass().add("heading");
        previewTitle.textProperty().bind(Messages.bind("draw.preview.title"));
        // Presenter mode's 28 px heading wraps to two lines: the pad gives way, not the heading.
        previewTitle.setMinHeight(Region.USE_PREF_SIZE);
        CheckBox guides = new CheckBox();
        guides.setId("show-guides");
        guides.textProperty().bind(Messages.bind("draw.guides"));
        preview.showGuidesProperty().bind(guides.selectedProperty());

        VBox.setVgrow(pad, Priority.ALWAYS);
        VBox.setVgrow(preview, Priority.SOMETIMES);
        getChildren().addAll(pad, tools, previewTitle, preview, guides);
    }

    public DrawPad getPad() {
        return pad;
    }

    public DigitPreview getPreview() {
        return preview;
    }

    @Override
    public String getUserAgentStylesheet() {
        return DrawingPane.class.getResource("drawing-pane.css").toExternalForm();
    }
}
