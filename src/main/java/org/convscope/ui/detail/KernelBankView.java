package org.convscope.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.controlsfx.control.SegmentedButton;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.convscope.ui.maps.ColorLegend;
import org.convscope.ui.maps.ColorScale;

/**
 * The kernels section of the convolution view: every filter of the layer as a tile (its number,
 * its channel slices side by side, its bias), all on one diverging scale with one legend, showing
 * the weights, their gradients dL/dw, or the change the last Apply update made. The quantity
 * follows the pass (weights forward, gradients backward, the change right after an update) and
 * the three buttons pick another while it is available. A click on a tile selects its filter's
 * feature map; the weight under the pointer is reported for the value line.
 *
 * <p>One canvas per filter: at most a few dozen nodes for any layer, never one per weight.
 */
final class KernelBankView extends VBox {
    private static final int GAP = 2; // between the channel slices of one kernel
    // A kernel of many channels (a deeper layer's 5 x 5 x 32) wraps, so a tile never outgrows the panel.
    private static final int SLICES_PER_ROW = 8;

    private final Label heading = new Label();
    private final Label title = new Label();
    private final Label showLabel = new Label();
    private final SegmentedButton quantities = new SegmentedButton();
    private final ColorLegend legend = new ColorLegend();
    private final Label explanation = new Label();
    private final Label hoverLine = new Label();
    private final FlowPane tiles = new FlowPane();
    private final List<Tile> tileViews = new ArrayList<>();

    private KernelBank bank;
    private KernelBank.Quantity quantity = KernelBank.Quantity.WEIGHTS;
    private int cell = 6;
    private int selectedFilter;
    private KernelBank.Weight hovered;
    private IntConsumer onSelectFilter = f -> { };
    private Consumer<KernelBank.Quantity> onQuantity = q -> { };
    // True while the buttons are set from code: their toggle events are not the user's choice.
    private boolean settingButtons;

    KernelBankView() {
        getStyleClass().add("kernel-bank");
        setId("kernel-bank");
        heading.getStyleClass().add("kernel-bank-heading");
        heading.setId("kernel-bank-heading");
        wrapping(heading);
        title.getStyleClass().add("kernel-bank-title");
        title.setId("kernel-bank-title");
        wrapping(title);
        showLabel.getStyleClass().add("caption");
        for (KernelBank.Quantity q : KernelBank.Quantity.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("kernel-bank-" + q.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(q);
            // Left and Right step the pass everywhere in the window: buttons never keep the keyboard.
            button.setFocusTraversable(false);
            quantities.getButtons().add(button);
        }
        quantities.getToggleGroup().selectedToggleProperty().addListener((o, old, toggle) -> {
            if (settingButtons) {
                return;
            }
            if (toggle == null) {
                // A click on the selected button would leave none selected: keep it selected.
                settingButtons = true;
                old.setSelected(true);
                settingButtons = false;
                return;
            }
            onQuantity.accept((KernelBank.Quantity) toggle.getUserData());
        });
        HBox header = new HBox(showLabel, quantities);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("kernel-bank-header");
        legend.setId("kernel-bank-legend");
        legend.setColorScale(ColorScale.DIVERGING);
        legend.setMaxWidth(360);
        explanation.setId("kernel-bank-explanation");
        explanation.getStyleClass().add("explanation");
        wrapping(explanation);
        tiles.getStyleClass().add("kernel-tiles");
        tiles.setId("kernel-tiles");
        // Its own value line, next to the kernels: the view's line at the top is scrolled away here.
        // One line high whatever it says, so the tiles never move under the pointer.
        hoverLine.setId("kernel-bank-hover");
        hoverLine.getStyleClass().add("hover-value");
        hoverLine.setWrapText(false);
        hoverLine.setMinWidth(0);
        hoverLine.setPrefWidth(0);
        hoverLine.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(heading, title, header, explanation, legend, hoverLine, tiles);
    }

    private static void wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
    }

    /** Called with the filter of a clicked tile. */
    void setOnSelectFilter(IntConsumer onSelectFilter) {
        this.onSelectFilter = onSelectFilter;
    }

    /** Called when the student picks another quantity with the buttons. */
    void setOnQuantity(Consumer<KernelBank.Quantity> onQuantity) {
        this.onQuantity = onQuantity;
    }

    /**
     * Draws {@code shown} with {@code pixels} per weight, the tile of {@code selected} outlined;
     * the buttons of the quantities not available are disabled.
     */
    void show(KernelBank shown, boolean gradientsAvailable, boolean changeAvailable, int pixels, int selected) {
        this.bank = shown;
        this.quantity = shown.quantity();
        this.cell = pixels;
        this.selectedFilter = selected;
        settingButtons = true;
        for (var toggle : quantities.getButtons()) {
            KernelBank.Quantity q = (KernelBank.Quantity) toggle.getUserData();
            toggle.setDisable(q == KernelBank.Quantity.GRADIENTS && !gradientsAvailable
                    || q == KernelBank.Quantity.CHANGE && !changeAvailable);
            toggle.setSelected(q == quantity);
        }
        settingButtons = false;
        legend.setRange(shown.range());
        // Tiles are made once and kept, hidden when a layer has fewer filters: new nodes cost more
        // to style than to draw.
        while (tileViews.size() < shown.filters()) {
            Tile tile = new Tile(tileViews.size());
            tileViews.add(tile);
            tiles.getChildren().add(tile);
        }
        for (Tile tile : tileViews) {
            boolean used = tile.filter < shown.filters();
            tile.setVisible(used);
            tile.setManaged(used);
            if (used) {
                tile.draw();
            }
        }
    }

