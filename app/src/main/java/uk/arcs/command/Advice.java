package uk.arcs.command;

import java.util.Map;

/** One step of advice: what to do, the named rule that advises it, why, and the figures that triggered it. */
public record Advice(String step, String rule, String reason, Map<String, Integer> figures) {

    public Advice {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }
}
