package org.convscope.ui.draw;

import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.Preprocessed;
import org.convscope.engine.Tensor;
import org.convscope.ui.Messages;

/**
 * Default skin of {@link DigitPreview}: the 28x28 cells painted on a canvas (one filled square
 * each, so cells stay crisp at any size), the guides as shapes over it (styled in CSS with the
 * accent colour), a caption with the shift, and a "nothing drawn" label when empty.
 */
class DigitPreviewSkin extends SkinBase<DigitPreview> {
    private static final int SIZE = DigitPreprocessor.SIZE;

    private final Canvas canvas = new Canvas();
    private final Rectangle box = new Rectangle();
    private final Line crossH = new Line();
    private final Line crossV = new Line();
    private final Circle boxCentre = new Circle();
    private final Line shift = new Line();
    private final Polygon arrowHead = new Polygon();
    private final Label nothing = new Label();
    private final Label caption = new Label();
    private final List<Node> guides = List.of(box, crossH, crossV, boxCentre, shift, arrowHead);
    private final InvalidationListener update = o -> update();

    DigitPreviewSkin(DigitPreview preview) {
        super(preview);
        canvas.getStyleClass().add("cells");
        box.getStyleClass().addAll("guide", "ink-box");
        crossH.getStyleClass().addAll("guide", "centre-of-mass");
        crossV.getStyleClass().addAll("guide", "centre-of-mass");
        boxCentre.getStyleClass().addAll("guide", "box-centre");
        shift.getStyleClass().addAll("guide", "shift");
        arrowHead.getStyleClass().addAll("guide", "shift-head");
        nothing.getStyleClass().add("nothing-drawn");
        caption.getStyleClass().add("caption");
        nothing.textProperty().bind(Messages.bind("draw.nothing"));
        // On two lines in the small preview rather than cut to "Nothing d...".
        nothing.setWrapText(true);
        nothing.setTextAlignment(TextAlignment.CENTER);
        for (Node guide : guides) {
            guide.setManaged(false); // placed by layoutChildren, over the cells
            guide.setMouseTransparent(true);
        }
        getChildren().addAll(canvas, box, shift, arrowHead, crossH, crossV, boxCentre, nothing, caption);
        preview.preprocessedProperty().addListener(update);
        preview.showGuidesProperty().addListener(update);
        // The caption is a formatted text: it must follow the language too.
        Messages.localeProperty().addListener(update);
        update();
    }

    @Override
    public void dispose() {
        DigitPreview preview = getSkinnable();
        if (preview == null) {
            return;
        }
        preview.preprocessedProperty().removeListener(update);
        preview.showGuidesProperty().removeListener(update);
        Messages.localeProperty().removeListener(update);
        nothing.textProperty().unbind();
        // The children are the control's: a new skin's nodes are added before this one is disposed.
        getChildren().removeAll(guides);
        getChildren().removeAll(canvas, nothing, caption);
        super.dispose();
    }

    private boolean hasDigit() {
        Preprocessed p = getSkinnable().getPreprocessed();
        return p != null && !p.empty();
    }

    private void update() {
        boolean digit = hasDigit();
        boolean guides = digit && getSkinnable().isShowGuides();
        nothing.setVisible(!digit);
        caption.setVisible(guides);
        for (Node guide : this.guides) {
            guide.setVisible(guides);
        }
        if (guides) {
            Preprocessed p = getSkinnable().getPreprocessed();
            caption.setText(Messages.get("draw.shift", signed(p.shiftX()), signed(p.shiftY())));
        } else if (caption.getText().isEmpty()) {
            caption.setText(" "); // NOI18N: a hidden line of text, only for the caption's height
        }
        getSkinnable().requestLayout();
        paint();
    }

    /** "+1.3" / "−0.4": the sign tells the direction, so it is always shown; no shift is "0.0", never "−0.0". */
    static String signed(double v) {
        return Math.abs(v) < 0.05 ? "0.0" : String.format(Locale.ROOT, "%+.1f", v).replace('-', '\u2212'); // NOI18N: a number
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        // The caption's room is kept when it is hidden, so switching the guides on does not resize the cells.
        double captionHeight = caption.prefHeight(w);
        double side = Math.max(SIZE, Math.floor(Math.min(w, h - captionHeight) / SIZE) * SIZE);
        double left = snapPositionX(x + (w - side) / 2);
        double top = snapPositionY(y);
        if (canvas.getWidth() != side) {
            canvas.setWidth(side);
            canvas.setHeight(side);
            paint();
        }
        canvas.relocate(left, top);
        layoutInArea(nothing, left, top, side, side, 0, HPos.CENTER, VPos.CENTER);
        layoutInArea(caption, x, top + side, w, captionHeight, 0, HPos.CENTER, VPos.TOP);
        if (hasDigit()) {
            placeGuides(getSkinnable().getPreprocessed(), left, top, side / SIZE);
        }
    }

    /** Puts the guides over the cells; {@code cell} is the side of one input pixel on screen. */
    private void placeGuides(Preprocessed p, double left, double top, double cell) {
        Preprocessed.Box placed = p.placedBox();
        box.setX(left + placed.x() * cell);
        box.setY(top + placed.y() * cell);
        box.setWidth(placed.width() * cell);
        box.setHeight(placed.height() * cell);

        double cx = left + SIZE / 2.0 * cell;
        double cy = top + SIZE / 2.0 * cell;
        double arm = Math.max(8, cell * 1.2);
        crossH.setStartX(cx - arm);
        crossH.setEndX(cx + arm);
        crossH.setStartY(cy);
        crossH.setEndY(cy);
        crossV.setStartX(cx);
        crossV.setEndX(cx);
        crossV.setStartY(cy - arm);
        crossV.setEndY(cy + arm);

        // The box centre sits where centring the box would have put the field's centre; the
        // arrow from the centre of mass to it is the shift that centring by mass made.
        double bx = left + placed.centerX() * cell;
        double by = top + placed.centerY() * cell;
        boxCentre.setCenterX(bx);
        boxCentre.setCenterY(by);
        boxCentre.setRadius(Math.max(4, cell * 0.4));
        shift.setStartX(cx);
        shift.setStartY(cy);
        shift.setEndX(bx);
        shift.setEndY(by);
        double length = Math.hypot(bx - cx, by - cy);
        // An arrow head only when the shift is long enough to see; a tiny one would be a blot.
        arrowHead.setVisible(shift.isVisible() && length > cell);
        if (length > 0) {
            double ux = (bx - cx) / length;
            double uy = (by - cy) / length;
            double head = Math.max(6, cell * 0.6);
            arrowHead.getPoints().setAll(bx, by,
                    bx - head * ux + head * 0.5 * uy, by - head * uy - head * 0.5 * ux,
                    bx - head * ux - head * 0.5 * uy, by - head * uy + head * 0.5 * ux);
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double side = canvas.getWidth();
        double cell = side / SIZE;
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, side, side);
        if (!hasDigit()) {
            return;
        }
        Tensor input = getSkinnable().getPreprocessed().input();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double ink = Math.max(0, Math.min(1, input.get(0, y, x)));
                if (ink > 0) {
                    g.setFill(Color.gray(1 - ink));
                    g.fillRect(x * cell, y * cell, cell, cell);
                }
            }
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 7 * SIZE + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 7 * SIZE + caption.prefHeight(-1) + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 4 * SIZE + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 4 * SIZE + top + bottom;
    }
}
