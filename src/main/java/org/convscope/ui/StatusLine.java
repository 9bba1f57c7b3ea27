package org.convscope.ui;

import javafx.beans.binding.StringBinding;
import org.convscope.ui.draw.DrawingViewModel;
import org.convscope.ui.overview.ModelOverviewViewModel;
import org.convscope.ui.overview.RememberedModelProblem;
import org.convscope.ui.stepper.StepperViewModel;

/**
 * The status line's text: where the pass is ({@link StepperViewModel#statusTextProperty()}),
 * preceded at a start where the remembered model file could not be used by a sentence saying so
 * and that the shipped model is shown. That sentence goes with the first stroke on the pad or the
 * next model opened.
 */
final class StatusLine {
    private StatusLine() {
    }

    static StringBinding text(StepperViewModel stepper, ModelOverviewViewModel overview, DrawingViewModel drawing) {
        // The window and its view models live and die together: these listeners leak nothing.
        drawing.strokesProperty().addListener((o, old, now) -> overview.dismissRememberedModelProblem());
        return Messages.binding(() -> {
            RememberedModelProblem problem = overview.rememberedModelProblemProperty().get();
            String step = stepper.getStatusText();
            if (problem == null) {
                return step;
            }
            String notice = notice(problem);
            // No ASCII space after full-width punctuation (the Chinese sentence ends in 。).
            return notice + (notice.endsWith("\u3002") ? "" : " ") + step;
        }, stepper.statusTextProperty(), overview.rememberedModelProblemProperty());
    }

    static String notice(RememberedModelProblem problem) {
        String name = String.valueOf(problem.file().getFileName());
        return problem.missing() ? Messages.get("status.rememberedModel.missing", name)
                : Messages.get("status.rememberedModel.refused", name, problem.message());
    }
}
