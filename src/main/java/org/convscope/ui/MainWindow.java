package org.convscope.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Stepper;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import org.convscope.model.ModelMetadata;
import org.convscope.ui.detail.LayerDetailPane;
import org.convscope.ui.detail.LayerDetailViewModel;
import org.convscope.ui.detail.LayerDetailViews;
import org.convscope.ui.draw.DrawPad;
import org.convscope.ui.draw.DrawingPane;
import org.convscope.ui.draw.DrawingViewModel;
import org.convscope.ui.draw.FocusColumn;
import org.convscope.ui.draw.ProbabilityBars;
import org.convscope.ui.loss.SoftmaxExplanation;
import org.convscope.ui.loss.SoftmaxView;
import org.convscope.ui.maps.NetworkStrip;
import org.convscope.ui.maps.PassRow;
import org.convscope.ui.overview.LoadedModel;
import org.convscope.ui.overview.ModelLoadFailure;
import org.convscope.ui.overview.ModelOverviewView;
import org.convscope.ui.overview.ModelOverviewViewModel;
import org.convscope.ui.stepper.StepperViewModel;

/**
 * The window ConvScope opens with, titled "ConvScope": the main screen of the UI guide. Above, the
 * menus, the {@linkplain StepperToolBar stepper's toolbar} and the status line; on the left the
 * {@linkplain DrawingPane draw pad}; in the middle a "Network" tab with the {@linkplain NetworkStrip
 * network strip} above the selected layer's {@linkplain LayerDetailPane detail panel} and a "Model"
 * tab with the {@linkplain ModelOverviewView model overview}; on the right the
 * {@linkplain ProbabilityBars class probabilities}. Under the status line, across the whole width,
 * the {@linkplain PassRow pass row}: every layer at once. With the detail panel open at 1280 px or
 * less, or in presenter mode, the focus layout gives the panel the room ({@link FocusColumn}).
 *
 * <p>It wires the view models together: the loaded model's network goes to the drawing, the
 * stepper and the strip; the drawn digit is the stepper's input; the stepper's pass is what the strip
 * shows; an update of the weights reclassifies the drawing. Both view models run on the same
 * {@link BackgroundTasks} (the app's single worker), since they share the network's weights.
 * It turns menu commands into view-model calls and shows the dialogs; it holds no state of its own
 * beyond the folder of the last opened file.
 *
 * <p>Keys (on the scene, unless the focused control uses them itself): Right or Space next step,
 * Left previous, P play/pause, R reset, Ctrl+Z undo stroke, Delete clear the pad; F11 presenter
 * mode ({@link PresenterMode}); F, in the focus layout, the pad back or away again. View > Theme and presenter mode are held in {@link #appearance()}.
 */
public final class MainWindow {
    private static final PseudoClass STOPPED = PseudoClass.getPseudoClass("stopped");
    private static final String TITLE = "ConvScope"; // NOI18N: the product name
    // Fills a 1280x720 projector; on a large monitor takes most of it (more layers of the strip in
    // view) and leaves a margin of desktop around it.
    private static final double MIN_PREFERRED_WIDTH = 1280;
    private static final double MIN_PREFERRED_HEIGHT = 800;
    private static final double SHARE_OF_LARGE_SCREEN = 0.85;
    /** Exported views are twice their size on screen: sharp on slides and high-resolution projectors. */
    static final double EXPORT_SCALE = 2;
    private static final String LAYER_COLUMN_STYLE_CLASS = "layer-column"; // NOI18N: LayerColumn's CSS class
    /** At this width or less (a 720p projector), or in presenter mode, the open detail panel gets the focus layout. */
    static final double FOCUS_LAYOUT_MAX_WIDTH = 1280;

