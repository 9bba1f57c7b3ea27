package org.convscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convscope.ui.MainScreenShots;
import org.convscope.ui.ScreenShot;
import org.convscope.ui.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code screenshots}: pictures of the real main window, rendered without a display, one line per
 * file written. What is pictured is {@link MainScreenShots#MAIN}; the rendering itself lives in
 * the ui package, which is the only one that touches JavaFX.
 */
@Command(name = "screenshots", sortOptions = false,
        description = {"Render the main window without a display into PNG files, as the README shows it: the shipped "
                + "model, a drawn 2, the pass forward at conv2 and backward at conv2, in English and in Chinese, "
                + "then with conv2's detail panel open, " + MainScreenShots.WIDTH + " x " + MainScreenShots.HEIGHT
                + " (times --scale); then the detail view of each layer type, forward and backward, and of "
                + "softmax with the loss, each in full at the panel's width.",
            "Run it after a change to the main screen to keep the pictures current."})
final class ScreenshotsCommand implements Callable<Integer> {
    /** Beyond 4 a 1280 x 720 window makes pictures of tens of megapixels that no slide needs. */
    private static final double MAX_SCALE = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--out", required = true, paramLabel = "DIR", order = 1,
            description = "Folder to write the PNG files to; created if needed, files of the same name replaced.")
    Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "F", order = 2,
            description = "Pixels per logical pixel: 2 gives sharp pictures for slides. Default: ${DEFAULT-VALUE}.")
    double scale;

    @Override
    public Integer call() throws Exception {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new ParameterException(spec.commandLine(),
                    "--scale must be more than 0 and at most " + (int) MAX_SCALE + ", got " + scale);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            MainScreenShots.writeAll(MainScreenShots.MAIN, out, scale, written -> stdout.println(
                    String.format(Locale.ROOT, "wrote %s (%d x %d): %s", written.file(), written.width(),
                            written.height(), describe(written.shot()))));
        } catch (IllegalStateException e) {
            // No shipped model, or it misreads the digit: the build is at fault, and the message says how.
            throw new CommandFailedException(e.getMessage(), e);
        }
        return 0;
    }

    /** "English, forward at conv2", "English, forward at dropout1, detail view, training mode". */
    private static String describe(ScreenShot shot) {
        ScreenShot.PassStep step = shot.step();
        String where = step.phase().name().toLowerCase(Locale.ROOT) + (step.layer() == null ? "" : " at " + step.layer());
        String what;
        if (shot.isDetailView()) {
            what = ", detail view";
        } else {
            what = (shot.subject() == null ? "" : ", " + shot.subject())
                    + (shot.layerDetail() ? ", layer detail open" : "");
        }
        return shot.language().locale().getDisplayLanguage(Locale.ENGLISH) + ", " + where + what
                + (shot.trainingMode() ? ", training mode" : "") + (shot.presenterMode() ? ", presenter mode" : "")
                + (shot.theme() == Theme.LIGHT ? ""
                        : ", " + shot.theme().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " theme");
    }
}
