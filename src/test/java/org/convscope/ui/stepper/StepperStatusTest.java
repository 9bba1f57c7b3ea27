package org.convscope.ui.stepper;

import org.convscope.ui.ScreenText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.convscope.data.SyntheticDigits;
import org.convscope.model.ShippedModels;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StepperStatusTest {
    private StepperViewModel stepper;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
        stepper = StepperFixtures.viewModel();
        stepper.setNetwork(StepperFixtures.tiny()); // 8 layers: 17 steps
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void saysWhereThePassIsInEnglish() {
        assertEquals("Nothing drawn: draw a digit to step through the network", ScreenText.plain(stepper.getStatusText()));
        stepper.setInput(StepperFixtures.digit(1));
        assertEquals("Ready: press Next", ScreenText.plain(stepper.getStatusText()));
        StepperViewModelTest.stepTo(stepper, 4);
        assertEquals("Forward: conv2, 4 of 17", ScreenText.plain(stepper.getStatusText()));
        StepperViewModelTest.stepTo(stepper, 9);
        assertEquals("Loss = " + lossText() + " for label " + label() + ", 9 of 17", ScreenText.plain(stepper.getStatusText()));
        stepper.next();
        assertEquals("Backward: dense1, 10 of 17", ScreenText.plain(stepper.getStatusText()));
        StepperViewModelTest.stepTo(stepper, 17);
        assertEquals("Backward pass complete: apply the update?", ScreenText.plain(stepper.getStatusText()));
    }

    @Test
    void saysItInChineseAndFollowsALanguageSwitch() {
        stepper.setInput(StepperFixtures.digit(1));
        StepperViewModelTest.stepTo(stepper, 4);
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("前向传播：conv2，第 4 步，共 17 步", ScreenText.plain(stepper.getStatusText()), "no step needed to switch");
        StepperViewModelTest.stepTo(stepper, 9);
        assertEquals("标签 " + label() + " 的损失 = " + lossText() + "，第 9 步，共 17 步", ScreenText.plain(stepper.getStatusText()));
        stepper.next();
        assertEquals("反向传播：dense1，第 10 步，共 17 步", ScreenText.plain(stepper.getStatusText()));
        StepperViewModelTest.stepTo(stepper, 17);
        assertEquals("反向传播完成：要应用这次更新吗？", ScreenText.plain(stepper.getStatusText()));
        stepper.reset();
        assertEquals("准备就绪：请按“下一步”", ScreenText.plain(stepper.getStatusText()));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Ready: press Next", ScreenText.plain(stepper.getStatusText()));
    }

    @Test
    void afterAnUpdateTellsTheTargetsProbabilityBeforeAndAfter() {
        stepper.setInput(StepperFixtures.digit(1));
        stepper.setTargetLabel(4);
        StepperViewModelTest.stepTo(stepper, 17);
        stepper.applyUpdate();
        UpdateOutcome outcome = stepper.getLastUpdate();
        assertEquals("Loss = " + lossText() + " for label 4 after the update: its probability went from "
                + StepperStatus.number(outcome.probabilityBefore()) + " to "
                + StepperStatus.number(outcome.probabilityAfter()), ScreenText.plain(stepper.getStatusText()));
        stepper.next();
        stepper.previous();
        assertEquals("Loss = " + lossText() + " for label 4, 9 of 17", ScreenText.plain(stepper.getStatusText()));
    }

    @Test
    void whenTheNetworkIsAlreadySureSuggestsAnotherTarget() throws Exception {
        // The shipped model on a clean generated 3 (lenet5: 27 steps, the loss is step 14).
        stepper.setNetwork(ShippedModels.loadLenet5().network());
        stepper.setInput(SyntheticDigits.input(3, 8080));
        StepperViewModelTest.stepTo(stepper, 14);
        double p = stepper.getTrace().loss().probabilities().get(label());
        assertTrue(p > StepperStatus.SURE, "the shipped model is sure of a clean digit, p = " + p);
        assertEquals("Loss = " + lossText() + " for label " + label() + ", 14 of 27: already sure, "
                + "so the gradients are tiny. Pick another target to see them grow", ScreenText.plain(stepper.getStatusText()));

        // An update on a target it is sure of moves p in the 8th digit: the status line says by how much.
        StepperViewModelTest.stepTo(stepper, 27);
        stepper.applyUpdate();
        UpdateOutcome tiny = stepper.getLastUpdate();
        assertEquals(StepperStatus.number(tiny.probabilityBefore()), StepperStatus.number(tiny.probabilityAfter()));
        assertEquals("Loss = " + lossText() + " for label " + label() + " after the update: its probability is still "
                + StepperStatus.number(tiny.probabilityAfter()) + " to three digits (it moved by "
                + NumberText.sig3(tiny.change()) + ": the network was already sure)", ScreenText.plain(stepper.getStatusText()));
        stepper.restoreModel();

        int wrong = (label() + 1) % 10;
        stepper.setTargetLabel(wrong);
        StepperViewModelTest.stepTo(stepper, 14);
        assertEquals("Loss = " + lossText() + " for label " + wrong + ", 14 of 27", ScreenText.plain(stepper.getStatusText()));
    }

    @Test
    void numbersHaveThreeSignificantDigitsAndADot() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("0.37", StepperStatus.number(0.37));
        assertEquals("0.123", StepperStatus.number(0.123456));
        assertEquals("12.3", StepperStatus.number(12.345));
        assertEquals("0.00123", StepperStatus.number(0.0012345));
        assertEquals("1.23e\u22124", StepperStatus.number(0.00012345));
        assertEquals("6.07e\u22128", StepperStatus.number(6.0712e-8));
        assertEquals("2", StepperStatus.number(2.0));
    }

    private String lossText() {
        return StepperStatus.number(stepper.getTrace().loss().loss());
    }

    private int label() {
        return stepper.getTrace().loss().label();
    }
}
