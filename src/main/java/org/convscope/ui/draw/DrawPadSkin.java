package org.convscope.ui.draw;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.convscope.data.Stroke;
import org.convscope.ui.Messages;

/**
 * Default skin of {@link DrawPad}: a square canvas, as large as fits, centred in the control, and
 * a hint ("Draw a digit here") while the pad is empty. Repaints every stroke after each change:
 * a digit is a few hundred points, far cheaper than keeping incremental state right across
 * resizes, undo and clear.
 */
class DrawPadSkin extends SkinBase<DrawPad> {
    // Not from CSS on purpose: the pad must look exactly like what StrokeRenderer renders for the
    // network (black ink on white), whatever the theme.
    private static final Color INK = Color.BLACK;
    private static final Color PAPER = Color.WHITE;

    private final Canvas canvas = new Canvas();
    private final Label hint = new Label();
    private final InvalidationListener repaint = o -> paint();
    private final EventHandler<MouseEvent> pressed = this::pressed;
    private final EventHandler<MouseEvent> dragged = this::dragged;
    private final EventHandler<MouseEvent> released = this::released;
    private final EventHandler<KeyEvent> keys = this::keyPressed;

    DrawPadSkin(DrawPad pad) {
        super(pad);
        canvas.getStyleClass().add("canvas");
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(Messages.bind("draw.hint"));
        hint.visibleProperty().bind(pad.emptyProperty());
        hint.setMouseTransparent(true); // the pen must reach the canvas through it
        getChildren().addAll(canvas, hint);

        pad.drawingProperty().addListener(repaint);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
        pad.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    @Override
    public void dispose() {
        DrawPad pad = getSkinnable();
        if (pad == null) {
            return;
        }
        pad.drawingProperty().removeListener(repaint);
        canvas.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        canvas.removeEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        canvas.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
        pad.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        hint.textProperty().unbind();
        hint.visibleProperty().unbind();
        // The children are the control's: a new skin's nodes are added before this one is disposed.
        getChildren().removeAll(canvas, hint);
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double side = Math.max(1, Math.floor(Math.min(w, h)));
        double left = snapPositionX(x + (w - side) / 2);
        double top = snapPositionY(y + (h - side) / 2);
        if (canvas.getWidth() != side) {
            canvas.setWidth(side);
            canvas.setHeight(side);
            paint();
        }
        canvas.relocate(left, top);
        layoutInArea(hint, left, top, side, side, 0, HPos.CENTER, VPos.CENTER);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return DrawPad.LOGICAL_SIZE + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return DrawPad.LOGICAL_SIZE + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return DrawPad.LOGICAL_SIZE / 2.0 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return DrawPad.LOGICAL_SIZE / 2.0 + top + bottom;
    }

    /** Screen pixels per logical unit. */
    private double scale() {
        return canvas.getWidth() / DrawPad.LOGICAL_SIZE;
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double side = canvas.getWidth();
        g.setFill(PAPER);
        g.fillRect(0, 0, side, side);
        g.setFill(INK);
        g.setStroke(INK);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        double s = scale();
        for (Stroke stroke : getSkinnable().getDrawing()) {
            paint(g, stroke, s);
        }
    }

    /** One stroke as one path, so its round joins do not overlap into darker spots. */
    private static void paint(GraphicsContext g, Stroke stroke, double s) {
        List<Stroke.Point> pts = stroke.points();
        double width = stroke.width() * s;
        Stroke.Point first = pts.get(0);
        if (pts.stream().allMatch(first::equals)) {
            // A dot: a path of zero length would paint nothing.
            g.fillOval(first.x() * s - width / 2, first.y() * s - width / 2, width, width);
            return;
        }
        g.setLineWidth(width);
        g.beginPath();
        g.moveTo(first.x() * s, first.y() * s);
        for (int i = 1; i < pts.size(); i++) {
            g.lineTo(pts.get(i).x() * s, pts.get(i).y() * s);
        }
        g.stroke();
    }

    private Stroke.Point logical(MouseEvent e) {
        double s = scale();
        return new Stroke.Point(e.getX() / s, e.getY() / s);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            getSkinnable().requestFocus(); // so Ctrl+Z and Delete reach the pad
            getSkinnable().penDown(logical(e));
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            getSkinnable().penMove(logical(e));
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            getSkinnable().penMove(logical(e));
            getSkinnable().penUp();
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
            getSkinnable().undo();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            getSkinnable().clear();
            e.consume();
        }
    }
}
