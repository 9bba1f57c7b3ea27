package org.convscope.ui.stepper;

import org.convscope.engine.LossTrace;
import org.convscope.engine.NonFinite;
import org.convscope.engine.ParamTrace;
import org.convscope.engine.ParameterCount;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;

/**
 * The status line's text for a stepper position, in the current language: where the pass is
 * ("Forward: conv2, 4 of 17"), the loss and its label, or what to do next; and, when the pass
 * stopped at numbers that are not finite, where, what and how to get a pass that works again.
 */
final class StepperStatus {
    /**
     * Above this probability for the target the gradients are tiny (p - 1 for the target, p for
     * the rest): the status line suggests choosing another target, or the backward pass looks dead.
     */
    static final double SURE = 0.99;

    private StepperStatus() {
    }

    static String of(StepSnapshot step) {
        if (!step.ready()) {
            return Messages.get("stepper.status.nothingDrawn");
        }
        String of = String.valueOf(step.totalSteps());
        String at = String.valueOf(step.position());
        if (step.stopped()) {
            return stopped(step, at, of);
        }
        return switch (step.phase()) {
            case START -> Messages.get("stepper.status.ready");
            case FORWARD -> Messages.get("stepper.status.forward", step.layerName(), at, of);
            case LOSS -> loss(step, at, of);
            // The last step is the backward pass of the first layer: say what comes next instead.
            case BACKWARD -> step.position() == step.totalSteps()
                    ? Messages.get("stepper.status.complete")
                    : Messages.get("stepper.status.backward", step.layerName(), at, of);
        };
    }

    /**
     * "Stopped at conv2 (4 of 17): 3,200 of its 3,200 outputs are not numbers (NaN or infinite)."
     * and what helps: after updates, Restore model; a model that was like this already cannot
     * compute this digit at all, and Restore would give it the same weights.
     */
    private static String stopped(StepSnapshot step, String at, String of) {
        NonFinite bad = step.nonFinite();
        String advice = step.updated() ? Messages.get("stepper.status.nonFinite.advice.restore")
                : Messages.get("stepper.status.nonFinite.advice.otherModel");
        int count = bad.count();
        int size = bad.size();
        if (bad.what() == NonFinite.Quantity.PARAMETER_GRADIENT) {
            // The engine counts in the first parameter array that has them (the weights or the
            // bias); the class knows the layer's parameters as one number (conv1: 156).
            count = 0;
            size = 0;
            for (ParamTrace p : step.trace().layer(bad.layerIndex()).params()) {
                count += NonFinite.count(p.grad());
                size += p.grad().size();
            }
        }
        return Messages.get("stepper.status.nonFinite." + bad.what().name(), bad.layerName(), at, of,
                ParameterCount.format(count), ParameterCount.format(size), advice);
    }

    private static String loss(StepSnapshot step, String at, String of) {
        LossTrace loss = step.trace().loss();
        String label = String.valueOf(loss.label());
        UpdateOutcome update = step.update();
        if (update != null && update.label() == loss.label()) {
            String before = number(update.probabilityBefore());
            String after = number(update.probabilityAfter());
            if (before.equals(after)) {
                // "went from 1 to 1" reads as "nothing happened": say by how much it moved instead.
                return Messages.get("stepper.status.updatedSlightly", number(loss.loss()), label, after,
                        NumberText.sig3(update.change()));
            }
            return Messages.get("stepper.status.updated", number(loss.loss()), label, before, after);
        }
        if (loss.probabilities().get(loss.label()) > SURE) {
            return Messages.get("stepper.status.lossSure", number(loss.loss()), label, at, of);
        }
        return Messages.get("stepper.status.loss", number(loss.loss()), label, at, of);
    }

    /**
     * Three significant digits with a dot in both languages (as the UI guide asks), passed to
     * the pattern as text so MessageFormat does not regroup or localise it.
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return NumberText.sig3(value); // "NaN", "Infinity"
        }
        if (value != 0 && Math.abs(value) < 1e-3) {
            return NumberText.sig3(value); // 6.07e-8: nobody counts the zeros of 0.0000000607
        }
        return NumberText.round3(value).stripTrailingZeros().toPlainString();
    }
}
