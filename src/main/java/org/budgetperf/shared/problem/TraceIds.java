package org.budgetperf.shared.problem;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** The id of the trace the current request belongs to, when tracing is on (OTEL_EXPORTER_OTLP_ENDPOINT set). */
public final class TraceIds {

    private TraceIds() {}

    /** The current trace id, or null when tracing is off or no span is active (nothing to look up then). */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }
}
