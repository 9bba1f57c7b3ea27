package org.convscope.ui.overview;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.convscope.engine.ParameterCount;
import org.convscope.ui.AppFonts;
import org.convscope.ui.MathText;
import org.convscope.ui.Messages;

/**
 * The model overview: which model is loaded (and a warning if it is untrained), its total
 * parameter count, and the layer list in data-flow order: the input, then every layer with its
 * name, type, output shape and parameter formula.
 *
 * <p>Shows a {@link ModelOverviewViewModel} and nothing else; every text is bound to
 * {@link Messages}, so it switches language with the rest of the app. Styled by
 * {@code model-overview-view.css} (style class {@code model-overview-view}); the untrained warning
 * has the pseudo-class {@code :untrained}, rows the pseudo-classes {@code :input} and
 * {@code :no-parameters}.
 */
public final class ModelOverviewView extends BorderPane {
    private static final PseudoClass UNTRAINED = PseudoClass.getPseudoClass("untrained");
    private static final PseudoClass INPUT_ROW = PseudoClass.getPseudoClass("input");
    private static final PseudoClass NO_PARAMETERS = PseudoClass.getPseudoClass("no-parameters");

    /** The theme's body text size (convscope.css); cells and headers use it. */
    private static final double TEXT_SIZE = 18;
    /** The cells' left and right padding (model-overview-view.css: 6 each) and a little air. */
    private static final double CELL_PADDING = 2 * 6 + 3;
    private static final double HEADER_EXTRA = 6;

    private final ModelOverviewViewModel viewModel;

    public ModelOverviewView(ModelOverviewViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("model-overview-view");
        setTop(createSummary());
        setCenter(createLayerTable());
    }

    private VBox createSummary() {
        Label title = new Label();
        title.setId("model-title");
        title.getStyleClass().add("title");
        title.textProperty().bind(Messages.binding(() -> ModelSummaryText.title(viewModel.getLoadedModel()),
                viewModel.loadedModelProperty()));
        title.tooltipProperty().bind(Bindings.createObjectBinding(this::fileTooltip, viewModel.loadedModelProperty()));

        Label total = new Label();
        total.setId("total-parameters");
        total.getStyleClass().add("total");
        StringBinding totalText = Bindings.createStringBinding(
                () -> ParameterCount.format(viewModel.getTotalParameters()), viewModel.totalParametersProperty());
        total.textProperty().bind(Messages.bind("overview.total", totalText));
        total.visibleProperty().bind(viewModel.loadedModelProperty().isNotNull());

        Label loading = new Label();
        loading.setId("model-loading");
        loading.getStyleClass().add("loading");
        loading.textProperty().bind(Messages.bind("overview.loading"));
        // Plain text, no spinner: loading takes a fraction of a second, and an animation during
        // start-up only takes CPU from the first frames (software rendering on many school PCs).
        loading.visibleProperty().bind(viewModel.loadingProperty());
        loading.managedProperty().bind(viewModel.loadingProperty());

        // A flow, not a row: in the main screen's middle column at 1280 px the total moves under
        // the model's name instead of both being cut to "len..." and "Total parameter...".
        FlowPane heading = new FlowPane(24, 0, title, loading, total);
        heading.getStyleClass().add("heading");
        heading.setRowValignment(VPos.BASELINE);

        Label details = new Label();
        details.setId("model-details");
        details.getStyleClass().add("details");
        details.setWrapText(true);
        details.textProperty().bind(Messages.binding(() -> ModelSummaryText.details(viewModel.getLoadedModel()),
                viewModel.loadedModelProperty()));
        markUntrained(details, viewModel.getLoadedModel());
        viewModel.loadedModelProperty().addListener((observable, old, loaded) -> markUntrained(details, loaded));
        details.managedProperty().bind(viewModel.loadedModelProperty().isNotNull());

        VBox summary = new VBox(heading, details);
        summary.getStyleClass().add("summary");
        return summary;
    }

    private static void markUntrained(Label details, LoadedModel loaded) {
        details.pseudoClassStateChanged(UNTRAINED, loaded != null && loaded.origin() instanceof ModelOrigin.Untrained);
    }

    private Tooltip fileTooltip() {
        LoadedModel loaded = viewModel.getLoadedModel();
        if (loaded != null && loaded.origin() instanceof ModelOrigin.OpenedFile opened) {
            return new Tooltip(opened.file().toAbsolutePath().toString());
        }
        return null;
    }

