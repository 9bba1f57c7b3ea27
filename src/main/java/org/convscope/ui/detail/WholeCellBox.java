package org.convscope.ui.detail;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import org.convscope.ui.maps.FeatureMapView;

/**
 * Holds one large {@link FeatureMapView} and sizes it to whole cells: as many pixels per cell as
 * the room allows, between {@link MapsDetailView#MIN_CELL} and the map's preferred cell size, and
 * the map exactly that many cells big. Without it a map squeezed by its neighbours would draw
 * smaller cells inside a border that kept its old size, leaving an empty strip in the frame.
 */
final class WholeCellBox extends Region {
    private final FeatureMapView map;
    private int rows = 1;
    private int columns = 1;

    WholeCellBox(FeatureMapView map) {
        this.map = map;
        getChildren().add(map);
    }

    /** The grid the map will show: rows x columns of cells. */
    void setGrid(int rows, int columns) {
        this.rows = Math.max(1, rows);
        this.columns = Math.max(1, columns);
        requestLayout();
    }

    private double border() {
        return map.snappedLeftInset() + map.snappedRightInset();
    }

    private double borderY() {
        return map.snappedTopInset() + map.snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return columns * map.getCellSize() + border();
    }

    // Height follows width: a map squeezed to fewer pixels a cell is also less tall, and the
    // value line under it moves up instead of leaving a gap.
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return rows * cellFor(width < 0 ? Double.MAX_VALUE : width, Double.MAX_VALUE) + borderY();
    }

    private int cellFor(double width, double height) {
        int fitX = (int) Math.min(Integer.MAX_VALUE, Math.floor((width - border()) / columns));
        int fitY = (int) Math.min(Integer.MAX_VALUE, Math.floor((height - borderY()) / rows));
        return Math.max(MapsDetailView.MIN_CELL, Math.min(map.getCellSize(), Math.min(fitX, fitY)));
    }

    @Override
    protected double computeMinWidth(double height) {
        return columns * MapsDetailView.MIN_CELL + border();
    }

    @Override
    protected double computeMinHeight(double width) {
        return rows * MapsDetailView.MIN_CELL + borderY();
    }

    @Override
    protected void layoutChildren() {
        int cell = cellFor(getWidth(), getHeight());
        map.resizeRelocate(0, 0, columns * cell + border(), rows * cell + borderY());
    }
}
