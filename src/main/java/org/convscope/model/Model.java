package org.convscope.model;

import org.convscope.engine.Network;

/** A network together with what its file says about it. */
public record Model(Network network, ModelMetadata metadata) {
}
