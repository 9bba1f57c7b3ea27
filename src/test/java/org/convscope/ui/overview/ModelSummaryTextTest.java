package org.convscope.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.convscope.model.Model;
import org.convscope.model.ModelMetadata;
import org.convscope.ui.Messages;
import org.convscope.ui.ScreenText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelSummaryTextTest {
    private final LoadedModel untrained = ModelLoading.startup(null);

    @BeforeEach
    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void saysWhereTheModelCameFrom() {
        assertEquals("Untrained model: lenet5", ModelSummaryText.title(untrained));
        assertEquals("Shipped model: lenet5.json",
                ModelSummaryText.title(withOrigin(new ModelOrigin.Shipped("lenet5.json"), ModelMetadata.EMPTY)));
        assertEquals("Model file: mine.json", ModelSummaryText.title(
                withOrigin(new ModelOrigin.OpenedFile(Path.of("/tmp/mine.json")), ModelMetadata.EMPTY)));
        assertEquals("", ModelSummaryText.title(null));
    }

    @Test
    void warnsThatAnUntrainedModelOnlyGuesses() {
        String details = ScreenText.plain(ModelSummaryText.details(untrained));
        assertTrue(details.startsWith("No shipped model was found"), details);
        assertTrue(details.contains("random weights (seed 1)"), details);
    }

    @Test
    void describesHowATrainedModelWasTrained() {
        LoadedModel trained = withOrigin(new ModelOrigin.Shipped("lenet5.json"), TestModels.TRAINED);
        assertEquals("Training data: synthetic digits   \u00b7   Epochs: 3   \u00b7   Validation accuracy: 98.8%",
                ModelSummaryText.details(trained));
        assertEquals("The model file does not say how the model was trained.",
                ModelSummaryText.details(withOrigin(new ModelOrigin.Shipped("x.json"), ModelMetadata.EMPTY)));
    }

    @Test
    void speaksChineseWhenTheLocaleIsChinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("未训练的模型：lenet5", ModelSummaryText.title(untrained));
        assertTrue(ModelSummaryText.details(untrained).contains("随机种子 1"));
    }

    private LoadedModel withOrigin(ModelOrigin origin, ModelMetadata metadata) {
        return new LoadedModel(origin, new Model(untrained.model().network(), metadata));
    }

    @Test
    void theTrainingCommandsDataPhrasesReadInChinese() {
        String data = "mnist8k-images-idx3-ubyte.gz 0-6999 + synthetic digits (seed 1) 0-4999, augmented "
                + "(validation mnist8k-images-idx3-ubyte.gz 7000-7999)";
        assertEquals(data, ModelSummaryText.dataText(data), "English as the file has it");
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("mnist8k-images-idx3-ubyte.gz 0-6999 + 合成数字 (随机种子 1) 0-4999, 数据增强 "
                + "(验证集 mnist8k-images-idx3-ubyte.gz 7000-7999)", ModelSummaryText.dataText(data));
    }
}