    private TableView<LayerRow> createLayerTable() {
        TableView<LayerRow> table = new TableView<>(viewModel.getRows());
        table.setId("layer-table");
        // Every column as wide as its longest text, scrolling sideways when the window is narrow:
        // squeezing them to the window cut "maxpool1" to "max..." and every formula.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Empty until the first model arrives (a fraction of a second; the heading says it is
        // loading) rather than JavaFX's own "No content in table", which ignores our language.
        table.setPlaceholder(new Region());
        table.setRowFactory(view -> new LayerTableRow());

        table.getColumns().addAll(List.of(
                column("position-column", Messages.bind("overview.column.position"), 70,
                        row -> fixed(row.isInput() ? "" : Integer.toString(row.position()))),
                column("name-column", Messages.bind("overview.column.name"), 150,
                        row -> row.isInput() ? Messages.bind("overview.name.input") : fixed(row.name())),
                column("shape-column", Messages.bind("overview.column.shape"), 190, row -> fixed(row.shapeText())),
                // The formulas before the types: they are what the course counts. At 1280 px every
                // column fits (narrow padding, formulas on two lines: formulaCell).
                column("parameters-column", Messages.bind("overview.column.parameters"), 360,
                        // NOI18N: a dash, "not applicable": the input has no parameters, not zero of them
                        row -> fixed(row.isInput() ? "\u2014" : formulaCell(row.parameters().formula()))),
                // A binding per cell, so the type label switches language with everything else.
                column("type-column", Messages.bind("overview.column.type"), 260,
                        row -> Messages.binding(() -> typeLabel(row)))));
        viewModel.getRows().addListener((ListChangeListener<LayerRow>) change -> fitColumnsToContent(table));
        for (TableColumn<LayerRow, ?> column : table.getColumns()) {
            column.textProperty().addListener((o, old, header) -> fitColumnsToContent(table)); // a new language
        }
        fitColumnsToContent(table);
        return table;
    }

    /**
     * Sets each column's width to its widest text, header or cell, measured in the fonts the
     * stylesheet gives them (18 px; monospaced for shapes and formulas, bold headers).
     */
    private static void fitColumnsToContent(TableView<LayerRow> table) {
        for (TableColumn<LayerRow, ?> column : table.getColumns()) {
            Font cellFont = AppFonts.font(FontWeight.NORMAL, TEXT_SIZE);
            // A header label sits in a little more chrome than a cell's text: "序号" came out "...".
            double widest = textWidth(AppFonts.font(FontWeight.BOLD, TEXT_SIZE), column.getText()) + HEADER_EXTRA;
            for (LayerRow row : table.getItems()) {
                Object text = column.getCellObservableValue(row).getValue();
                widest = Math.max(widest, textWidth(cellFont, text == null ? "" : text.toString()));
            }
            column.setPrefWidth(Math.ceil(widest + CELL_PADDING));
        }
    }

    private static double textWidth(Font font, String text) {
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }

    /**
     * A parameter formula as its cell shows it, on two lines where it adds a bias: "6 × (5 × 5 × 1)"
     * over "+ 6 = 156". On one line the formulas alone took half of the table's width, and at
     * 1280 px the types were off-screen.
     */
    static String formulaCell(String engineFormula) {
        return MathText.formula(engineFormula).replaceFirst(" \\+\u00a0", "\n+\u00a0");
    }

    /** The translated layer type: "Convolution" / "卷积层" for conv2d. */
    static String typeLabel(LayerRow row) {
        return Messages.get("layer.type." + row.type());
    }

    /**
     * A column of texts, {@code width} pixels wide until {@link #fitColumnsToContent} measures its
     * texts (column widths cannot be set in CSS).
     */
    private static TableColumn<LayerRow, String> column(String styleClass, StringBinding header, double width,
            Function<LayerRow, ObservableValue<String>> text) {
        TableColumn<LayerRow, String> column = new TableColumn<>();
        column.setPrefWidth(width);
        column.textProperty().bind(header);
        column.getStyleClass().add(styleClass); // TableView copies it to the column's cells
        // The order is the data flow: sorting or reordering would only confuse it.
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> text.apply(cell.getValue()));
        return column;
    }

    private static ObservableValue<String> fixed(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }

    /** Marks the input row and rows without parameters, so CSS can set them apart. */
    private static final class LayerTableRow extends TableRow<LayerRow> {
        @Override
        protected void updateItem(LayerRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(INPUT_ROW, !empty && row != null && row.isInput());
            pseudoClassStateChanged(NO_PARAMETERS, !empty && row != null && !row.isInput() && !row.hasParameters());
        }
    }

    @Override
    public String getUserAgentStylesheet() {
        return ModelOverviewView.class.getResource("model-overview-view.css").toExternalForm();
    }
}