    /**
     * Every text of the section in the current language.
     *
     * @param headingText the section's heading ("All 16 kernels of conv2")
     * @param titleText   the line under it (parameters, weight sharing), made by the caller who
     *                    knows the layer's shapes
     * @param learningRate the last update's learning rate, for the change's explanation
     */
    void refreshTexts(String headingText, String titleText, double learningRate) {
        if (bank == null) {
            return;
        }
        heading.setText(headingText);
        title.setText(titleText);
        showLabel.setText(Messages.get("kernels.show"));
        for (var toggle : quantities.getButtons()) {
            toggle.setText(Messages.get("kernels.quantity." + ((KernelBank.Quantity) toggle.getUserData()).name()));
        }
        legend.setCaption(Messages.get("kernels.range." + quantity.name()));
        KernelBank.Weight largest = bank.largest();
        explanation.setText(Messages.get("kernels.explain." + quantity.name(), NumberText.full(learningRate),
                largest.filter() + 1, largest.channel() + 1, largest.row() + 1, largest.col() + 1,
                NumberText.sig3(largest.value())));
        for (Tile tile : tileViews.subList(0, bank.filters())) {
            tile.writeBias();
        }
        showHover(hovered);
    }

    private void showHover(KernelBank.Weight pointed) {
        // Looked up again in the bank shown: a step or another quantity changes the value under the pointer.
        KernelBank.Weight w = pointed == null || pointed.filter() >= bank.filters() || pointed.channel() >= bank.channels()
                || pointed.row() >= bank.kernel() || pointed.col() >= bank.kernel() ? null
                : bank.weight(pointed.filter(), pointed.channel(), pointed.row(), pointed.col());
        hovered = w;
        hoverLine.setText(w == null ? Messages.get("kernels.hover.idle")
                : Messages.get("kernels.hover." + quantity.name(), w.filter() + 1, w.channel() + 1, w.row() + 1,
                        w.col() + 1, NumberText.full(w.value())));
    }

    /** The weight under the pointer's canvas position in {@code filter}'s tile, or null between slices. */
    private KernelBank.Weight weightAt(int filter, double x, double y) {
        int side = bank.kernel() * cell;
        int column = (int) Math.floor(x / (side + GAP));
        int row = (int) Math.floor(y / (side + GAP));
        int channel = row * slicesPerRow() + column;
        double lx = x - column * (side + GAP);
        double ly = y - row * (side + GAP);
        if (column < 0 || column >= slicesPerRow() || row < 0 || channel >= bank.channels()
                || lx >= side || ly >= side) {
            return null;
        }
        return bank.weight(filter, channel, (int) (ly / cell), (int) (lx / cell));
    }

    /** Slices side by side in a tile: all of them, up to {@value #SLICES_PER_ROW}; more wrap to the next row. */
    private int slicesPerRow() {
        return Math.min(bank.channels(), SLICES_PER_ROW);
    }

    /** One filter: its number and bias over its channel slices in a row. */
    private final class Tile extends VBox {
        private final int filter;
        private final Label number = new Label();
        private final Canvas canvas = new Canvas();
        private final Label bias = new Label();

        Tile(int filter) {
            this.filter = filter;
            getStyleClass().add("kernel-tile");
            number.getStyleClass().add("kernel-number");
            number.setText(Integer.toString(filter + 1));
            bias.getStyleClass().add("kernel-bias");
            HBox heading = new HBox(number, bias);
            heading.getStyleClass().add("kernel-heading");
            heading.setAlignment(Pos.BASELINE_LEFT);
            getChildren().addAll(heading, canvas);
            canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> showHover(weightAt(filter, e.getX(), e.getY())));
            canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> showHover(null));
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> onSelectFilter.accept(filter));
        }

        void draw() {
            int k = bank.kernel();
            int side = k * cell;
            int channels = bank.channels();
            int perRow = slicesPerRow();
            int rows = (channels + perRow - 1) / perRow;
            canvas.setWidth(perRow * side + (perRow - 1) * GAP);
            canvas.setHeight(rows * side + (rows - 1) * GAP);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            for (int c = 0; c < channels; c++) {
                double x0 = (c % perRow) * (side + GAP);
                double y0 = (c / perRow) * (side + GAP);
                for (int r = 0; r < k; r++) {
                    for (int col = 0; col < k; col++) {
                        ColorScale.DIVERGING.fill(g, bank.value(filter, c, r, col), bank.range(),
                                x0 + col * cell, y0 + r * cell, cell, cell);
                    }
                }
                // A thin frame: a slice of near-zero values is white and would vanish into the page.
                g.setStroke(Color.web("#9a9a9a"));
                g.setLineWidth(1);
                g.strokeRect(x0 + 0.5, y0 + 0.5, side - 1, side - 1);
            }
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), filter == selectedFilter);
        }

        void writeBias() {
            bias.setText(Messages.get("kernels.bias." + quantity.name(), NumberText.sig3(bank.bias(filter))));
        }
    }
}
