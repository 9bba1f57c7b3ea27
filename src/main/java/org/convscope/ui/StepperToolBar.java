package org.convscope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.convscope.engine.Stepper;
import org.convscope.ui.stepper.StepperViewModel;

/**
 * The stepper's controls above the main screen: Reset, Previous, Next, Play/Pause, the Play speed,
 * the target label, training mode, Apply update and Restore model. Every control is bound to the
 * {@link StepperViewModel}; none takes the keyboard focus, so the window's keys (Right, Space ...)
 * keep working after a click. Ids: {@code step-reset}, {@code step-previous}, {@code step-next},
 * {@code step-play}, {@code play-speed}, {@code target-label}, {@code training-mode},
 * {@code apply-update}, {@code restore-model}.
 */
final class StepperToolBar extends FlowPane {

    StepperToolBar(StepperViewModel stepper) {
        // A flow, not a ToolBar: on a narrow projector the controls wrap to a second row instead of
        // disappearing into an overflow menu.
        super(8, 6);
        getStyleClass().add("stepper-toolbar");
        setPadding(new Insets(6, 8, 6, 8));
        setAlignment(Pos.CENTER_LEFT);

        Button reset = button("step-reset", Messages.bind("main.reset"), stepper::reset);
        reset.disableProperty().bind(stepper.canStepBackProperty().not());
        Button previous = button("step-previous", Messages.bind("main.previous"), stepper::previous);
        previous.disableProperty().bind(stepper.canStepBackProperty().not());
        Button next = button("step-next", Messages.bind("main.next"), stepper::next);
        next.disableProperty().bind(stepper.canStepForwardProperty().not());

        Button play = button("step-play", Messages.binding(
                () -> stepper.isPlaying() ? Messages.get("main.pause") : Messages.get("main.play"),
                stepper.playingProperty()), stepper::togglePlay);
        // Play is possible whenever a pass is ready (at the end it starts again from the beginning).
        play.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !stepper.isPlaying() && !stepper.canStepForwardProperty().get()
                        && !stepper.canStepBackProperty().get(),
                stepper.playingProperty(), stepper.canStepForwardProperty(), stepper.canStepBackProperty()));

        Slider speed = new Slider(0.25, 10, StepperViewModel.DEFAULT_SPEED);
        speed.setId("play-speed");
        speed.setPrefWidth(90);
        speed.valueProperty().bindBidirectional(stepper.speedProperty());
        Label speedLabel = label(Messages.bind("main.speed"), speed);

        ChoiceBox<Integer> target = new ChoiceBox<>();
        target.setId("target-label");
        List<Integer> labels = new ArrayList<>();
        labels.add(Stepper.PREDICTED);
        for (int digit = 0; digit <= 9; digit++) {
            labels.add(digit);
        }
        target.getItems().setAll(labels);
        // A binding, not a listener on the static locale: that would keep every toolbar ever built alive.
        target.converterProperty().bind(
                Bindings.createObjectBinding(StepperToolBar::targetConverter, Messages.localeProperty()));
        target.setValue(stepper.targetLabelProperty().get());
        target.valueProperty().addListener((o, old, value) -> {
            if (value != null) {
                stepper.setTargetLabel(value);
            }
        });
        stepper.targetLabelProperty().addListener((o, old, value) -> target.setValue(value.intValue()));
        target.setFocusTraversable(false);
        Tooltip targetHelp = new Tooltip();
        targetHelp.textProperty().bind(Messages.bind("main.target.tooltip"));
        target.setTooltip(targetHelp);
        Label targetLabel = label(Messages.bind("main.target"), target);

        CheckBox training = new CheckBox();
        training.setId("training-mode");
        training.textProperty().bind(Messages.bind("main.training"));
        training.selectedProperty().bindBidirectional(stepper.trainingProperty());
        training.setFocusTraversable(false);
        // The label stays short so the toolbar fits one row on a 1280 px projector; the tooltip says what it does.
        Tooltip trainingHelp = new Tooltip();
        trainingHelp.textProperty().bind(Messages.bind("main.training.tooltip"));
        training.setTooltip(trainingHelp);

        Button apply = button("apply-update", Messages.bind("main.applyUpdate"), stepper::applyUpdate);
        apply.disableProperty().bind(stepper.canApplyUpdateProperty().not());
        apply.getStyleClass().add("apply-update");
        Button restore = button("restore-model", Messages.bind("main.restoreModel"), stepper::restoreModel);
        // Something to undo once an update was applied, also after a new digit: the updated
        // weights are what a pass stopped at numbers that are not finite needs undone.
        restore.disableProperty().bind(stepper.canRestoreModelProperty().not());

        getChildren().addAll(reset, previous, next, play, speedLabel, speed, targetLabel, target, training,
                apply, restore);
        for (var item : getChildren()) {
            item.setFocusTraversable(false);
        }
    }

    private static Button button(String id, StringBinding text, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(text);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    private static Label label(StringBinding text, Control target) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setLabelFor(target);
        label.setAlignment(Pos.CENTER_RIGHT);
        return label;
    }

    private static StringConverter<Integer> targetConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                if (value == null) {
                    return "";
                }
                return value == Stepper.PREDICTED ? Messages.get("main.target.predicted") : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the target is chosen, not typed");
            }
        };
    }
}
