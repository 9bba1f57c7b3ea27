package org.convscope.ui.maps;

/**
 * Which values share one colour range. Per map stretches every map to its own extremes (best
 * contrast, but two maps' colours cannot be compared); per layer lets the maps of one layer be
 * compared; global puts every layer of the shown pass on one range, so the student sees how large
 * the values of one layer are next to another's.
 */
public enum ScaleMode {
    PER_MAP, PER_LAYER, GLOBAL
}
