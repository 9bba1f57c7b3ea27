package org.convscope.ui.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A region exactly as large as the picture on its {@link #canvas}, which sits at its top-left
 * corner, with any {@linkplain #overlay overlay} canvases at the same place. Pictures of many
 * cells draw on one canvas rather than a node per cell; the outlines and labels a subclass adds
 * are unmanaged and placed by hand.
 */
abstract class CanvasRegion extends Region {
    /** The picture; a subclass adds it to its children and sizes it when it draws. */
    protected final Canvas canvas = new Canvas();
    private final List<Canvas> overlays = new ArrayList<>();

    /** Lays {@code layer} over the picture, at the same place (a tint, a highlight). */
    protected void overlay(Canvas layer) {
        overlays.add(layer);
    }

    @Override
    protected double computePrefWidth(double height) {
        return canvas.getWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        return canvas.getHeight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return canvas.getWidth();
    }

    @Override
    protected double computeMinHeight(double width) {
        return canvas.getHeight();
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
        for (Canvas layer : overlays) {
            layer.relocate(0, 0);
        }
    }
}
