package org.convscope.ui.maps;

/**
 * One cell of a shown map: its row and column in the map (for a vector, {@code row} is the index
 * and {@code col} is 0), the channel it belongs to, and its exact value.
 */
public record MapCell(int channel, int row, int col, double value) {
}