    private final Stage stage;
    private final ModelOverviewViewModel overview;
    private final DrawingViewModel drawing;
    private final StepperViewModel stepper;
    private final BackgroundTasks tasks;
    private final DrawingPane drawingPane;
    private final TabPane tabs;
    // Whether File > Export layer detail has a view to export: the panel is open on the Network tab.
    private BooleanBinding canExportLayerDetail;
    private final Appearance appearance = new Appearance();
    private final LayerDetailViews detailViews;
    private final PresenterMode presenterMode;
    private final PassRow passRow = new PassRow();
    private final FocusColumn focusColumn = new FocusColumn();
    // The teacher asked for the pad back while the focus layout would hide it (F, or the column's button).
    private final BooleanProperty padShown = new SimpleBooleanProperty(this, "padShown");
    private final DoubleProperty windowWidth = new SimpleDoubleProperty(this, "windowWidth", MIN_PREFERRED_WIDTH);
    // Whether the open panel would have the focus layout, unless the pad was asked back.
    private final BooleanBinding focusLayoutApplies = Bindings.createBooleanBinding(() -> appearance.isLayerDetail()
                    && (appearance.isPresenterMode() || windowWidth.get() <= FOCUS_LAYOUT_MAX_WIDTH),
            appearance.layerDetailProperty(), appearance.presenterModeProperty(), windowWidth);
    private final BooleanBinding focusLayout = focusLayoutApplies.and(padShown.not());
    private File lastDirectory;

    /**
     * @param stage    the window to fill
     * @param overview the model shown; its load failures become error dialogs
     * @param tasks    runs the engine work of the drawing and the stepper: the app's single worker
     *                 (they share the weights), same-thread in tests
     * @param quit     what File > Quit does ({@code Platform::exit} in the app)
     */
    public MainWindow(Stage stage, ModelOverviewViewModel overview, BackgroundTasks tasks, Runnable quit) {
        this(stage, overview, tasks, LayerDetailViews.standard(), quit);
    }

    /** With other detail views than the app's: tests of the generic maps view use it on any layer. */
    MainWindow(Stage stage, ModelOverviewViewModel overview, BackgroundTasks tasks, LayerDetailViews detailViews,
            Runnable quit) {
        this(stage, overview, tasks, new DrawingViewModel(tasks, DrawPad.LOGICAL_SIZE, null),
                new StepperViewModel(tasks), detailViews, quit);
    }

    MainWindow(Stage stage, ModelOverviewViewModel overview, BackgroundTasks tasks, DrawingViewModel drawing,
            StepperViewModel stepper, Runnable quit) {
        this(stage, overview, tasks, drawing, stepper, LayerDetailViews.standard(), quit);
    }

