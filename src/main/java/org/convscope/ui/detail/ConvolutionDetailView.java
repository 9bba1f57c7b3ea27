package org.convscope.ui.detail;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.Conv2D;
import org.convscope.ui.MathText;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.convscope.ui.maps.ColorLegend;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.MapCell;
import org.convscope.ui.maps.ValueRange;
import org.convscope.ui.stepper.UpdateOutcome;

/**
 * The detail view of a convolution layer (issue 5): the input channels with their zero padding
 * and the orange kernel window at the current output cell, the selected output map with that cell
 * outlined, and the cell's calculation with the real numbers: each channel's partial sum of k x k
 * products, plus the bias, equals the output. The window slides cell by cell with a slider, plays
 * with Play at the chosen speed, and jumps to the output cell under the pointer. Under the maps:
 * the filter's kernel (every channel's slice) on the diverging scale, the products of one channel,
 * the output-size formula with this layer's numbers, and a short explanation.
 *
 * <p>On a backward step the output map shows dL/dOutput; a click on a kernel weight writes its
 * gradient dL/dw as the sum over every output position of dL/dOutput x input, tints the input
 * cells the weight met, and shows dL/dInput of the weight's channel.
 *
 * <p>Every number comes from {@link ConvolutionArithmetic}, recomputed from the layer's trace.
 * Maps are canvases or {@link FeatureMapView}s (no node per cell); the work per step is a few
 * thousand multiplications on the FX thread, far below a frame.
 */
public final class ConvolutionDetailView implements LayerDetailView {
    // One channel (conv1's padded 32 x 32) at 8 px; many channels (conv2's six 14 x 14) at 6 px,
    // so that all of them fit beside the formula at 1280 px. Presenter mode scrolls instead.
    private static final int SINGLE_CHANNEL_CELL = 8;
    private static final int MULTI_CHANNEL_CELL = 6;
    // The output map beside the input: about 130 px, never under 6 px a cell (CSS raises it to 8
    // in presenter mode), so the formula beside it keeps room for one line per channel.
    private static final int OUTPUT_SIDE = 130;
    // Beside the formula there is room for the output map at the input's scale or larger: about 224 px.
    private static final int OUTPUT_SIDE_BESIDE = 224;
    // conv2's 10 x 10 map needs no more than 16 px a cell: the formula beside it keeps the width.
    private static final int LARGEST_OUTPUT_CELL = 16;
    private static final double CHANNEL_LINE_PITCH_EMS = 1.3;
    // The formula column's least width beside a large output map, in ems of the formula's lines:
    // room for "channel 1: sum of 25 products = 1.88" and the larger "+ b (−1.97e−4) = 1.87".
    private static final double FORMULA_COLUMN_EMS = 20;
    private static final int KERNEL_SLICE_SIDE = 60;
    private static final int THUMBNAIL_SIDE = 36;
    // Every kernel of the layer at once: conv1's six 5 x 5 kernels at 8 px, conv2's sixteen
    // 5 x 5 x 6 at 5 px, two tiles to a row at 1280 px. Presenter mode raises both to 8 px.
    private static final int BANK_SINGLE_CHANNEL_CELL = 8;
    private static final int BANK_MULTI_CHANNEL_CELL = 5;
    private static final double DEFAULT_SPEED = 4; // cells a second: slow enough to read the window move
    private static final int TERMS_WRITTEN = 3; // dL/dw terms written out before "..."

