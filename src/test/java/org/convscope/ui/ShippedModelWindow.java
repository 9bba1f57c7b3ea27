package org.convscope.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.convscope.ui.detail.LayerDetailViews;
import org.convscope.ui.draw.DrawPad;
import org.convscope.ui.draw.PadDigits;
import org.convscope.ui.overview.ModelLoading;
import org.convscope.ui.overview.ModelOverviewViewModel;

/**
 * The main window as the app opens it, for the screen tests: in English, with the shipped
 * LeNet-5, on tasks that finish before the call that asked for them returns.
 */
public final class ShippedModelWindow {
    private ShippedModelWindow() {
    }

    /** Shows the window on {@code stage}, its layer detail panel open or closed. */
    public static MainWindow show(Stage stage, boolean layerDetail) {
        return show(stage, LayerDetailViews.standard(), layerDetail);
    }

    /** The same with {@code views} explaining the layers in the detail panel. */
    static MainWindow show(Stage stage, LayerDetailViews views, boolean layerDetail) {
        Messages.setLocale(Locale.ENGLISH);
        ModelOverviewViewModel overview = new ModelOverviewViewModel(BackgroundTasks.sameThread());
        MainWindow window = new MainWindow(stage, overview, BackgroundTasks.sameThread(), views, () -> { });
        overview.loadStartupModel(ModelLoading.shippedModel());
        window.appearance().setLayerDetail(layerDetail); // as a click on a layer, D or View > Layer detail does
        window.show();
        return window;
    }

    /** Draws generated digit {@code index} ({@link PadDigits}) on the pad of the window on {@code stage}. */
    public static void draw(Stage stage, int index) {
        DrawPad pad = (DrawPad) stage.getScene().lookup("#draw-pad");
        PadDigits.strokes(index).forEach(pad::addStroke);
    }
}
