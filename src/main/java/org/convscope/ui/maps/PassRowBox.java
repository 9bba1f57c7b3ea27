package org.convscope.ui.maps;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;

/**
 * One box of the {@link PassRow}: a layer's name, a tiny picture of its output (or of its
 * gradient) and its output shape; the loss box gives the probabilities as its picture and the
 * loss as its last line. Made once per network; a step hands it a tensor, and the picture is
 * redrawn only when that tensor is another one than last time.
 */
final class PassRowBox extends VBox {
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass COMPUTED = PseudoClass.getPseudoClass("computed");
    static final PseudoClass GRADIENT = PseudoClass.getPseudoClass("gradient");
    static final PseudoClass FORWARD = PseudoClass.getPseudoClass("forward");
    static final PseudoClass BACKWARD = PseudoClass.getPseudoClass("backward");
    /** The picture's side in pixels, about: a 28 x 28 map at 1 px a cell, a 5 x 5 map at 6 px. */
    static final int PICTURE = 30;

    private final int layerIndex;
    private final FeatureMapView picture = new FeatureMapView();
    private final Label placeholder = new Label();
    private final Label last = new Label();
    private final Label backArrow = new Label("\u25C0"); // NOI18N: arrows, explained by the status line
    private final Label forwardArrow = new Label("\u25B6"); // NOI18N
    private Tensor source;
    private boolean sourceGradient;

    /**
     * @param layerIndex the network's index of the layer, -1 for the loss box
     * @param name       the layer's name (the loss box's title is translated)
     * @param shape      the layer's output shape, or null for the loss box
     */
    PassRowBox(int layerIndex, String name, Shape shape) {
        this.layerIndex = layerIndex;
        getStyleClass().add("pass-row-box");
        setAlignment(Pos.TOP_CENTER);
        Label nameLabel = new Label(name);
        if (shape == null) {
            nameLabel.textProperty().bind(Messages.bind("passRow.loss"));
        }
        nameLabel.getStyleClass().add("name");
        picture.getStyleClass().add("picture");
        picture.setMouseTransparent(true); // a click selects the layer; values are read in the detail panel
        picture.setVisible(false);
        placeholder.getStyleClass().add("placeholder");
        placeholder.textProperty().bind(Messages.bind("passRow.notYet"));
        StackPane frame = new StackPane(placeholder, picture);
        frame.getStyleClass().add("frame");
        // One height in every box and at every step (a picture is at most PICTURE px and its border),
        // so the shapes line up and the row never changes height; "not yet" may be wider than a picture.
        frame.setMinSize(PICTURE + 4, PICTURE + 4);
        frame.setPrefHeight(PICTURE + 4);
        frame.setMaxHeight(PICTURE + 4);
        placeholder.setMinWidth(Region.USE_PREF_SIZE);
        backArrow.getStyleClass().addAll("arrow", "back");
        forwardArrow.getStyleClass().addAll("arrow", "ahead");
        HBox middle = new HBox(backArrow, frame, forwardArrow);
        middle.getStyleClass().add("middle");
        middle.setAlignment(Pos.CENTER);
        last.getStyleClass().add("shape");
        if (shape != null) {
            last.setText(shapeText(shape));
        }
        getChildren().addAll(nameLabel, middle, last);
    }

    /**
     * "16×5×5", "120" for a vector: the UI guide writes shapes "16 × 5 × 5", but with its spaces
     * (the fonts have no narrow one) LeNet-5's 14 boxes need more than 1280 px in presenter mode.
     * Without spaces it cannot wrap either.
     */
    static String shapeText(Shape shape) {
        String times = "\u00D7"; // NOI18N: the multiplication sign
        return shape.vector() ? Integer.toString(shape.channels())
                : shape.channels() + times + shape.height() + times + shape.width();
    }

    /** Never narrower than its text: a name or shape is never cut to "...", the row scrolls instead. */
    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    int layerIndex() {
        return layerIndex;
    }

    FeatureMapView picture() {
        return picture;
    }

    /** Whether a picture is shown (false: "not yet"). */
    boolean hasPicture() {
        return picture.isVisible();
    }

    /** The loss box's last line: the loss (its title says what it is), or a dash before it is computed. */
    void showLoss(Double loss) {
        last.setText(loss == null ? "\u2013" : NumberText.sig3(loss)); // NOI18N: a dash
    }

    /**
     * Pictures {@code tensor} (null: "not yet"): the mean of its maps on its own range, or the vector;
     * {@code gradient} on the diverging scale.
     */
    void show(Tensor tensor, boolean gradient) {
        if (tensor == source && gradient == sourceGradient) {
            return; // the same tensor as last step: its picture is drawn already
        }
        source = tensor;
        sourceGradient = gradient;
        pseudoClassStateChanged(COMPUTED, tensor != null);
        pseudoClassStateChanged(GRADIENT, tensor != null && gradient);
        picture.setVisible(tensor != null);
        placeholder.setVisible(tensor == null);
        if (tensor == null) {
            picture.setTensor(null);
            return;
        }
        Tensor shown = tensor.shape().vector() ? tensor : meanOfMaps(tensor);
        ColorScale scale = ColorScale.forValues(gradient, shown);
        picture.setColorScale(scale);
        picture.setRange(scale.rangeOf(shown));
        Shape s = shown.shape();
        int rows;
        int columns;
        if (s.vector()) {
            // Wrapped into a block about as wide as high: 120 -> 11 x 11, 10 -> 4 x 3.
            int wrap = Math.max(1, (int) Math.ceil(Math.sqrt(s.channels())));
            picture.setWrap(wrap);
            rows = Math.min(wrap, s.channels());
            columns = (s.channels() + wrap - 1) / wrap;
        } else {
            rows = s.height();
            columns = s.width();
        }
        picture.setCellSize(Math.max(1, PICTURE / Math.max(rows, columns)));
        picture.setTensor(shown);
    }

    /** A one-map tensor whose cells are the means over the maps; one map is itself. */
    static Tensor meanOfMaps(Tensor t) {
        Shape s = t.shape();
        if (s.channels() == 1) {
            return t;
        }
        int n = s.mapSize();
        double[] data = t.data();
        double[] mean = new double[n];
        for (int c = 0; c < s.channels(); c++) {
            for (int i = 0; i < n; i++) {
                mean[i] += data[c * n + i];
            }
        }
        for (int i = 0; i < n; i++) {
            mean[i] /= s.channels();
        }
        return Tensor.wrap(Shape.of(1, s.height(), s.width()), mean);
    }
}