    private final LayerDetailViewModel model;
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> advance()));

    private final Button play = new Button();
    private final Slider positionSlider = new Slider(0, 1, 0);
    private final Label speedLabel = new Label();
    private final Label slideLabel = new Label();
    private final Slider speed = new Slider(1, 20, DEFAULT_SPEED);

    private final Label inputCaption = caption("input-caption");
    private final PaddedInputView inputView = new PaddedInputView();
    private final ColorLegend inputLegend = new ColorLegend();
    private final Label outputCaption = caption("output-caption");
    private final FeatureMapView outputMap = new FeatureMapView();
    private final Rectangle currentCell = new Rectangle();
    private final ColorLegend outputLegend = new ColorLegend();

    private final Label cellTitle = formulaLine("conv-cell");
    private final VBox channelLines = new VBox();
    private final Label resultLine = formulaLine("conv-result");
    private final Label exactLine = formulaLine("conv-exact");
    private final Label gradCell = formulaLine("conv-grad-cell");
    private final Label weightTitle = formulaLine("conv-weight");
    private final Label gradSum = formulaLine("conv-grad-sum");
    private final Label gradTerms = formulaLine("conv-grad-terms");
    private final Label gradResult = formulaLine("conv-grad-result");
    private final Label gradExact = formulaLine("conv-grad-exact");
    // How many terms the sum has and how many lie on the padding: under the kernel, so that the
    // kernel a student clicks stays in sight beside a long dL/dw in presenter mode.
    private final Label gradNote = caption("grad-note");
    private final VBox forwardFormula = new VBox(cellTitle, channelLines, resultLine, exactLine);
    private final VBox backwardFormula = new VBox(gradCell, weightTitle, gradSum, gradTerms, gradResult, gradExact);
    private final Label hover = new Label();

    private final Label kernelCaption = caption("kernel-caption");
    private final KernelSlicesView kernels = new KernelSlicesView();
    private final ColorLegend kernelLegend = new ColorLegend();
    private final Label productsCaption = caption("products-caption");
    private final GridPane products = new GridPane();
    private final VBox productsBox = new VBox(productsCaption, products);
    private final Label gradInputCaption = caption("grad-input-caption");
    private final FeatureMapView gradInputMap = new FeatureMapView();
    private final ColorLegend gradInputLegend = new ColorLegend();
    private final VBox gradInputBox = new VBox(gradInputCaption, gradInputMap, gradInputLegend);
    private final Label sizeLine = new Label();
    private final Label explanation = new Label();
    private final Label filtersTitle = caption("filters-title");
    private final MapThumbnails filters;
    private final KernelBankView kernelBank = new KernelBankView();
    private final VBox root;
    private final VBox inputBox = new VBox(inputCaption, inputView, inputLegend);
    private VBox outputBox;
    private VBox kernelBox;
    // The formula, then either the kernel (the output map beside) or the output map and the kernel.
    private final VBox formulaColumn = new VBox();
    private final FlowPane outputAndKernel = new FlowPane();
    private HBox mapsRow;
    private boolean outputBeside;
    private int inputCell = SINGLE_CHANNEL_CELL;
    private ValueRange kernelRange;

    private final InvalidationListener localeChanged = o -> refreshTexts();
    private final InvalidationListener minCellChanged = o -> redraw();
    private final ChangeListener<MapCell> outputHovered = (o, old, cell) -> outputHover(cell);
    private final ChangeListener<MapCell> gradInputHovered = (o, old, cell) -> showHover(cell == null ? null
            : Messages.get("detail.hover.map", Messages.get("detail.kind.GRAD_INPUT"), cell.channel() + 1,
                    cell.row() + 1, cell.col() + 1, NumberText.full(cell.value())));

    private LayerDetail shown;
    private ConvolutionArithmetic conv;
    private int shownLayer = -1;
    private int productsChannel;
    private int weightChannel;
    private int weightRow;
    private int weightCol;
    private KernelBank.Quantity bankQuantity = KernelBank.Quantity.WEIGHTS;
    // What the bank's quantity was last chosen for: the layer, the direction and the update. While
    // it stays the same the student's choice stands; when it changes the quantity follows the pass.
    private List<Object> bankContext;
    // True while the value line shows its hint rather than a value: a language switch rewrites the hint.
    private boolean idleHover = true;
    // True while show() swaps the maps: a slider clamped to the new layer must not move the window yet.
    private boolean showing;

    public ConvolutionDetailView(LayerDetailViewModel model) {
        this.model = model;
        filters = new MapThumbnails(model::selectMap);
        // The value line sits above the maps, one line high whatever it says: a line that grew or
        // shrank would move the maps under the pointer and so jump the window to another cell.
        root = new VBox(controlsRow(), hover, mapsRow(), secondRow(), sizeLine, explanation, filtersBox(), kernelBank);
        root.getStyleClass().add("convolution-detail-view");
        root.getStylesheets().add(ConvolutionDetailView.class.getResource("convolution-detail-view.css").toExternalForm());
        hover.setId("conv-hover");
        hover.getStyleClass().add("hover-value");
        hover.setWrapText(false);
        hover.setMinWidth(0);
        hover.setPrefWidth(0);
        hover.setMaxWidth(Double.MAX_VALUE);
        sizeLine.setId("conv-size");
        sizeLine.getStyleClass().add("size-formula");
        wrapping(sizeLine);
        explanation.setId("conv-explanation");
        explanation.getStyleClass().add("explanation");
        wrapping(explanation);
        position.addListener(o -> showPosition());
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.rateProperty().bind(speed.valueProperty());
        Messages.localeProperty().addListener(localeChanged);
        outputMap.minCellSizeProperty().addListener(minCellChanged);
        kernelBank.setOnSelectFilter(model::selectMap);
        kernelBank.setOnQuantity(q -> {
            bankQuantity = q;
            showBank();
            refreshTexts();
        });
    }

    private HBox controlsRow() {
        play.setId("conv-play");
        play.textProperty().bind(Messages.binding(() -> Messages.get(playing.get() ? "main.pause" : "main.play"), playing));
        play.setOnAction(e -> togglePlay());
        positionSlider.setId("conv-position");
        positionSlider.setMajorTickUnit(1);
        positionSlider.setMinorTickCount(0);
        positionSlider.setSnapToTicks(true);
        positionSlider.setBlockIncrement(1);
        HBox.setHgrow(positionSlider, Priority.ALWAYS);
        positionSlider.valueProperty().addListener((o, old, v) -> position.set((int) Math.round(v.doubleValue())));
        speed.setId("conv-speed");
        speed.setPrefWidth(80);
        speedLabel.textProperty().bind(Messages.bind("main.speed"));
        // Left and Right step the pass, as everywhere in the window: these controls never keep the keyboard.
        for (Node n : List.of(play, positionSlider, speed)) {
            n.setFocusTraversable(false);
        }
        slideLabel.textProperty().bind(Messages.bind("conv.slide"));
        HBox row = new HBox(play, slideLabel, positionSlider, speedLabel, speed);
        row.getStyleClass().add("controls-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox mapsRow() {
        inputView.setId("conv-input");
        inputView.setOnHover(this::inputHover);
        inputBox.getStyleClass().add("map-box");
        inputLegend.setMaxWidth(Double.MAX_VALUE);
        inputLegend.setPrefWidth(0);
        wrapping(inputCaption);

        outputMap.getStyleClass().add("large-map");
        outputMap.setId("conv-output-map");
        outputMap.setValueTooltip(false); // the value line says it, without covering the map
        outputMap.hoveredCellProperty().addListener(outputHovered);
        currentCell.getStyleClass().add("current-cell");
        currentCell.setManaged(false);
        currentCell.setMouseTransparent(true);
        Pane outputPane = new Pane(outputMap, currentCell) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                placeCurrentCell();
            }
        };
        // Never squeezed below the map: the formula beside it wraps instead.
        outputPane.setMinWidth(Region.USE_PREF_SIZE);
        outputPane.setMaxWidth(Region.USE_PREF_SIZE);
        outputBox = new VBox(outputCaption, outputPane, outputLegend);
        outputBox.getStyleClass().add("map-box");
        outputLegend.setMaxWidth(Double.MAX_VALUE);
        outputLegend.setPrefWidth(0);
        wrapping(outputCaption);
        // Captions as wide as their maps, wrapping: the map sets the column's width, never its caption.
        for (Label caption : List.of(inputCaption, outputCaption)) {
            caption.setPrefWidth(0);
            caption.setMaxWidth(Double.MAX_VALUE);
        }

        channelLines.getStyleClass().add("channel-lines");
        resultLine.getStyleClass().add("result");
        gradResult.getStyleClass().add("result");
        exactLine.getStyleClass().add("exact");
        gradExact.getStyleClass().add("exact");
        gradNote.setId("conv-grad-note");
        wrapping(gradNote);
        gradNote.setPrefWidth(0);
        gradNote.setMaxWidth(Double.MAX_VALUE);
        cellTitle.getStyleClass().add("formula-title");
        gradCell.getStyleClass().add("formula-title");
        forwardFormula.getStyleClass().add("formula");
        backwardFormula.getStyleClass().add("formula");
        kernelBox = kernelBox();
        outputAndKernel.getStyleClass().add("output-and-kernel");
        formulaColumn.getStyleClass().add("formula-column");
        formulaColumn.setMinWidth(0);
        HBox.setHgrow(formulaColumn, Priority.ALWAYS);
        // Arranged in its own layout, with the width it is given: a change of the children from a
        // listener could come in the middle of a CSS pass (presenter mode's cell size redraws).
        mapsRow = new HBox(inputBox, formulaColumn) {
            @Override
            protected void layoutChildren() {
                arrangeMaps();
                tightenChannelLines();
                super.layoutChildren();
            }
        };
        mapsRow.getStyleClass().add("maps-row");
        arrangeMaps();
        return mapsRow;
    }

    /**
     * Puts the output map where the width allows. Wide (the focus layout gives the panel three
     * quarters of a 1280 px window): input, formula with the kernel under it, and the output map
     * beside them, drawn large, so input, window, formula, output and kernel are all in view
     * without scrolling, in presenter mode too. Narrow (the draw pad kept beside the panel): the
     * output map and the kernel go under the formula, which keeps its room for one line per channel.
     */
    private void arrangeMaps() {
        boolean wide = mapsRow.getWidth() <= 0 || mapsRow.getWidth() >= widthForThreeColumns();
        if (!mapsRow.getChildren().isEmpty() && wide == outputBeside) {
            return;
        }
        outputBeside = wide;
        if (wide) {
            outputAndKernel.getChildren().clear();
            formulaColumn.getChildren().setAll(forwardFormula, backwardFormula, kernelBox, gradNote);
            mapsRow.getChildren().setAll(inputBox, formulaColumn, outputBox);
        } else {
            mapsRow.getChildren().setAll(inputBox, formulaColumn);
            outputAndKernel.getChildren().setAll(outputBox, kernelBox);
            formulaColumn.getChildren().setAll(forwardFormula, backwardFormula, outputAndKernel, gradNote);
        }
        sizeOutputMap();
        showKernel();
    }

    /**
     * The channel lines a line pitch of 1.3 em apart, whatever the font: the Chinese font's lines
     * are half as tall again as the Latin one's, and conv2's six lines would push the kernel below
     * a 720 px screen in presenter mode. Never further apart than the font's own lines.
     */
    private void tightenChannelLines() {
        if (channelLines.getChildren().isEmpty()) {
            return;
        }
        Label first = (Label) channelLines.getChildren().get(0);
        double spacing = Math.min(0, CHANNEL_LINE_PITCH_EMS * first.getFont().getSize() - first.prefHeight(-1));
        if (spacing != channelLines.getSpacing()) {
            channelLines.setSpacing(spacing);
        }
    }

    /** The row's width that holds the input, a formula column of about 22 em and the large output map. */
    private double widthForThreeColumns() {
        if (conv == null) {
            return 0;
        }
        double formula = FORMULA_COLUMN_EMS * cellTitle.getFont().getSize();
        return inputBox.prefWidth(-1) + formula + conv.outputShape().width() * outputCell(true)
                + 2 * mapsRow.getSpacing();
    }

    /**
     * The shown filter's slices: under the formula all in one row (a second row would push them
     * below a 720 px screen in presenter mode, under conv2's six channel lines); beside the output
     * map three to a row. Smaller when there are several.
     */
    private void showKernel() {
        if (conv == null || shown == null) {
            return;
        }
        int channels = conv.inputShape().channels();
        int kernelSide = channels == 1 ? KERNEL_SLICE_SIDE : KERNEL_SLICE_SIDE * 5 / 6;
        kernels.setKernel(conv, shown.map(), Math.max(MULTI_CHANNEL_CELL, kernelSide / conv.kernel()),
                outputBeside ? channels : Math.min(channels, 3), kernelRange);
    }

    private void sizeOutputMap() {
        if (conv != null) {
            outputMap.setCellSize(outputCell(outputBeside));
        }
    }

    /** Pixels a cell of the output map: as large as the input's beside the formula, smaller under it. */
    private int outputCell(boolean beside) {
        Shape out = conv.outputShape();
        int side = Math.max(out.height(), out.width());
        return beside ? Math.max(inputCell, Math.min(OUTPUT_SIDE_BESIDE / side, LARGEST_OUTPUT_CELL))
                : Math.max(MULTI_CHANNEL_CELL, OUTPUT_SIDE / side);
    }

    private VBox kernelBox() {
        kernels.setOnHover(this::kernelHover);
        kernels.setOnClick(w -> selectWeight(w.channel(), w.row(), w.col()));
        kernels.setId("conv-kernels");
        kernels.setMaxWidth(Region.USE_PREF_SIZE); // as wide as its slices, so a click beside them picks nothing
        VBox kernelBox = new VBox(kernelCaption, kernels, kernelLegend);
        kernelBox.getStyleClass().addAll("map-box", "kernel-box");
        kernelLegend.setMaxWidth(Double.MAX_VALUE);
        kernelLegend.setPrefWidth(0);
        wrapping(kernelCaption);
        kernelCaption.setPrefWidth(0);
        kernelCaption.setMaxWidth(Double.MAX_VALUE);
        // Room for the legend's numbers beside a single 5 x 5 slice, and for the caption in a few
        // lines (CSS widens it in presenter mode).
        kernelBox.setMinWidth(120);
        kernelBox.setPrefWidth(140);
        return kernelBox;
    }

    private HBox secondRow() {
        products.getStyleClass().add("products");
        products.setId("conv-products");
        productsBox.getStyleClass().add("map-box");
        wrapping(productsCaption);
        productsCaption.setMaxWidth(240);
        gradInputMap.setId("conv-grad-input");
        gradInputMap.getStyleClass().add("large-map");
        gradInputMap.setValueTooltip(false);
        gradInputMap.hoveredCellProperty().addListener(gradInputHovered);
        gradInputBox.getStyleClass().add("map-box");
        gradInputLegend.setMaxWidth(Double.MAX_VALUE);
        gradInputLegend.setPrefWidth(0);
        gradInputLegend.setMinWidth(140);
        wrapping(gradInputCaption);
        gradInputCaption.setMaxWidth(240);
        HBox row = new HBox(productsBox, gradInputBox);
        row.getStyleClass().add("second-row");
        return row;
    }

    private VBox filtersBox() {
        filters.getStyleClass().add("thumbnails");
        filters.setId("conv-filters");
        filters.setPrefWrapLength(8 * (THUMBNAIL_SIDE + 8));
        VBox box = new VBox(filtersTitle, filters);
        box.getStyleClass().add("thumbnail-box");
        return box;
    }

    private static Label caption(String styleClass) {
        Label label = new Label();
        label.getStyleClass().addAll("caption", styleClass);
        return label;
    }

    /**
     * A line of the formula, as wide as the column the maps leave, so a long line never widens the
     * panel. It does not wrap (CSS, except in presenter mode): the maps are under the formula, and
     * a line wrapping when a number grows longer would move them under the pointer.
     */
    private static Label formulaLine(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("formula-line");
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMinWidth(0);
        label.setPrefWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static void wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    public Node node() {
        return root;
    }

    // ---- showing a snapshot ----

    /** Draws the shown snapshot again, at the cell sizes in force now. */
    private void redraw() {
        // Not when the pass has moved away from the layer shown (reset while presenter mode
        // changed the cell size): the panel hands this view a new snapshot when it shows it again.
        LayerTrace trace = shown == null ? null : model.layerTrace(shown);
        if (trace != null && trace.output() != null) {
            show(shown);
        }
    }

    @Override
    public void show(LayerDetail detail) {
        Layer layer = model.layer(detail);
        LayerTrace trace = model.layerTrace(detail);
        // The window stays put while the maps change under it, and moves once at the end.
        showing = true;
        shown = detail;
        conv = ConvolutionArithmetic.of(trace, (Conv2D.Spec) layer.spec());
        int start = Math.min(position.get(), conv.positions() - 1);
        if (detail.layerIndex() != shownLayer) {
            // Another convolution: start at its map's strongest cell, with the first channel's
            // products and the centre weight of the first slice (a weight whose receptive
            // positions lie on the image itself, not on the padding).
            shownLayer = detail.layerIndex();
            stop();
            productsChannel = 0;
            weightChannel = 0;
            weightRow = conv.kernel() / 2;
            weightCol = conv.kernel() / 2;
            start = strongestCell(detail.panels().get(0));
        }
        positionSlider.setMax(Math.max(1, conv.positions() - 1));
        positionSlider.setDisable(conv.positions() < 2);
        int channels = conv.inputShape().channels();
        ColorScale inputScale = detail.layerIndex() == 0 ? ColorScale.GREY
                : ColorScale.forValues(false, conv.input());
        ValueRange inputRange = inputScale.rangeOf(conv.input());
        // Presenter mode raises the maps' smallest cell (CSS -cs-min-cell-size, 8 px): the input follows.
        inputCell = Math.max(channels == 1 ? SINGLE_CHANNEL_CELL : MULTI_CHANNEL_CELL, outputMap.getMinCellSize());
        inputView.setInput(conv, inputCell, (channels + 1) / 2, inputScale, inputRange);
        inputLegend.setColorScale(inputScale);
        inputLegend.setRange(inputRange);

        DetailPanel main = detail.panels().get(0);
        sizeOutputMap();
        mapsRow.requestLayout(); // another layer may need the other arrangement
        outputMap.setColorScale(main.scale());
        outputMap.setRange(main.range());
        outputMap.setTensor(main.tensor());
        outputMap.setChannel(main.map());
        outputLegend.setColorScale(main.scale());
        outputLegend.setRange(main.range());

        ValueRange kernelRange = ValueRange.of(conv.kernelSlice(detail.map(), 0));
        for (int c = 1; c < channels; c++) {
            kernelRange = kernelRange.union(ValueRange.of(conv.kernelSlice(detail.map(), c)));
        }
        kernelRange = ColorScale.DIVERGING.rangeFor(kernelRange);
        this.kernelRange = kernelRange;
        showKernel();
        kernelLegend.setColorScale(ColorScale.DIVERGING);
        kernelLegend.setRange(kernelRange);
        buildProducts(conv.kernel());

        boolean backward = detail.gradients() && conv.hasGradients();
        forwardFormula.setVisible(!backward);
        forwardFormula.setManaged(!backward);
        backwardFormula.setVisible(backward);
        backwardFormula.setManaged(backward);
        gradNote.setVisible(backward);
        gradNote.setManaged(backward);
        productsBox.setVisible(!backward);
        productsBox.setManaged(!backward);
        DetailPanel gradInput = backward && detail.panels().size() > 1 ? detail.panels().get(1) : null;
        gradInputBox.setVisible(gradInput != null);
        gradInputBox.setManaged(gradInput != null);
        if (gradInput != null) {
            Shape in = gradInput.tensor().shape();
            gradInputMap.setCellSize(Math.max(MULTI_CHANNEL_CELL, 150 / Math.max(in.height(), in.width())));
            gradInputMap.setColorScale(gradInput.scale());
            gradInputMap.setRange(gradInput.range());
            gradInputMap.setTensor(gradInput.tensor());
            gradInputMap.setChannel(gradInput.map());
            gradInputLegend.setColorScale(gradInput.scale());
            gradInputLegend.setRange(gradInput.range());
        }
        kernels.setSelected(backward ? weightChannel : -1, weightRow, weightCol);
        showFilters(detail, main);
        chooseBankQuantity(detail, trace);
        showBank();
        showing = false;
        position.set(start);
        showPosition();
    }

    /**
     * The position of the shown map's largest value by size: where the window starts, so the
     * first formula the class reads has numbers that matter rather than a corner of zeros.
     */
    private static int strongestCell(DetailPanel panel) {
        Tensor tensor = panel.tensor();
        int size = tensor.shape().mapSize();
        int best = 0;
        for (int i = 1; i < size; i++) {
            if (Math.abs(tensor.get(panel.map() * size + i)) > Math.abs(tensor.get(panel.map() * size + best))) {
                best = i;
            }
        }
        return best;
    }

    private void buildProducts(int k) {
        if (products.getChildren().size() == k * k) {
            return;
        }
        products.getChildren().clear();
        for (int i = 0; i < k * k; i++) {
            Label product = new Label();
            product.getStyleClass().add("product");
            products.add(product, i % k, i / k);
        }
    }

    private void showFilters(LayerDetail detail, DetailPanel main) {
        filters.show(main.tensor(), detail.map(), THUMBNAIL_SIDE, main.scale(), main.range());
    }

    /** The parameters {@code detail}'s layer had before the last Apply update, or null if none was applied. */
    private List<Tensor> parametersBeforeUpdate(LayerDetail detail) {
        UpdateOutcome update = model.getLastUpdate();
        return update == null ? null : update.parametersBefore(detail.layerIndex());
    }

    /**
     * The quantity the kernels show: on another layer, step direction or update it follows the
     * pass (gradients backward, the change right after an update, else the weights); otherwise the
     * one the student picked stays, while it is available.
     */
    private void chooseBankQuantity(LayerDetail detail, LayerTrace trace) {
        List<Tensor> before = parametersBeforeUpdate(detail);
        boolean backward = detail.gradients() && KernelBank.available(trace, before, KernelBank.Quantity.GRADIENTS);
        List<Object> context = java.util.Arrays.asList(detail.layerIndex(), backward, model.getLastUpdate());
        if (!context.equals(bankContext)) {
            bankContext = context;
            bankQuantity = backward ? KernelBank.Quantity.GRADIENTS
                    : before != null ? KernelBank.Quantity.CHANGE : KernelBank.Quantity.WEIGHTS;
        } else if (!KernelBank.available(trace, before, bankQuantity)) {
            bankQuantity = KernelBank.Quantity.WEIGHTS;
        }
    }

    private void showBank() {
        LayerTrace trace = model.layerTrace(shown);
        List<Tensor> before = parametersBeforeUpdate(shown);
        KernelBank bank = KernelBank.of(trace, before, bankQuantity);
        int pixels = Math.max(bank.channels() == 1 ? BANK_SINGLE_CHANNEL_CELL : BANK_MULTI_CHANNEL_CELL,
                outputMap.getMinCellSize());
        kernelBank.show(bank, KernelBank.available(trace, before, KernelBank.Quantity.GRADIENTS),
                KernelBank.available(trace, before, KernelBank.Quantity.CHANGE), pixels, shown.map());
    }

    /** Moves the window, the outline and the slider to {@link #position} and rewrites the formula. */
    private void showPosition() {
        if (conv == null || showing) {
            return;
        }
        int p = Math.max(0, Math.min(position.get(), conv.positions() - 1));
        positionSlider.setValue(p);
        ConvolutionArithmetic.Window window = conv.window(row(p), col(p));
        inputView.setWindow(window);
        boolean backward = shown.gradients() && conv.hasGradients();
        if (backward) {
            inputView.setReceptive(weightChannel, weightRow, weightCol, p);
        } else {
            inputView.setReceptive(-1, 0, 0, 0);
        }
        placeCurrentCell();
        refreshTexts();
    }

    private int row(int p) {
        return p / conv.outputShape().width();
    }

    private int col(int p) {
        return p % conv.outputShape().width();
    }

    private void placeCurrentCell() {
        if (conv == null) {
            return;
        }
        // As the map's skin will draw it at its size now (its own image is drawn later in this layout pass).
        int columns = Math.max(1, outputMap.columns());
        int rows = Math.max(1, outputMap.rows());
        double w = outputMap.getWidth() - outputMap.snappedLeftInset() - outputMap.snappedRightInset();
        double h = outputMap.getHeight() - outputMap.snappedTopInset() - outputMap.snappedBottomInset();
        int cell = Math.max(outputMap.getMinCellSize(), (int) Math.floor(Math.min(w / columns, h / rows)));
        int p = position.get();
        currentCell.setX(outputMap.getLayoutX() + outputMap.snappedLeftInset() + col(p) * cell);
        currentCell.setY(outputMap.getLayoutY() + outputMap.snappedTopInset() + row(p) * cell);
        currentCell.setWidth(cell);
        currentCell.setHeight(cell);
    }

    /** Every text that holds numbers, in the current language. */
    private void refreshTexts() {
        if (conv == null || shown == null) {
            return;
        }
        Shape in = conv.inputShape();
        Shape out = conv.outputShape();
        String inputShape = MathText.shape(in);
        inputCaption.setText(conv.padding() > 0
                ? Messages.get("conv.input", inputShape, conv.padding())
                : Messages.get("conv.input.noPadding", inputShape));
        DetailPanel main = shown.panels().get(0);
        outputCaption.setText(Messages.get("detail.caption.map", Messages.get("detail.kind." + main.kind().name()),
                main.map() + 1, main.mapCount()));
        outputLegend.setCaption(Messages.get("detail.range." + shown.scaleMode().name()));
        inputLegend.setCaption(Messages.get("conv.range.input"));
        kernelLegend.setCaption(Messages.get("conv.range.kernel"));
        gradInputLegend.setCaption(Messages.get("detail.range." + shown.scaleMode().name()));
        boolean backward = shown.gradients() && conv.hasGradients();
        // No bias here: the formula above adds it, and the kernels below list every filter's.
        String kernelText = Messages.get("conv.kernel", shown.map() + 1, conv.kernel(), conv.kernel(), in.channels());
        // Backward, the line above the maps already says to click a weight: the caption stays short,
        // so the kernel stays in sight under the longer dL/dw formula in presenter mode.
        kernelCaption.setText(kernelText);
        gradInputCaption.setText(Messages.get("conv.gradInput", weightChannel + 1));
        sizeLine.setText((out.height() == out.width() && in.height() == in.width()
                ? Messages.get("conv.size", in.width(), conv.padding(), conv.kernel(), conv.stride(), out.width())
                : Messages.get("conv.size.height", in.height(), conv.padding(), conv.kernel(), conv.stride(), out.height())
                        + "\n" + Messages.get("conv.size.width", in.width(), conv.padding(), conv.kernel(), conv.stride(),
                                out.width()))
                + "\n" + Messages.get("conv.size.legend"));
        explanation.setText(backward ? Messages.get("conv.explain.backward") : Messages.get("conv.explain.forward"));
        filtersTitle.setText(Messages.get("conv.filters"));
        int filters = out.channels();
        int k = conv.kernel();
        long parameters = (long) filters * k * k * in.channels() + filters;
        long fullyConnected = (long) in.size() * out.size();
        UpdateOutcome update = model.getLastUpdate();
        kernelBank.refreshTexts(Messages.get("kernels.heading", filters, shown.name()), Messages.get("kernels.title", filters, shown.name(), k, in.channels(),
                parameters, out.height(), out.width(), out.height() * out.width(),
                in.size(), out.size(), fullyConnected),
                update == null ? 0 : update.learningRate());
        if (idleHover) {
            showHover(null);
        }
        int p = position.get();
        if (backward) {
            writeWeightGradient(p);
        } else {
            writeCell(p);
        }
    }

    private void writeCell(int p) {
        ConvolutionArithmetic.OutputCell cell = conv.cell(shown.map(), row(p), col(p));
        cellTitle.setText(Messages.get("conv.cell", cell.row() + 1, cell.col() + 1));
        List<ConvolutionArithmetic.ChannelSum> sums = cell.channels();
        // Lines are kept once made, the unused ones hidden: conv1 and conv2 (1 and 6 channels)
        // take turns at every pass, and new labels cost more to style than to fill.
        while (channelLines.getChildren().size() < sums.size()) {
            channelLines.getChildren().add(formulaLine(null));
        }
        for (int c = 0; c < channelLines.getChildren().size(); c++) {
            Node line = channelLines.getChildren().get(c);
            line.setVisible(c < sums.size());
            line.setManaged(c < sums.size());
        }
        for (int c = 0; c < sums.size(); c++) {
            ConvolutionArithmetic.ChannelSum sum = sums.get(c);
            Label line = (Label) channelLines.getChildren().get(c);
            line.setText(Messages.get("conv.formula.channel", c + 1, sum.products().length, NumberText.sig3(sum.sum())));
            line.getStyleClass().remove("picked");
            if (c == productsChannel) {
                line.getStyleClass().add("picked");
            }
        }
        resultLine.setText(Messages.get("conv.formula.total", NumberText.sig3(cell.bias()), NumberText.sig3(cell.value())));
        exactLine.setText(Messages.get("conv.formula.exact", NumberText.full(cell.value())));

        int channel = Math.min(productsChannel, sums.size() - 1);
        ConvolutionArithmetic.ChannelSum picked = sums.get(channel);
        String productsText = Messages.get("conv.products", channel + 1, NumberText.sig3(picked.sum()));
        productsCaption.setText(sums.size() > 1 ? MathText.then(productsText, Messages.get("conv.products.pick")) : productsText);
        for (int i = 0; i < picked.products().length; i++) {
            ((Label) products.getChildren().get(i)).setText(NumberText.sig3(picked.products()[i]));
        }
    }

    private void writeWeightGradient(int p) {
        int filter = shown.map();
        gradCell.setText(Messages.get("conv.grad.cell", row(p) + 1, col(p) + 1,
                NumberText.sig3(conv.gradOutput(filter, row(p), col(p)))));
        ConvolutionArithmetic.WeightGradient g = conv.weightGradient(filter, weightChannel, weightRow, weightCol);
        weightTitle.setText(Messages.get("conv.grad.weight", weightChannel + 1, weightRow + 1, weightCol + 1,
                NumberText.sig3(conv.weight(filter, weightChannel, weightRow, weightCol))));
        gradSum.setText(Messages.get("conv.grad.sum", g.terms()));
        // The largest terms, in position order: most terms are 0 (blank input, or no gradient
        // there), and three zeros in a row would hide what makes the sum.
        List<Integer> largest = java.util.stream.IntStream.range(0, g.terms()).boxed()
                .sorted((a, b) -> Double.compare(Math.abs(g.gradOutputs()[b] * g.inputs()[b]),
                        Math.abs(g.gradOutputs()[a] * g.inputs()[a])))
                .limit(TERMS_WRITTEN).sorted().toList();
        StringBuilder terms = new StringBuilder();
        int previous = -1;
        for (int i : largest) {
            if (i != previous + 1) {
                terms.append(previous < 0 ? "\u2026 + " : " + \u2026 + "); // terms left out in between
            } else if (previous >= 0) {
                terms.append(" + ");
            }
            terms.append(factor(g.gradOutputs()[i])).append(" \u00d7 ").append(factor(g.inputs()[i]));
            previous = i;
        }
        if (previous < g.terms() - 1) {
            terms.append(" + \u2026");
        }
        gradTerms.setText(MathText.glue("= " + terms)); // the same in every language: nothing to translate
        gradNote.setText(Messages.get("conv.grad.note", g.terms(), g.paddingTerms()));
        gradResult.setText(Messages.get("conv.grad.result", NumberText.sig3(g.value())));
        gradExact.setText(Messages.get("conv.formula.exact", NumberText.full(g.value())));
    }

    /** A factor in a written product: negative numbers in brackets, as the UI guide writes them. */
    private static String factor(double v) {
        String text = NumberText.sig3(v);
        return text.startsWith("-") || text.startsWith("\u2212") ? "(" + text + ")" : text;
    }

    // ---- pointer and controls ----

    private void outputHover(MapCell cell) {
        if (cell == null) {
            showHover(null);
            return;
        }
        position.set(cell.row() * conv.outputShape().width() + cell.col());
        DetailPanel main = shown.panels().get(0);
        showHover(Messages.get("detail.hover.map", Messages.get("detail.kind." + main.kind().name()), main.map() + 1,
                cell.row() + 1, cell.col() + 1, NumberText.full(cell.value())));
    }

    private void inputHover(PaddedInputView.HoveredInput cell) {
        if (cell == null) {
            showHover(null);
            return;
        }
        if (cell.channel() != productsChannel) {
            // The products listed follow the channel the student points at.
            productsChannel = cell.channel();
            refreshTexts();
        }
        showHover(cell.padding() ? Messages.get("conv.hover.padding", cell.channel() + 1)
                : Messages.get("conv.hover.input", cell.channel() + 1, cell.y() + 1, cell.x() + 1,
                        NumberText.full(cell.value())));
    }

    private void kernelHover(KernelSlicesView.Weight w) {
        if (w == null) {
            showHover(null);
            return;
        }
        String text = Messages.get("conv.hover.weight", w.channel() + 1, w.row() + 1, w.col() + 1,
                NumberText.full(w.value()));
        if (shown.gradients() && conv.hasGradients()) {
            text += Messages.get("conv.hover.weight.grad",
                    NumberText.full(conv.weightGradient(shown.map(), w.channel(), w.row(), w.col()).value()));
        }
        showHover(text);
    }

    private void showHover(String text) {
        idleHover = text == null;
        boolean backward = shown != null && shown.gradients();
        hover.setText(text != null ? text
                : backward ? Messages.get("conv.hover.idle.backward") : Messages.get("conv.hover.idle"));
    }

    /** Picks kernel weight (row, col) of {@code channel}'s slice: its gradient, receptive positions and dL/dInput. */
    void selectWeight(int channel, int row, int col) {
        weightChannel = channel;
        weightRow = row;
        weightCol = col;
        kernels.setSelected(shown.gradients() && conv.hasGradients() ? channel : -1, row, col);
        // dL/dInput of the weight's own channel: where its gradient and the input it met live.
        model.selectInputMap(channel);
        showPosition();
    }

    private void togglePlay() {
        if (playing.get()) {
            stop();
        } else {
            if (position.get() >= conv.positions() - 1) {
                position.set(0);
            }
            playing.set(true);
            timeline.play();
        }
    }

    private void advance() {
        if (position.get() >= conv.positions() - 1) {
            stop();
        } else {
            position.set(position.get() + 1);
        }
    }

    private void stop() {
        timeline.stop();
        playing.set(false);
    }

    // ---- for tests ----

    /** The output cell the window is at, {row, col}. */
    int[] windowCell() {
        return new int[] {row(position.get()), col(position.get())};
    }

    ConvolutionArithmetic arithmetic() {
        return conv;
    }

    KernelBankView kernelBank() {
        return kernelBank;
    }

    KernelSlicesView kernels() {
        return kernels;
    }

    FeatureMapView outputMap() {
        return outputMap;
    }

    boolean isPlaying() {
        return playing.get();
    }

    IntegerProperty positionProperty() {
        return position;
    }

    @Override
    public void hide() {
        stop(); // the window does not slide on out of sight
        // Shown again, it starts afresh, as a new view would: at the strongest cell of what the
        // step shows then (on the way back, the strongest gradient, not the forward pass's cell).
        shownLayer = -1;
    }

    @Override
    public void dispose() {
        stop();
        timeline.rateProperty().unbind();
        Messages.localeProperty().removeListener(localeChanged);
        outputMap.minCellSizeProperty().removeListener(minCellChanged);
        outputMap.hoveredCellProperty().removeListener(outputHovered);
        gradInputMap.hoveredCellProperty().removeListener(gradInputHovered);
        play.textProperty().unbind();
        speedLabel.textProperty().unbind();
        slideLabel.textProperty().unbind();
    }
}
