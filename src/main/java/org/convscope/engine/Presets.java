package org.convscope.engine;

import java.util.List;
import java.util.Locale;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Dropout;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.ReLU;

/** The networks ConvScope ships, both for 28x28 grey digits and 10 classes. */
public final class Presets {
    public static final Shape DIGIT = Shape.of(1, 28, 28);
    public static final List<String> NAMES = List.of("lenet5", "tiny");

    private Presets() {
    }

    /**
     * LeNet-5 with ReLU and max pooling: conv 5x5x6 pad 2, ReLU, maxpool 2, conv 5x5x16, ReLU,
     * maxpool 2, flatten, dense 120, ReLU, dropout 0.5, dense 84, ReLU, dense 10, softmax.
     * 61,706 parameters. The dropout layer is there so students see a mask.
     */
    public static NetworkSpec lenet5() {
        return new NetworkSpec(DIGIT, List.of(
                new Conv2D.Spec(6, 5, 2), new ReLU.Spec(), new MaxPool2D.Spec(2),
                new Conv2D.Spec(16, 5, 0), new ReLU.Spec(), new MaxPool2D.Spec(2),
                new Flatten.Spec(),
                new Dense.Spec(120), new ReLU.Spec(), new Dropout.Spec(0.5),
                new Dense.Spec(84), new ReLU.Spec(),
                new Dense.Spec(10)));
    }

    /**
     * A small network that trains in seconds in class: conv 3x3x4 pad 1, ReLU, maxpool 2,
     * conv 3x3x8 pad 1, ReLU, maxpool 2, flatten, dense 10, softmax.
     */
    public static NetworkSpec tiny() {
        return new NetworkSpec(DIGIT, List.of(
                new Conv2D.Spec(4, 3, 1), new ReLU.Spec(), new MaxPool2D.Spec(2),
                new Conv2D.Spec(8, 3, 1), new ReLU.Spec(), new MaxPool2D.Spec(2),
                new Flatten.Spec(),
                new Dense.Spec(10)));
    }

    /** The preset called {@code name} ("lenet5" or "tiny"). */
    public static NetworkSpec byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "lenet5" -> lenet5();
            case "tiny" -> tiny();
            default -> throw new IllegalArgumentException("unknown preset '" + name + "'; choose one of " + NAMES);
        };
    }
}
