package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.convscope.engine.layer.AvgPool2D;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.ReLU;
import org.junit.jupiter.api.Test;

/** Shapes that do not fit are refused with the layer's name and the numbers, never trimmed. */
class ShapeErrorTest {

    private static String buildError(Shape input, LayerSpec... layers) {
        return assertThrows(ShapeException.class,
                () -> Network.build(new NetworkSpec(input, List.of(layers)), new Rng(1))).getMessage();
    }

    @Test
    void aConvolutionWhoseOutputSizeIsNotWholeNamesTheFormula() {
        assertEquals("conv1: output height (28 + 2x0 - 5)/2 + 1 = 12.5 is not a whole number; change the padding or the stride",
                buildError(Presets.DIGIT, new Conv2D.Spec(4, 5, 2, 0), new Flatten.Spec(), new Dense.Spec(10)));
    }

    @Test
    void aKernelLargerThanThePaddedInputIsRefused() {
        assertEquals("conv2: kernel 5 is larger than the padded input height 3 + 2x0 = 3",
                buildError(Shape.of(1, 7, 7), new Conv2D.Spec(2, 3, 2, 0), new ReLU.Spec(), new Conv2D.Spec(2, 5, 0),
                        new Flatten.Spec(), new Dense.Spec(2)));
    }

    @Test
    void poolingThatDoesNotTileTheMapIsRefused() {
        assertEquals("maxpool1: output height (5 - 2)/2 + 1 = 2.5 is not a whole number",
                buildError(Shape.of(1, 5, 5), new MaxPool2D.Spec(2), new Flatten.Spec(), new Dense.Spec(2)));
        assertEquals("avgpool1: window 4 is larger than the input height 3",
                buildError(Shape.of(1, 3, 3), new AvgPool2D.Spec(4), new Flatten.Spec(), new Dense.Spec(2)));
    }

    @Test
    void aNetworkMustEndInClassScores() {
        assertEquals("the last layer (relu1) outputs 2x8x8 but softmax needs a vector of class scores: end with flatten "
                + "and dense", buildError(Shape.of(1, 10, 10), new Conv2D.Spec(2, 3, 0), new ReLU.Spec()));
    }

    @Test
    void anInputOfTheWrongSizeIsRefused() {
        Network net = Network.build(Presets.tiny(), new Rng(1));
        String message = assertThrows(ShapeException.class,
                () -> net.predict(Tensor.zeros(Shape.of(1, 32, 32)))).getMessage();
        assertEquals("the input is 1x32x32 but conv1 expects 1x28x28", message);
    }
}
