package org.convscope.engine;

import java.util.List;
import java.util.Optional;

/**
 * Everything one layer did to one example, as an immutable record for the views.
 *
 * <p>After the forward step: {@code input}, {@code output}, the {@code extra} decisions (max-pool
 * routes, dropout mask) and the parameter values. After the backward step also
 * {@code gradOutput} (dL/dOutput), {@code gradInput} (dL/dInput) and each parameter's gradient;
 * before it these are null and {@link #hasBackward()} is false.
 */
public record LayerTrace(
        int index,
        String name,
        String type,
        Shape inputShape,
        Shape outputShape,
        ParameterCount parameterCount,
        Tensor input,
        Tensor output,
        Optional<TraceExtra> extra,
        List<ParamTrace> params,
        Tensor gradOutput,
        Tensor gradInput) {

    public LayerTrace {
        params = List.copyOf(params);
    }

    public boolean hasBackward() {
        return gradInput != null;
    }

    /** This trace completed with the backward step's gradients. */
    LayerTrace withBackward(Tensor gradOut, Tensor gradIn, List<ParamTrace> paramsWithGrads) {
        return new LayerTrace(index, name, type, inputShape, outputShape, parameterCount, input, output, extra,
                paramsWithGrads, gradOut, gradIn);
    }
}
