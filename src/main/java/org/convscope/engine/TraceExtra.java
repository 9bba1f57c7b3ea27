package org.convscope.engine;

/** Decisions a layer made during a forward pass that the views draw. */
public sealed interface TraceExtra permits PoolRoutes, DropoutMask {
}