    private MainWindow(Stage stage, ModelOverviewViewModel overview, BackgroundTasks tasks, DrawingViewModel drawing,
            StepperViewModel stepper, LayerDetailViews detailViews, Runnable quit) {
        this.detailViews = detailViews;
        this.stage = stage;
        this.tasks = tasks;
        this.overview = overview;
        this.drawing = drawing;
        this.stepper = stepper;
        overview.setOnLoadFailed(this::showLoadFailure);

        drawingPane = new DrawingPane(drawing);
        drawingPane.setPadding(new Insets(8));
        drawingPane.setPrefWidth(370);
        drawingPane.setMinWidth(330);
        // The pen slider would otherwise push "Pen", "Undo stroke" and "Clear" into ellipses at 1280 px.
        if (drawingPane.lookup("#pen-width") instanceof Region penWidth) {
            penWidth.setPrefWidth(70);
            penWidth.setMinWidth(50);
        }

        NetworkStrip strip = new NetworkStrip();
        strip.setId("network-strip");
        strip.traceProperty().bind(stepper.traceProperty());
        strip.highlightedLayerProperty().bind(stepper.layerIndexProperty());
        strip.showGradientsProperty().bind(stepper.phaseProperty().isEqualTo(Stepper.Phase.BACKWARD)
                .or(stepper.canApplyUpdateProperty()));

        ProbabilityBars bars = new ProbabilityBars();
        bars.setId("probability-bars");
        bars.probabilitiesProperty().bind(drawing.probabilitiesProperty());
        bars.setPrefWidth(250);
        // With the pad asked back where the focus layout applies: the way back to the room for the detail.
        Button hidePad = new Button();
        hidePad.setId("focus-hide-pad");
        hidePad.textProperty().bind(Messages.bind("focus.hidePad"));
        Tooltip hidePadHelp = new Tooltip();
        hidePadHelp.textProperty().bind(Messages.bind("focus.hidePad.tooltip"));
        hidePad.setTooltip(hidePadHelp);
        hidePad.setFocusTraversable(false);
        hidePad.setOnAction(e -> padShown.set(false));
        hidePad.visibleProperty().bind(focusLayoutApplies.and(padShown));
        hidePad.managedProperty().bind(hidePad.visibleProperty());
        VBox right = new VBox(8, bars, hidePad);
        right.setPadding(new Insets(8));
        focusColumn.setId("focus-column");
        focusColumn.getPreview().preprocessedProperty().bind(drawing.preprocessedProperty());
        focusColumn.probabilitiesProperty().bind(drawing.probabilitiesProperty());
        focusColumn.getShowPadButton().setOnAction(e -> padShown.set(true));
        focusColumn.setPrefWidth(230);
        focusColumn.setMaxWidth(260);

        Tab networkTab = new Tab();
        networkTab.setId("tab-network");
        networkTab.textProperty().bind(Messages.bind("main.tab.network"));
        networkTab.setContent(networkWithDetail(strip));
        Tab modelTab = new Tab();
        modelTab.setId("tab-model");
        modelTab.textProperty().bind(Messages.bind("main.tab.model"));
        tabs = new TabPane(networkTab, modelTab);
        // Built when first shown: its table is the heaviest part of the window, and the app opens on
        // the Network tab, so this keeps it out of the start-up time.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab == modelTab && modelTab.getContent() == null) {
                modelTab.setContent(new ModelOverviewView(overview));
            }
        });
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setFocusTraversable(false);

        Label status = new Label();
        status.setId("step-status");
        status.getStyleClass().add("step-status");
        status.textProperty().bind(StatusLine.text(stepper, overview, drawing));
        status.setPadding(new Insets(2, 8, 4, 8));
        // Stopped at numbers that are not finite: the line says what to do, and must be seen.
        status.setWrapText(true);
        // The whole width, whatever the text: a wrapping label sized to its text changes width at
        // every step, and its new wrapping width asked for a second layout, a frame later.
        status.setMaxWidth(Double.MAX_VALUE);
        stepper.nonFiniteProperty().addListener((o, old, now) ->
                status.pseudoClassStateChanged(STOPPED, now != null));

        // Data flow: model -> drawing, stepper, strip; drawing -> stepper; stepper -> drawing.
        wirePassRow(strip, networkTab);
        overview.loadedModelProperty().addListener((o, old, loaded) -> useModel(loaded, strip));
        useModel(overview.getLoadedModel(), strip);
        drawing.preprocessedProperty().addListener((o, old, now) ->
                stepper.setInput(now == null || now.empty() ? null : now.input()));
        stepper.weightsRevisionProperty().addListener((o, old, now) -> drawing.refresh());

        BorderPane root = new BorderPane(tabs);
        MainMenuBar menuBar = new MainMenuBar(this::chooseAndOpenModel, this::chooseAndSaveModel,
                this::chooseAndExportView, this::chooseAndExportLayerDetail, canExportLayerDetail(), quit,
                this::showShortcuts, this::showAbout, appearance, this::resetLayout);
        StepperToolBar toolBar = new StepperToolBar(stepper);
        root.setTop(new VBox(menuBar, toolBar, status, passRow));
        root.setLeft(drawingPane);
        root.setRight(right);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, preferredExtent(MIN_PREFERRED_WIDTH, screen.getWidth()),
                preferredExtent(MIN_PREFERRED_HEIGHT, screen.getHeight()));
        wireFocusLayout(scene, root, right);
        appearance.applyTo(scene);
        // Bubbling: a focused control that uses the key itself (a slider's arrows) keeps it.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::stepKeys);
        stage.setScene(scene);
        if (!Double.isNaN(stage.getWidth())) {
            stage.sizeToScene(); // a stage that showed another scene before would keep that scene's size
        }
        stage.setTitle(TITLE);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        // The status line stays in presenter mode: it says where the pass is.
        presenterMode = new PresenterMode(appearance, stage, menuBar, List.of(menuBar, toolBar),
                PresenterMode.DEFAULT_IDLE_DELAY);
    }

    /**
     * The whole network in one row under the status line, across the full width (all 13 boxes of
     * LeNet-5 at 1280 px): it follows the stepper as the strip does, and a click on a box does what a
     * click on the layer's column in the strip does (it selects the layer and opens the detail panel),
     * from either tab.
     */
    private void wirePassRow(NetworkStrip strip, Tab networkTab) {
        passRow.setId("pass-row");
        passRow.traceProperty().bind(stepper.traceProperty());
        passRow.currentLayerProperty().bind(stepper.layerIndexProperty());
        passRow.phaseProperty().bind(stepper.phaseProperty());
        passRow.showGradientsProperty().bind(strip.showGradientsProperty());
        passRow.selectedLayerProperty().bind(strip.selectedLayerProperty());
        passRow.setOnLayerClicked(layer -> {
            tabs.getSelectionModel().select(networkTab);
            strip.select(layer, NetworkStrip.NONE);
            appearance.setLayerDetail(true);
        });
    }

    /**
     * The focus layout (UI guide): while the detail panel is open in a window
     * {@value #FOCUS_LAYOUT_MAX_WIDTH} px wide or less, or in presenter mode, the pad and the bars
     * give way to the narrow {@link FocusColumn} and the panel gets the width (at least three
     * quarters of it at 1280 px). F or the column's button bring the pad back (and F takes it away
     * again); opening the panel anew starts in the focus layout again.
     */
    private void wireFocusLayout(Scene scene, BorderPane root, Node right) {
        windowWidth.bind(scene.widthProperty());
        appearance.layerDetailProperty().addListener((o, old, open) -> padShown.set(false));
        focusLayout.addListener((o, old, focus) -> {
            Node leaving = focus ? drawingPane : focusColumn;
            boolean focusLeaves = isInside(scene.getFocusOwner(), leaving) || focus && isInside(scene.getFocusOwner(), right);
            root.setLeft(focus ? focusColumn : drawingPane);
            root.setRight(focus ? null : right);
            if (focusLeaves) {
                // The keyboard focus would move on to the tab headers, which keep Left and Right for themselves.
                root.requestFocus();
            }
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pad and the bars have given way to the narrow column now; for tests. */
    boolean isFocusLayout() {
        return focusLayout.get();
    }

    /** F: the pad back while the focus layout would hide it, or away again. False when there is nothing to toggle. */
    private boolean togglePad() {
        boolean applies = focusLayoutApplies.get();
        if (applies) {
            padShown.set(!padShown.get());
        }
        return applies;
    }

    /** The window's width or height on a screen {@code available} wide or high. */
    static double preferredExtent(double minimum, double available) {
        return Math.min(available, Math.max(minimum, Math.floor(available * SHARE_OF_LARGE_SCREEN)));
    }

    /**
     * The strip above, the selected layer's detail panel below (UI guide): the panel shows what
     * the strip shows, its selection is the strip's, and it follows the stepper's current layer.
     * The panel opens when a layer or map of the strip is clicked (or with D, or View > Layer
     * detail) and closes with its close button: at 720 pixels the two together leave the strip only
     * its headers, so the class sees the whole strip fill until someone asks for one layer.
     */
    private SplitPane networkWithDetail(NetworkStrip strip) {
        LayerDetailViewModel detailModel = new LayerDetailViewModel();
        detailModel.attachTo(strip, stepper.layerIndexProperty());
        detailModel.lastUpdateProperty().bind(stepper.lastUpdateProperty());
        LayerDetailPane detail = new LayerDetailPane(detailModel, detailViews);
        detail.setId("layer-detail");
        Button close = new Button("\u2715"); // NOI18N: a symbol, explained by the tooltip
        close.setId("layer-detail-close");
        close.getStyleClass().add("layer-detail-close");
        close.setFocusTraversable(false);
        Tooltip closeHelp = new Tooltip();
        closeHelp.textProperty().bind(Messages.bind("main.detail.close"));
        close.setTooltip(closeHelp);
        close.setOnAction(e -> appearance.setLayerDetail(false));
        // At the loss step the panel explains softmax and the loss instead of a layer.
        SoftmaxView softmax = new SoftmaxView();
        softmax.setId("softmax-view");
        softmax.explanationProperty().bind(Bindings.createObjectBinding(() -> {
            PassTrace trace = stepper.getTrace();
            return trace != null && trace.hasLoss() ? SoftmaxExplanation.of(trace.loss()) : null;
        }, stepper.traceProperty()));
        BooleanBinding atLoss = stepper.phaseProperty().isEqualTo(Stepper.Phase.LOSS);
        softmax.visibleProperty().bind(atLoss);
        detail.visibleProperty().bind(atLoss.not());
        StackPane detailWithClose = new StackPane(detail, softmax, close);
        StackPane.setAlignment(close, Pos.TOP_RIGHT);
        StackPane.setMargin(close, new Insets(2, 18, 0, 0)); // left of the panel's scroll bar

        SplitPane split = new SplitPane(strip);
        split.setId("network-split");
        split.setOrientation(Orientation.VERTICAL);
        // Both stay usable at 1280x720: the strip keeps its headers and first maps, the panel a 28 x 28 map at 8 px.
        strip.setMinHeight(150);
        detailWithClose.setMinHeight(150);
        // In the focus layout the pass row above stands in for the strip, and the panel takes its height too.
        InvalidationListener arrange = o -> {
            List<Node> items = focusLayout.get() ? List.of(detailWithClose)
                    : appearance.isLayerDetail() ? List.of(strip, detailWithClose) : List.of(strip);
            if (!split.getItems().equals(items)) {
                split.getItems().setAll(items);
                if (items.size() == 2) {
                    split.setDividerPositions(appearance.getDetailDivider()); // reopened where the user left it
                }
            }
        };
        appearance.layerDetailProperty().addListener(arrange);
        focusLayout.addListener(arrange);
        // Where the user drags the divider is kept: the panel reopens there, and the settings remember
        // it. Where the split moves it when the window changes size (presenter mode) is not.
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (split.getItems().size() == 2 && onDivider(e.getTarget(), split)) {
                appearance.setDetailDivider(split.getDividerPositions()[0]);
            }
        });
        // Reset layout and remembered settings move the divider from outside; and it stays where it
        // was put when the window changes size (the split would shift it: 0.58 became 0.63 in full screen).
        InvalidationListener keepDivider = o -> {
            if (split.getDividers().size() == 1 && split.getDividerPositions()[0] != appearance.getDetailDivider()) {
                split.setDividerPositions(appearance.getDetailDivider());
            }
        };
        appearance.detailDividerProperty().addListener(keepDivider);
        // After the layout of the new height, which is when the split moves it.
        split.heightProperty().addListener(o -> Platform.runLater(() -> keepDivider.invalidated(o)));
        // A filter: the strip's own handler selects the layer or map; this opens the panel to show it.
        strip.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && onLayerColumn(e.getPickResult().getIntersectedNode(), strip)) {
                appearance.setLayerDetail(true);
            }
        });
        return split;
    }

    /** True for the split's divider (the release of a drag arrives where the press was). */
    private static boolean onDivider(Object target, SplitPane split) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) { // NOI18N: SplitPaneSkin's CSS class
                return true;
            }
        }
        return false;
    }

    /** True for a node inside one of the strip's layer columns (not its header, buttons or scroll bars). */
    private static boolean onLayerColumn(Node node, NetworkStrip strip) {
        for (Node n = node; n != null && n != strip; n = n.getParent()) {
            if (n.getStyleClass().contains(LAYER_COLUMN_STYLE_CLASS)) {
                return true;
            }
        }
        return false;
    }

    private void useModel(LoadedModel loaded, NetworkStrip strip) {
        Network network = loaded == null ? null : loaded.model().network();
        if (network == drawing.getNetwork()) {
            return;
        }
        drawing.setNetwork(network);
        strip.setNetwork(network);
        passRow.setNetwork(network);
        stepper.setNetwork(network);
    }

    private void stepKeys(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        boolean plain = !e.isShortcutDown() && !e.isAltDown();
        KeyCode code = e.getCode();
        if (plain && (code == KeyCode.RIGHT || code == KeyCode.SPACE)) {
            stepper.next();
        } else if (plain && code == KeyCode.LEFT) {
            stepper.previous();
        } else if (plain && code == KeyCode.P) {
            stepper.togglePlay();
        } else if (plain && code == KeyCode.R) {
            stepper.reset();
        } else if (code == KeyCode.Z && e.isShortcutDown()) {
            drawingPane.getPad().undo();
        } else if (plain && code == KeyCode.DELETE) {
            drawingPane.getPad().clear();
        } else if (plain && code == KeyCode.F) {
            if (!togglePad()) {
                return; // nothing to give way to: the key is not this window's
            }
        } else {
            return;
        }
        e.consume();
    }

    /** The stepper behind the toolbar, for tests. */
    ModelOverviewViewModel overviewModel() {
        return overview;
    }

    StepperViewModel stepper() {
        return stepper;
    }

    /** The drawing behind the pad and the bars, for tests. */
    DrawingViewModel drawing() {
        return drawing;
    }

    DrawingPane drawingPane() {
        return drawingPane;
    }

    /** Theme and presenter mode, as View sets them; tests set them here too. */
    public Appearance appearance() {
        return appearance;
    }

    /** The window's stage, for tests. */
    Stage stage() {
        return stage;
    }

    /** Hides and shows the bars in presenter mode; tests stand in for its timer. */
    PresenterMode presenterMode() {
        return presenterMode;
    }

    /**
     * The app's base stylesheet: font size, named colours and presenter-mode sizes, shared by the
     * window and its dialogs. The dark and high-contrast {@link Theme}s are layered over it.
     */
    static String stylesheet() {
        return MainWindow.class.getResource("convscope.css").toExternalForm();
    }

    public void show() {
        stage.show();
        stage.toFront(); // above any window already open, as a window just asked for should be
        // Otherwise the table takes the focus and boxes its first row, which reads as "selected"
        // on a projector. Tab still moves into the table.
        stage.getScene().getRoot().requestFocus();
    }

    /**
     * View > Reset layout: the default look and layout ({@link Appearance#resetLayout()}) and the
     * window at its first-start size, centred. The language and the model stay as they are.
     */
    void resetLayout() {
        appearance.resetLayout();
        stage.setMaximized(false);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = stage.getScene();
        // The stage's size includes the window's decorations: keep what they take.
        double decorationWidth = Double.isNaN(stage.getWidth()) ? 0 : stage.getWidth() - scene.getWidth();
        double decorationHeight = Double.isNaN(stage.getHeight()) ? 0 : stage.getHeight() - scene.getHeight();
        // The scene's size as the constructor gives it.
        stage.setWidth(preferredExtent(MIN_PREFERRED_WIDTH, screen.getWidth()) + decorationWidth);
        stage.setHeight(preferredExtent(MIN_PREFERRED_HEIGHT, screen.getHeight()) + decorationHeight);
        stage.centerOnScreen();
    }

    /** Opens {@code file} as File > Open model... does once a file is chosen. */
    public void openModel(Path file) {
        rememberDirectory(file);
        overview.openModel(file);
    }

    /**
     * Saves the model on screen, with any updates applied to it, as File > Save model as... does
     * once a file is chosen. Writing runs on the worker, after any step already asked for, so the
     * weights are not saved half-updated; a failure shows a dialog and leaves any earlier file intact.
     */
    public void saveModel(Path file) {
        LoadedModel current = overview.getLoadedModel();
        if (current == null) {
            return;
        }
        Model model = current.model();
        // The updates counted so far are queued before this save on the same worker.
        ModelMetadata metadata = model.metadata().afterUpdates(stepper.getUpdatesApplied(), Instant.now().toString());
        tasks.run(() -> {
            ModelFile.save(model.network(), metadata, file);
            return file;
        }, saved -> rememberDirectory(saved), error -> AppDialogs.saveFailed(stage, file, error).show());
    }

    private void chooseAndSaveModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("fileChooser.saveModel.title"));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(Messages.get("fileChooser.filter.models"), "*.json"));
        chooser.setInitialFileName("model.json"); // NOI18N: a file name
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            saveModel(chosen.toPath());
        }
    }

    /**
     * Writes the content of the selected centre tab (the network strip and whatever shares its tab,
     * or the model overview) as a PNG at {@value #EXPORT_SCALE} times its size on screen, as File >
     * Export current view as PNG... does once a file is chosen. The picture is taken now, on the FX
     * thread; encoding and writing run on the worker, after any step already asked for. A failure
     * shows a dialog naming the file and the reason, and leaves any earlier file intact.
     */
    public void exportView(Path file) {
        export(tabs.getSelectionModel().getSelectedItem().getContent(), file);
    }

    /**
     * Writes the layer detail panel's view in full, also the part scrolled out of sight (at the
     * loss step the softmax view), as a PNG at {@value #EXPORT_SCALE} times its size on screen:
     * File > Export layer detail as PNG... for a slide of one layer. Does nothing while the panel
     * is closed (the menu item is disabled then).
     */
    public void exportLayerDetail(Path file) {
        Node view = layerDetailContent();
        if (view == null) {
            return;
        }
        if (view instanceof Parent content) {
            // Measured afresh: the scroll pane may hold a height the view had a step ago.
            content.requestLayout();
            content.applyCss();
            content.layout();
        }
        export(view, file);
    }

    /** The detail panel's view as a whole, or null when the panel is closed or its tab is not shown. */
    Node layerDetailContent() {
        if (!canExportLayerDetail().get()) {
            return null;
        }
        String id = stepper.getPhase() == Stepper.Phase.LOSS ? ScreenShot.SOFTMAX_CONTENT : ScreenShot.LAYER_DETAIL_CONTENT;
        return stage.getScene().getRoot().lookup(id);
    }

    private BooleanBinding canExportLayerDetail() {
        if (canExportLayerDetail == null) {
            canExportLayerDetail = Bindings.createBooleanBinding(() -> appearance.isLayerDetail()
                    && "tab-network".equals(tabs.getSelectionModel().getSelectedItem().getId()),
                    appearance.layerDetailProperty(), tabs.getSelectionModel().selectedItemProperty());
        }
        return canExportLayerDetail;
    }

    private void export(Node view, Path file) {
        PngExport.Pixels pixels;
        try {
            pixels = PngExport.snapshot(view, EXPORT_SCALE);
        } catch (IllegalStateException e) {
            AppDialogs.exportFailed(stage, file, e).show(); // a view with no size yet: nothing to picture
            return;
        }
        tasks.run(() -> {
            PngExport.write(pixels, file);
            return file;
        }, this::rememberDirectory, error -> AppDialogs.exportFailed(stage, file, error).show());
    }

    private void chooseAndExportView() {
        chooseAndExport(exportFileName(), this::exportView);
    }

    private void chooseAndExportLayerDetail() {
        chooseAndExport(exportFileName().replaceFirst("\\.png$", "-detail.png"), this::exportLayerDetail);
    }

    private void chooseAndExport(String suggestedName, java.util.function.Consumer<Path> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("fileChooser.exportView.title"));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(Messages.get("fileChooser.filter.png"), "*.png"));
        chooser.setInitialFileName(suggestedName);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            // Some platforms' choosers return the name as typed; a picture without .png opens nowhere.
            String name = chosen.getName();
            export.accept(name.toLowerCase(Locale.ROOT).endsWith(".png") ? chosen.toPath()
                    : chosen.toPath().resolveSibling(name + ".png"));
        }
    }

    /**
     * A file name that says what the picture shows, so a teacher exporting a series for slides need
     * not type one each time: {@code convscope-conv2-forward.png}, {@code convscope-loss.png},
     * {@code convscope-network.png} before the first step, {@code convscope-model.png} for the Model tab.
     */
    String exportFileName() {
        // NOI18N: file names stay in English, like the layer names in them
        String id = tabs.getSelectionModel().getSelectedItem().getId();
        String tab = id == null ? "view" : id.replaceFirst("^tab-", "");
        Network network = stepper.networkProperty().get();
        String shows;
        if (!"network".equals(tab)) {
            shows = tab;
        } else if (stepper.getLayerIndex() >= 0 && network != null) {
            shows = network.layers().get(stepper.getLayerIndex()).name() + "-"
                    + stepper.getPhase().name().toLowerCase(Locale.ROOT);
        } else if (stepper.getPhase() == Stepper.Phase.LOSS) {
            shows = "loss";
        } else {
            shows = "network";
        }
        return "convscope-" + shows + ".png";
    }

    private void rememberDirectory(Path file) {
        File directory = file.toAbsolutePath().getParent().toFile();
        lastDirectory = directory.isDirectory() ? directory : null;
    }

    private void chooseAndOpenModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("fileChooser.openModel.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("fileChooser.filter.models"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("fileChooser.filter.all"), "*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openModel(chosen.toPath());
        }
    }

    // show(), not showAndWait(): the dialog is modal either way, and the caller is not blocked.
    private void showLoadFailure(ModelLoadFailure failure) {
        AppDialogs.modelLoadFailed(stage, failure).show();
    }

    private void showShortcuts() {
        AppDialogs.shortcuts(stage).show();
    }

    private void showAbout() {
        AppDialogs.about(stage).show();
    }
}
