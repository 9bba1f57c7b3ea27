package org.convscope.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convscope.model.ModelMetadata;
import org.convscope.ui.Messages;

/** The sentences above the layer list that say which model this is, in the current language. */
final class ModelSummaryText {
    // Language-neutral, so the pieces need no per-language joining rules.
    private static final String SEPARATOR = "   \u00b7   "; // NOI18N

    private ModelSummaryText() {
    }

    /** "Shipped model: lenet5.json", "Untrained model: lenet5", "Model file: my.json"; empty before the first load. */
    static String title(LoadedModel loaded) {
        if (loaded == null) {
            return "";
        }
        ModelOrigin origin = loaded.origin();
        if (origin instanceof ModelOrigin.Shipped shipped) {
            return Messages.get("overview.title.shipped", shipped.fileName());
        }
        if (origin instanceof ModelOrigin.Untrained untrained) {
            return Messages.get("overview.title.untrained", untrained.preset());
        }
        ModelOrigin.OpenedFile opened = (ModelOrigin.OpenedFile) origin;
        return Messages.get("overview.title.file", opened.file().getFileName());
    }

    /**
     * For a trained model, how it was trained (data, epochs, accuracy, as far as its file says);
     * for an untrained one, a warning that its weights are random and why.
     */
    static String details(LoadedModel loaded) {
        if (loaded == null) {
            return "";
        }
        if (loaded.origin() instanceof ModelOrigin.Untrained untrained) {
            return untrained.shippedProblem() == null
                    ? Messages.get("overview.untrained.notFound", String.valueOf(untrained.seed()))
                    : Messages.get("overview.untrained.unreadable", String.valueOf(untrained.seed()),
                            untrained.shippedProblem());
        }
        return training(loaded.model().metadata());
    }

    /**
     * The training command's description of its data (English in the model file, for scripts:
     * "... + synthetic digits (seed 1) 0-4999, augmented (validation ...)") with its fixed
     * phrases in the current language; file names and numbers stay as they are.
     */
    static String dataText(String data) {
        return data.replace("synthetic digits", Messages.get("overview.meta.phrase.synthetic"))
                .replace("augmented", Messages.get("overview.meta.phrase.augmented"))
                .replace("(validation ", "(" + Messages.get("overview.meta.phrase.validation") + " ")
                .replace("(seed ", "(" + Messages.get("overview.meta.phrase.seed") + " ");
    }

    private static String training(ModelMetadata metadata) {
        List<String> parts = new ArrayList<>();
        if (metadata.data() != null) {
            parts.add(Messages.get("overview.meta.data", dataText(metadata.data())));
        }
        if (metadata.epochs() != null) {
            parts.add(Messages.get("overview.meta.epochs", metadata.epochs()));
        }
        if (metadata.accuracy() != null) {
            parts.add(Messages.get("overview.meta.accuracy",
                    String.format(Locale.ROOT, "%.1f%%", metadata.accuracy() * 100)));
        }
        return parts.isEmpty() ? Messages.get("overview.meta.none") : String.join(SEPARATOR, parts);
    }
}
