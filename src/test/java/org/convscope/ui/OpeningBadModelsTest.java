package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.io.Limits;
import org.convscope.model.HostileModels;
import org.convscope.model.ModelFile;
import org.convscope.model.ModelMetadata;
import org.convscope.ui.overview.LoadedModel;
import org.convscope.ui.overview.ModelOverviewViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File > Open model with every kind of file ConvScope refuses: each answers with a dialog giving
 * the loader's one line, and the model on screen stays, with its pass and weights.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningBadModelsTest {
    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = ShippedModelWindow.show(stage, false);
    }

    /** Each file and the start of the reason its dialog must give. */
    private Map<Path, String> badFiles() throws Exception {
        Network tiny = Network.build(Presets.tiny(), new Rng(2));
        Path good = dir.resolve("good.json");
        ModelFile.save(tiny, ModelMetadata.EMPTY, good);
        ObjectMapper json = new ObjectMapper();
        Map<Path, String> files = new LinkedHashMap<>();

        ObjectNode big = (ObjectNode) json.readTree(good.toFile());
        ((ObjectNode) big.get("input")).put("height", 100_000).put("width", 100_000);
        files.put(Files.writeString(dir.resolve("big.json"), big.toString()),
                "Its input, 100000 \u00d7 100000 pixels, is larger than 512 \u00d7 512, the largest ConvScope opens.");

        ObjectNode wide = (ObjectNode) json.readTree(good.toFile());
        ((ObjectNode) wide.get("layers").get(7)).put("units", 2_000_000_000);
        files.put(Files.writeString(dir.resolve("wide.json"), wide.toString()),
                "layers[7] (dense) would output 2,000,000,000 values, more than the 8,388,608 numbers ConvScope gives "
                        + "one image.");

        Path hugeBias = HostileModels.hugeBiases(dir.resolve("hugebias.json"));
        files.put(hugeBias, "For a blank image, the outputs of layer conv2 are not finite numbers (Infinity): its weights "
                + "are far too large, so it cannot compute anything.");

        files.put(Files.writeString(dir.resolve("nan.json"), Files.readString(good).replaceFirst("\"bias\" : \\[[^,]+,",
                "\"bias\" : [NaN,")), "The parameter layers[0].bias[0] is NaN, not a finite number.");
        files.put(Files.writeString(dir.resolve("twice.json"), Files.readString(good).replaceFirst("\"version\"",
                "\"format\" : \"convscope-model\", \"version\"")), "The field \u201cformat\u201d appears twice (line 3); a model file "
                + "names each field once.");
        files.put(Files.writeString(dir.resolve("deep.json"), "[".repeat(10_000) + "]".repeat(10_000)),
                "The file nests lists and objects more than 32 deep; a model file does not.");

        Path huge = dir.resolve("huge.json");
        try (SeekableByteChannel channel = Files.newByteChannel(huge, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            channel.position(Limits.MAX_MODEL_FILE_BYTES + 1);
            channel.write(ByteBuffer.wrap(new byte[] {'{'}));
        }
        files.put(huge, "The file is 160 MB, larger than 160 MB, the largest model ConvScope opens.");
        files.put(Files.writeString(dir.resolve("broken.json"), "{\"format\": "),
                dir.resolve("broken.json") + " is not valid JSON: Unexpected end-of-input");
        return files;
    }

    @Test
    void eachBadFileGetsADialogAndTheModelOnScreenStays(FxRobot robot) throws Exception {
        robot.interact(() -> ShippedModelWindow.draw(stage, 2));
        robot.interact(() -> window.stepper().next());
        robot.interact(() -> window.stepper().next());
        ModelOverviewViewModel overview = window.overviewModel();
        LoadedModel before = overview.getLoadedModel();
        Network network = before.model().network();
        double[] weightsBefore = network.params().get(0).value().clone();

        for (Map.Entry<Path, String> bad : badFiles().entrySet()) {
            Path file = bad.getKey();
            // As File > Open model... does once the file is chosen; the native file chooser is not for robots.
            robot.interact(() -> window.openModel(file));

            DialogPane dialog = robot.lookup("#load-failed-dialog").queryAs(DialogPane.class);
            try {
                assertEquals("\u201c" + file.getFileName() + "\u201d cannot be used as a model.", dialog.getHeaderText());
                String message = ScreenText.plain(dialog.getContentText()).split("\n")[0];
                assertTrue(message.startsWith(bad.getValue()), file.getFileName() + ": " + message);
                assertTrue(dialog.getContentText().endsWith("\n\nThe model on screen has not changed."),
                        dialog.getContentText());
            } finally {
                robot.interact(() -> dialog.getScene().getWindow().hide());
            }
            assertSame(before, overview.getLoadedModel(), file.getFileName() + " left the model as it was");
            assertSame(network, window.stepper().networkProperty().get(), "the stepper still steps the same network");
            assertEquals(2, window.stepper().getPosition(), "the pass stays where the class was");
            assertArrayEquals(weightsBefore, network.params().get(0).value(), 0.0);
        }
        robot.interact(() -> window.stepper().next());
        assertEquals(3, window.stepper().getPosition(), "and it still steps on");
    }

    @Test
    void aChineseTeacherReadsTheReasonInChinese(FxRobot robot) throws Exception {
        Path big = badFiles().keySet().iterator().next();
        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        try {
            robot.interact(() -> window.openModel(big));
            DialogPane dialog = robot.lookup("#load-failed-dialog").queryAs(DialogPane.class);
            try {
                assertEquals("\u65e0\u6cd5\u5c06\u201cbig.json\u201d\u7528\u4f5c\u6a21\u578b\u3002", dialog.getHeaderText());
                assertTrue(ScreenText.plain(dialog.getContentText()).startsWith("\u9519\u8bef\u8be6\u60c5\uff1a\u5b83\u7684\u8f93\u5165\u4e3a "
                        + "100000 \u00d7 100000 \u50cf\u7d20"), dialog.getContentText());
            } finally {
                robot.interact(() -> dialog.getScene().getWindow().hide());
            }
        } finally {
            robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
        }
    }
}
